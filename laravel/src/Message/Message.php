<?php

declare(strict_types=1);

namespace Kafka\Laravel\Message;

/**
 * A message to publish: topic, optional partition, headers, a body that the serializer turns into
 * the payload (JSON by default), and an optional Kafka key (same key, same partition, in order).
 */
class Message
{
    /**
     * @param array<string, string|int|float|bool|null|list<string|int|float|bool|null>> $headers
     */
    public function __construct(
        private ?string $topicName = null,
        private ?int $partition = null,
        private array $headers = [],
        private mixed $body = [],
        private string|int|null $key = null,
    ) {
        if ($key !== null) {
            $this->key = (string) $key;
        }
    }

    public function getTopicName(): ?string
    {
        return $this->topicName;
    }

    public function setTopicName(string $topicName): static
    {
        $this->topicName = $topicName;
        return $this;
    }

    public function getPartition(): ?int
    {
        return $this->partition;
    }

    public function onPartition(?int $partition): static
    {
        $this->partition = $partition;
        return $this;
    }

    /** @return array<string, mixed> */
    public function getHeaders(): array
    {
        return $this->headers;
    }

    /** Adds headers; a header named again gets the new value. */
    public function withHeaders(array $headers): static
    {
        foreach ($headers as $name => $value) {
            $this->headers[(string) $name] = $value;
        }
        return $this;
    }

    public function withHeader(string $name, mixed $value): static
    {
        $this->headers[$name] = $value;
        return $this;
    }

    public function getBody(): mixed
    {
        return $this->body;
    }

    /** Replaces the whole body (an array, a string, a JsonSerializable object, or null for a tombstone). */
    public function withBody(mixed $body): static
    {
        $this->body = $body;
        return $this;
    }

    /** Sets one field of an array body. It does not set the Kafka key: that is withKey(). */
    public function withBodyKey(string $name, mixed $value): static
    {
        if ($this->body === null) {
            $this->body = [];
        }
        if (!is_array($this->body)) {
            throw new \LogicException(sprintf(
                'withBodyKey(%s) needs an array body, but the body is %s: '
                    . 'set it with withBody([...]) or withMessage([...])',
                var_export($name, true),
                get_debug_type($this->body)
            ));
        }
        $this->body[$name] = $value;
        return $this;
    }

    public function getKey(): ?string
    {
        return $this->key === null ? null : (string) $this->key;
    }

    public function withKey(string|int|null $key): static
    {
        $this->key = $key === null ? null : (string) $key;
        return $this;
    }

    /** @return array{topic_name: ?string, partition: ?int, headers: array, body: mixed, key: ?string} */
    public function toArray(): array
    {
        return [
            'topic_name' => $this->topicName,
            'partition' => $this->partition,
            'headers' => $this->headers,
            'body' => $this->body,
            'key' => $this->getKey(),
        ];
    }
}
