<?php
declare(strict_types=1);

namespace LaravelStyle;

/** What a handler receives: the Kafka\Message plus laravel-kafka's getters. */
final class ConsumedMessage
{
    public function __construct(public readonly \Kafka\Message $message, private readonly ?Consumer $consumer = null)
    {
    }

    /** The consumer that received it, for $message->getConsumer()->commit($message). */
    public function getConsumer(): Consumer
    {
        return $this->consumer ?? throw new \LogicException('This message was not received by a consumer');
    }

    /** The JSON body decoded to an array (or the raw payload if it is not JSON; null for a tombstone). */
    public function getBody(): mixed
    {
        if ($this->message->payload === null) {
            return null;
        }
        $decoded = json_decode($this->message->payload, true);
        return json_last_error() === JSON_ERROR_NONE ? $decoded : $this->message->payload;
    }

    public function getKey(): ?string
    {
        return $this->message->key;
    }

    /** @return array<string, ?string> */
    public function getHeaders(): array
    {
        return $this->message->headers;
    }

    public function getTopicName(): string
    {
        return $this->message->topic;
    }

    public function getPartition(): int
    {
        return $this->message->partition;
    }

    public function getOffset(): int
    {
        return $this->message->offset;
    }

    public function getTimestamp(): int
    {
        return $this->message->timestamp;
    }
}
