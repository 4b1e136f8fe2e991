<?php

/** @generate-class-entries */

namespace Kafka;

/** Special offsets understood wherever an offset is given. */
final class Offset
{
    /**
     * the oldest offset still in the partition
     * @var int
     */
    public const BEGINNING = -2;
    /**
     * the next offset to be written (only new messages)
     * @var int
     */
    public const END = -1;
    /**
     * the group's committed offset (falling back to auto.offset.reset)
     * @var int
     */
    public const STORED = -1000;
    /**
     * no offset
     * @var int
     */
    public const INVALID = -1001;

    private function __construct() {}
}

/** A partition of a topic, with an offset; results of calls may also carry metadata or an error. */
final class TopicPartition
{
    public readonly string $topic;
    public readonly int $partition;
    public readonly int $offset;
    public readonly ?string $metadata;
    public readonly ?Exception $error;

    /**
     * A partition of a topic, with an offset (an absolute offset, a timestamp where offsetsForTimes()
     * asks for one, or an Offset constant) and, for commits, optional metadata.
     */
    public function __construct(string $topic, int $partition, int $offset = Offset::STORED, ?string $metadata = null) {}

    /** A copy with another offset. */
    public function withOffset(int $offset): TopicPartition {}

    /** "topic[partition]@offset", for messages and logs. */
    public function __toString(): string {}
}
