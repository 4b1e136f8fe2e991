<?php

/** @generate-class-entries */

namespace Kafka;

/**
 * Reads the partitions it is given (assign()), from the offsets it is given: replaying a topic,
 * tailing a partition, reading a range. No group membership. Without a group.id it never commits
 * (commit() and committed() throw); with one it may commit like a ConsumerGroup.
 * Auto commit (with a group.id) is at-least-once, as in ConsumerGroup.
 * @not-serializable
 */
class Consumer
{
    /**
     * Creates the consumer; it connects in the background and reads nothing until assign().
     * Defaults that differ from librdkafka's: enable.auto.offset.store=false (an offset is stored
     * once the application comes back for the next message) and auto.offset.reset=earliest.
     * Throws ConfigException naming an unknown key or a bad value.
     * @param array<string, string|int|float|bool> $config librdkafka properties and php.close.timeout.ms
     */
    public function __construct(#[\SensitiveParameter] array $config = []) {}

    /**
     * Replaces the assignment. Offsets: Offset::BEGINNING, Offset::END, Offset::STORED (the group's
     * committed offset, else auto.offset.reset) or an absolute offset. An empty list unassigns.
     * @param list<TopicPartition> $partitions
     */
    public function assign(array $partitions): void {}

    /**
     * The partitions currently assigned (by assign()).
     * @return list<TopicPartition>
     */
    public function assignment(): array {}

    /**
     * The next message, or null on timeout, at the end of a partition (enable.partition.eof=true)
     * and soon (~100 ms) after a signal reached the process. Real errors throw Kafka\Exception;
     * connection problems librdkafka recovers from by itself do not.
     */
    public function consume(int $timeoutMs): ?Message {}

    /**
     * Up to $max messages: waits until $max are there or $timeoutMs passed; returns early at the
     * end of a partition (enable.partition.eof=true) or after a signal.
     * @return list<Message>
     */
    public function consumeBatch(int $max, int $timeoutMs): array {}

    /**
     * Commits synchronously: a Message commits its offset + 1 on its partition (which must be
     * assigned), a list of TopicPartition commits those offsets, null commits every message
     * consumed so far.
     * @param Message|list<TopicPartition>|null $offsets
     */
    public function commit(Message|array|null $offsets = null): void {}

    /**
     * Like commit() without waiting. A failure is thrown by a later consume(), consumeBatch(),
     * commit(), commitAsync() or close().
     * @param Message|list<TopicPartition>|null $offsets
     */
    public function commitAsync(Message|array|null $offsets = null): void {}

    /**
     * The group's committed offsets of the partitions (Offset::INVALID where none).
     * @param list<TopicPartition> $partitions
     * @return list<TopicPartition>
     */
    public function committed(array $partitions, int $timeoutMs = 10000): array {}

    /**
     * The next offset this consumer will hand over (Offset::INVALID before the first message).
     * @param list<TopicPartition> $partitions
     * @return list<TopicPartition>
     */
    public function position(array $partitions): array {}

    /**
     * Moves an assigned partition to the offset of $partition (absolute, BEGINNING or END). Messages
     * of that partition handed over and not yet finished are not marked done by auto commit.
     */
    public function seek(TopicPartition $partition): void {}

    /**
     * Stops fetching the partitions until resume(); messages already fetched stay for later.
     * @param list<TopicPartition> $partitions
     */
    public function pause(array $partitions): void {}

    /**
     * Fetches paused partitions again, from where they stopped.
     * @param list<TopicPartition> $partitions
     */
    public function resume(array $partitions): void {}

    /**
     * The partition ids of a topic, in order (from the cluster's metadata).
     * @return list<int>
     */
    public function partitions(string $topic, int $timeoutMs = 10000): array {}

    /**
     * [low, high]: the oldest offset still in the partition and the next offset to be written.
     * @return array{0: int, 1: int}
     */
    public function watermarks(string $topic, int $partition, int $timeoutMs = 10000): array {}

    /**
     * For each partition whose offset is a timestamp (ms since the epoch), the earliest offset
     * whose timestamp is at or after it (Offset::END if there is none).
     * @param list<TopicPartition> $partitions
     * @return list<TopicPartition>
     */
    public function offsetsForTimes(array $partitions, int $timeoutMs = 10000): array {}

    /**
     * Per assigned partition: ['topic', 'partition', 'position', 'end', 'lag'] where lag = end -
     * position. end is the high watermark cached from fetch responses (queried from the broker
     * when not known yet); position is the next offset to hand over, else the committed offset.
     * position and lag are null when neither is known (auto.offset.reset decides).
     * @return list<array{topic: string, partition: int, position: ?int, end: int, lag: ?int}>
     */
    public function lag(int $timeoutMs = 10000): array {}

    /**
     * Marks the messages consumed so far as done (auto commit commits them), leaves the group if
     * any and releases the connection; later calls throw. Bounded by php.close.timeout.ms.
     */
    public function close(): void {}

    /**
     * Client-level errors (all brokers down, authentication failed, a fatal error), as
     * fn(Kafka\Exception $error). Without a callback, an authentication or TLS failure and a fatal
     * error are thrown by the call that serves them (or the next one), instead of being retried
     * in silence. Called on the PHP thread from inside calls; an exception from it comes out of
     * that call.
     */
    public function onError(?callable $callback): void {}

    /**
     * librdkafka's statistics, decoded, as fn(array $stats), every statistics.interval.ms
     * (0, the default, turns them off).
     */
    public function onStats(?callable $callback): void {}

    /**
     * librdkafka's log lines, as fn(int $level, string $facility, string $message) with syslog
     * levels (3 error ... 7 debug, which needs the debug property). The extension is silent
     * without it. Secret configuration values never appear in the lines.
     */
    public function onLog(?callable $callback): void {}

    /**
     * OAUTHBEARER tokens (sasl.mechanisms=OAUTHBEARER without librdkafka's unsecured JWT), as
     * fn(string $oauthbearerConfig): array returning ['token' => string, 'expiresAtMs' => int,
     * 'principal' => string, 'extensions' => array<string, string>]; called before the first
     * connection and again before the token expires. An exception from it fails the refresh and
     * comes out of the call that served it.
     */
    public function onOAuthTokenRefresh(?callable $callback): void {}
}
