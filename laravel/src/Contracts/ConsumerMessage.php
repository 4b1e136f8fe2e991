<?php

declare(strict_types=1);

namespace Kafka\Laravel\Contracts;

/** What a handler receives for each consumed message. */
interface ConsumerMessage
{
    /** The payload as the deserializer decodes it (JSON to arrays by default; null for a tombstone). */
    public function getBody(): mixed;

    public function getKey(): ?string;

    /** @return array<string, ?string> */
    public function getHeaders(): array;

    public function getTopicName(): ?string;

    public function getPartition(): ?int;

    public function getOffset(): ?int;

    /** Milliseconds since the epoch. */
    public function getTimestamp(): ?int;
}
