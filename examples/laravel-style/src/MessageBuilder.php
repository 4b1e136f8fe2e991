<?php
declare(strict_types=1);

namespace LaravelStyle;

/** Kafka::publishOn($topic)->withKafkaKey()->withBodyKey()->withHeaders()->withMessage()->send() */
final class MessageBuilder
{
    private array $body = [];
    private ?string $key = null;
    private array $headers = [];
    private ?int $partition = null;

    public function __construct(private readonly \Kafka\Producer $producer, private readonly string $topic)
    {
    }

    /** Sets one field of the JSON body (as laravel-kafka does; it does not choose the partition). */
    public function withBodyKey(string $name, mixed $value): self
    {
        $this->body[$name] = $value;
        return $this;
    }

    /** The Kafka message key: the same key always lands on the same partition, in order. */
    public function withKafkaKey(string|int $key): self
    {
        $this->key = (string) $key;
        return $this;
    }

    /** @param array<string, string|int|float|bool|null|list<string|int|float|bool|null>> $headers */
    public function withHeaders(array $headers): self
    {
        $this->headers = $headers + $this->headers;
        return $this;
    }

    /** The body: fields set with withBodyKey() are kept unless the message sets them too. */
    public function withMessage(array $body): self
    {
        $this->body = $body + $this->body;
        return $this;
    }

    public function onPartition(int $partition): self
    {
        $this->partition = $partition;
        return $this;
    }

    /** Queues the message; delivery is confirmed by the extension (flush or shutdown), never dropped. */
    public function send(): void
    {
        $this->producer->send($this->topic, $this->payload(), $this->key, $this->headers, $this->partition);
    }

    /** Sends and waits for the broker's acknowledgement. */
    public function sendSync(int $timeoutMs = 10000): \Kafka\Message
    {
        return $this->producer->sendAndWait($this->topic, $this->payload(), $this->key, $this->headers, $this->partition, timeoutMs: $timeoutMs);
    }

    private function payload(): string
    {
        return json_encode($this->body, JSON_THROW_ON_ERROR | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES);
    }
}
