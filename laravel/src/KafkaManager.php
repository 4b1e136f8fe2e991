<?php

declare(strict_types=1);

namespace Kafka\Laravel;

use Illuminate\Contracts\Container\Container;
use Kafka\Laravel\Consumers\ConsumerBuilder;
use Kafka\Laravel\Consumers\GroupSource;
use Kafka\Laravel\Consumers\Source;
use Kafka\Laravel\Contracts\Deserializer;
use Kafka\Laravel\Contracts\Serializer;
use Kafka\Laravel\Message\Message;
use Kafka\Laravel\Producers\MessageBuilder;
use Kafka\Laravel\Producers\ProducerRegistry;
use Kafka\Laravel\Serializers\JsonDeserializer;
use Kafka\Laravel\Serializers\JsonSerializer;

/**
 * What the Kafka facade calls: publishing builders, consumer builders, and the producers of the
 * process. Usable without Laravel too: new KafkaManager(['brokers' => 'localhost:9092']).
 */
class KafkaManager
{
    private array $config;
    private ProducerRegistry $producers;

    /** @param array $config the shape of config/kafka.php */
    public function __construct(array $config = [], private ?Container $container = null)
    {
        $this->config = $config + [
            'brokers' => 'localhost:9092',
            'consumer_group_id' => 'laravel',
            'auto_commit' => true,
            'offset_reset' => 'earliest',
            'security_protocol' => null,
            'sasl' => [],
            'options' => [],
            'producer' => [],
            'consumer' => [],
        ];
        $producer = (array) $this->config['producer'];
        $persistent = $producer['persistent'] ?? null;
        $this->producers = new ProducerRegistry(
            $producer['class'] ?? \Kafka\Producer::class,
            $persistent === null || $persistent === '' ? null : filter_var($persistent, FILTER_VALIDATE_BOOL),
        );
    }

    /** laravel-kafka 2.x: Kafka::publish()->onTopic('t')->withBodyKey(...)->send() */
    public function publish(?string $brokers = null): MessageBuilder
    {
        return new MessageBuilder($this, null, $brokers);
    }

    /** laravel-kafka 2.x's asynchronous publishing: the same as publish() here, where send() never waits. */
    public function asyncPublish(?string $brokers = null): MessageBuilder
    {
        return $this->publish($brokers);
    }

    /** laravel-kafka 1.x and the handbook: Kafka::publishOn('user-events')->withMessage([...])->send() */
    public function publishOn(string $topic, ?string $brokers = null): MessageBuilder
    {
        return new MessageBuilder($this, $topic, $brokers);
    }

    /**
     * laravel-kafka 1.x and the handbook: Kafka::createConsumer(['user-events'])->withHandler(...)->build()->consume()
     * @param string|list<string> $topics
     */
    public function createConsumer(
        string|array $topics = [],
        ?string $groupId = null,
        ?string $brokers = null,
    ): ConsumerBuilder {
        return new ConsumerBuilder($this, (array) $topics, $groupId, $brokers);
    }

    /**
     * laravel-kafka 2.x: Kafka::consumer(['topic'])->...
     * @param string|list<string> $topics
     */
    public function consumer(
        string|array $topics = [],
        ?string $groupId = null,
        ?string $brokers = null,
    ): ConsumerBuilder {
        return $this->createConsumer($topics, $groupId, $brokers);
    }

    /** The process's producer for these options (created once, then reused). */
    public function producer(array $options = [], ?string $brokers = null): \Kafka\Producer
    {
        return $this->producers->get($this->clientConfig('producer', $options, $brokers));
    }

    public function producers(): ProducerRegistry
    {
        return $this->producers;
    }

    /**
     * Waits until every message published so far is acknowledged. The service provider calls it
     * when the request or command ends; the extension would flush at shutdown anyway, but here a
     * failure reaches Laravel's exception handler.
     */
    public function flush(?int $timeoutMs = null): void
    {
        $this->producers->flush($timeoutMs ?? (int) ($this->config['producer']['flush_timeout_ms'] ?? 10000));
    }

    /**
     * Publishes a message (MessageBuilder::send() ends here). $wait: wait for the broker's
     * acknowledgement and return the acknowledged message; otherwise queue it and return null.
     */
    public function dispatch(
        Message $message,
        Serializer $serializer,
        array $options = [],
        ?string $brokers = null,
        bool $wait = false,
        int $timeoutMs = 10000,
    ): ?\Kafka\Message {
        $topic = self::topicOf($message);
        $payload = $serializer->serialize($message);
        $producer = $this->producer($options, $brokers);
        if ($wait) {
            return $producer->sendAndWait(
                $topic,
                $payload,
                $message->getKey(),
                $message->getHeaders(),
                $message->getPartition(),
                timeoutMs: $timeoutMs
            );
        }
        $producer->send($topic, $payload, $message->getKey(), $message->getHeaders(), $message->getPartition());
        return null;
    }

    /** @internal the source of messages of a consumer built by ConsumerBuilder */
    public function makeSource(array $config, bool $trackEnds): Source
    {
        return new GroupSource($config, $trackEnds);
    }

    public function defaultSerializer(): Serializer
    {
        return $this->make(Serializer::class) ?? new JsonSerializer();
    }

    public function defaultDeserializer(): Deserializer
    {
        return $this->make(Deserializer::class) ?? new JsonDeserializer();
    }

    /** A handler given as a class name: from the container when there is one. */
    public function resolveHandler(string $class): object
    {
        if (!class_exists($class)) {
            throw new \InvalidArgumentException("The handler class $class does not exist");
        }
        return $this->container !== null ? $this->container->make($class) : new $class();
    }

    /** @return mixed a key of config/kafka.php, or all of it */
    public function config(?string $key = null, mixed $default = null): mixed
    {
        if ($key === null) {
            return $this->config;
        }
        $value = $this->config;
        foreach (explode('.', $key) as $part) {
            if (!is_array($value) || !array_key_exists($part, $value)) {
                return $default;
            }
            $value = $value[$part];
        }
        return $value;
    }

    /**
     * librdkafka properties of a client: brokers, security, the common options, the options of the
     * purpose ('producer' or 'consumer'), then $overrides.
     */
    public function clientConfig(string $purpose, array $overrides = [], ?string $brokers = null): array
    {
        $config = ['bootstrap.servers' => $brokers ?? (string) $this->config['brokers']];
        $protocol = $this->config['security_protocol'] ?? null;
        if ($protocol !== null && $protocol !== '') {
            $config['security.protocol'] = $protocol;
        }
        $sasl = (array) ($this->config['sasl'] ?? []);
        $properties = ['mechanisms' => 'sasl.mechanisms', 'username' => 'sasl.username', 'password' => 'sasl.password'];
        foreach ($properties as $key => $property) {
            if (isset($sasl[$key]) && $sasl[$key] !== '') {
                $config[$property] = $sasl[$key];
            }
        }
        $config = array_merge(
            $config,
            (array) ($this->config['options'] ?? []),
            (array) ($this->config[$purpose]['options'] ?? []),
            $overrides
        );
        return array_filter($config, static fn ($value) => $value !== null);
    }

    private function make(string $abstract): ?object
    {
        if ($this->container !== null && $this->container->bound($abstract)) {
            return $this->container->make($abstract);
        }
        return null;
    }

    protected static function topicOf(Message $message): string
    {
        $topic = $message->getTopicName();
        if ($topic === null || $topic === '') {
            throw new \LogicException(
                'The message has no topic: use Kafka::publishOn($topic) or ->onTopic($topic) before send()'
            );
        }
        return $topic;
    }

    /** var_dump()/dd() never show passwords or secrets (nor the whole application container). */
    public function __debugInfo(): array
    {
        $properties = (array) $this;
        $container = "\0" . self::class . "\0container";
        if (isset($properties[$container])) {
            $properties[$container] = $properties[$container]::class;
        }
        return \Kafka\Laravel\Support\Redact::secrets($properties);
    }
}
