<?php

/** @generate-class-entries */

namespace Kafka;

/**
 * One Kafka record: consumed, acknowledged by the broker (delivery report), or built by the
 * application (for tests and fakes). Immutable.
 */
final class Message
{
    /** @var int */
    public const TIMESTAMP_NOT_AVAILABLE = 0;
    /** @var int */
    public const TIMESTAMP_CREATE_TIME = 1;
    /** @var int */
    public const TIMESTAMP_LOG_APPEND_TIME = 2;

    public readonly string $topic;
    public readonly int $partition;
    public readonly int $offset;
    public readonly ?string $key;
    /** null for a tombstone (distinct from an empty payload) */
    public readonly ?string $payload;
    /** @var array<string, ?string> name => last value; always an array */
    public readonly array $headers;
    /** milliseconds since the epoch */
    public readonly int $timestamp;
    public readonly int $timestampType;
    /** @var array<string, list<?string>>|null every value of names that occur more than once */
    private ?array $repeatedHeaders = null;

    /**
     * Builds a message, as a test or a fake would receive it (the extension builds the ones it
     * consumes and acknowledges). Header values are stored as strings, null stays null.
     * @param array<string, string|int|float|bool|null|list<string|int|float|bool|null>> $headers name => value, or a list of values (a repeated header)
     * @param int|null $timestamp milliseconds since the epoch; null means now
     */
    public function __construct(
        string $topic,
        ?string $payload,
        ?string $key = null,
        array $headers = [],
        int $partition = -1,
        int $offset = -1001,
        ?int $timestamp = null,
        int $timestampType = Message::TIMESTAMP_CREATE_TIME
    ) {}

    /** The last value of a header, null if absent or a null header. */
    public function header(string $name): ?string {}

    /**
     * Every value of a header, in order.
     * @return list<?string>
     */
    public function headerValues(string $name): array {}
}
