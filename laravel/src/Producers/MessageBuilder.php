<?php

declare(strict_types=1);

namespace Kafka\Laravel\Producers;

use Kafka\Laravel\Config\Sasl;
use Kafka\Laravel\Contracts\Serializer;
use Kafka\Laravel\KafkaManager;
use Kafka\Laravel\Message\Message;

/**
 * Kafka::publishOn('user-events')->withKafkaKey($id)->withHeaders([...])->withMessage([...])->send()
 *
 * send() queues the message on the process's one producer and returns at once; the message is
 * confirmed when the request or command ends (Laravel's terminating callbacks flush), and a
 * failure then reaches Laravel's exception handler. sendSync() waits for the acknowledgement.
 */
class MessageBuilder
{
    private Message $message;
    private array $options = [];
    private ?Serializer $serializer = null;

    public function __construct(private KafkaManager $kafka, ?string $topic = null, private ?string $brokers = null)
    {
        $this->message = new Message($topic);
    }

    public function onTopic(string $topic): static
    {
        if ($topic === '') {
            throw new \InvalidArgumentException('onTopic() needs a topic name, got an empty string');
        }
        $this->message->setTopicName($topic);
        return $this;
    }

    /** Sends to this partition instead of letting the key (or the partitioner) choose. */
    public function onPartition(int $partition): static
    {
        $this->message->onPartition($partition);
        return $this;
    }

    public function withBrokers(string $brokers): static
    {
        $this->brokers = $brokers;
        return $this;
    }

    /** librdkafka properties for this message's producer (a producer per distinct set, reused). */
    public function withConfigOptions(array $options): static
    {
        foreach ($options as $name => $value) {
            $this->withConfigOption((string) $name, $value);
        }
        return $this;
    }

    public function withConfigOption(string $name, mixed $value): static
    {
        $this->options[$name] = $value;
        return $this;
    }

    /** librdkafka's debug logging (debug=all) on this message's producer. */
    public function withDebugEnabled(bool $enabled = true): static
    {
        if ($enabled) {
            return $this->withConfigOption('debug', 'all');
        }
        unset($this->options['debug']);
        return $this;
    }

    public function withSasl(
        Sasl|string $usernameOrSasl,
        #[\SensitiveParameter] ?string $password = null,
        string $mechanisms = 'PLAIN',
        string $securityProtocol = 'SASL_PLAINTEXT',
    ): static {
        $sasl = $usernameOrSasl instanceof Sasl ? $usernameOrSasl : new Sasl(
            $usernameOrSasl,
            $password ?? throw new \InvalidArgumentException('withSasl() needs a password'),
            $mechanisms,
            $securityProtocol
        );
        return $this->withConfigOptions($sasl->toOptions());
    }

    /** The Kafka message key: the same key always goes to the same partition, so its messages stay in order. */
    public function withKafkaKey(string|int|null $key): static
    {
        $this->message->withKey($key);
        return $this;
    }

    /**
     * Sets one field of the body. As in laravel-kafka this is NOT the Kafka key and does not
     * choose the partition: use withKafkaKey() for that.
     */
    public function withBodyKey(string $name, mixed $value): static
    {
        $this->message->withBodyKey($name, $value);
        return $this;
    }

    /** Replaces the body (array, string, JsonSerializable, or null for a tombstone). */
    public function withBody(mixed $body): static
    {
        $this->message->withBody($body);
        return $this;
    }

    /** @param array<string, string|int|float|bool|null|list<string|int|float|bool|null>> $headers */
    public function withHeaders(array $headers): static
    {
        $this->message->withHeaders($headers);
        return $this;
    }

    public function withHeader(string $name, mixed $value): static
    {
        $this->message->withHeader($name, $value);
        return $this;
    }

    /**
     * An array: the fields of the body, as the handbook writes it (fields set before by
     * withBodyKey() stay unless the array sets them too). A Message: the whole message (its
     * topic, if it has one, replaces the builder's).
     */
    public function withMessage(Message|array $message): static
    {
        if ($message instanceof Message) {
            $topic = $message->getTopicName() ?? $this->message->getTopicName();
            $this->message = clone $message;
            if ($topic !== null) {
                $this->message->setTopicName($topic);
            }
            return $this;
        }
        $body = $this->message->getBody();
        if (!is_array($body)) {
            throw new \LogicException(
                sprintf('withMessage([...]) merges into an array body, but the body is %s', get_debug_type($body))
            );
        }
        $this->message->withBody(array_replace($body, $message));
        return $this;
    }

    public function usingSerializer(Serializer $serializer): static
    {
        $this->serializer = $serializer;
        return $this;
    }

    public function getMessage(): Message
    {
        return $this->message;
    }

    /**
     * Queues the message and returns true; the broker's acknowledgement is awaited when the
     * request or command ends (or by Kafka::flush()). Bad input throws before anything is queued.
     */
    public function send(): bool
    {
        $this->kafka->dispatch($this->message, $this->serializer(), $this->options, $this->brokers);
        return true;
    }

    /**
     * Sends and waits for the broker's acknowledgement; returns the stored message with its
     * partition and offset (Kafka\Message). Throws if it could not be delivered in time.
     */
    public function sendSync(int $timeoutMs = 10000): ?\Kafka\Message
    {
        $serializer = $this->serializer();
        return $this->kafka->dispatch($this->message, $serializer, $this->options, $this->brokers, true, $timeoutMs);
    }

    private function serializer(): Serializer
    {
        return $this->serializer ?? $this->kafka->defaultSerializer();
    }

    /** var_dump()/dd() never show passwords or secrets. */
    public function __debugInfo(): array
    {
        return \Kafka\Laravel\Support\Redact::secrets((array) $this);
    }
}
