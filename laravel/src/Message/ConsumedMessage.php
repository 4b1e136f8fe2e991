<?php

declare(strict_types=1);

namespace Kafka\Laravel\Message;

use Kafka\Laravel\Contracts\Deserializer;
use Kafka\Laravel\Contracts\KafkaConsumerMessage;
use Kafka\Laravel\Contracts\MessageConsumer;

/**
 * A consumed message as handlers see it. Consumers build it around the extension's Kafka\Message
 * (the body is decoded on the first getBody(), so a payload that cannot be decoded fails inside
 * the handler, where withDlq() catches it). Tests build it directly for Kafka::shouldReceiveMessages():
 *   new ConsumedMessage(topicName: 'orders', partition: 0, headers: [], body: ['id' => 1], key: '1',
 *       offset: 0, timestamp: 0)
 */
class ConsumedMessage implements KafkaConsumerMessage
{
    private ?\Kafka\Message $kafkaMessage = null;
    private ?Deserializer $deserializer = null;
    private bool $decoded = true;
    private ?MessageConsumer $consumer = null;

    /** @param array<string, ?string> $headers */
    public function __construct(
        private ?string $topicName = null,
        private ?int $partition = 0,
        private array $headers = [],
        private mixed $body = null,
        private string|int|null $key = null,
        private ?int $offset = 0,
        private ?int $timestamp = null,
    ) {
        if ($key !== null) {
            $this->key = (string) $key;
        }
        $this->timestamp ??= (int) floor(microtime(true) * 1000);
    }

    /** @internal built by the consumer around what the extension returned */
    public static function fromKafka(
        \Kafka\Message $message,
        Deserializer $deserializer,
        ?MessageConsumer $consumer = null,
    ): self {
        $consumed = new self(
            $message->topic,
            $message->partition,
            $message->headers,
            null,
            $message->key,
            $message->offset,
            $message->timestamp
        );
        $consumed->kafkaMessage = $message;
        $consumed->deserializer = $deserializer;
        $consumed->decoded = false;
        $consumed->consumer = $consumer;
        return $consumed;
    }

    /** @internal the consumer that hands the message to a handler */
    public function withConsumer(MessageConsumer $consumer): static
    {
        $copy = clone $this;
        $copy->consumer = $consumer;
        return $copy;
    }

    public function getBody(): mixed
    {
        if (!$this->decoded) {
            $this->body = $this->deserializer->deserialize($this->kafkaMessage);
            $this->decoded = true;
        }
        return $this->body;
    }

    public function getKey(): ?string
    {
        return $this->key === null ? null : (string) $this->key;
    }

    public function getHeaders(): array
    {
        return $this->headers;
    }

    public function getHeader(string $name): ?string
    {
        $value = $this->headers[$name] ?? null;
        return $value === null ? null : (string) $value;
    }

    public function getTopicName(): ?string
    {
        return $this->topicName;
    }

    public function getPartition(): ?int
    {
        return $this->partition;
    }

    public function getOffset(): ?int
    {
        return $this->offset;
    }

    public function getTimestamp(): ?int
    {
        return $this->timestamp;
    }

    /** The payload bytes as received (null for a tombstone, and for messages built by tests). */
    public function getPayload(): ?string
    {
        return $this->kafkaMessage?->payload;
    }

    /** The extension's message (null for messages built by tests). */
    public function getKafkaMessage(): ?\Kafka\Message
    {
        return $this->kafkaMessage;
    }

    /** The consumer that received it: $message->getConsumer()->commit($message), as the handbook writes. */
    public function getConsumer(): MessageConsumer
    {
        return $this->consumer ?? throw new \LogicException(
            'This message was not received by a consumer, so it has no getConsumer()'
        );
    }
}
