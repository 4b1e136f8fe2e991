<?php

namespace Kafka;

/**
 * A member of a consumer group: subscribe() to topics, the group spreads their partitions over
 * its members. Auto commit (the default) is at-least-once: a message counts as done when the
 * application asks for the next one (consume, consumeBatch, commit or close), so a worker that
 * dies while handling a message gets it again.
 */
class ConsumerGroup
{
    /**
     * Creates the group member; it joins the group at subscribe(). group.id is required. Defaults
     * that differ from librdkafka's: enable.auto.offset.store=false (at-least-once, see the class)
     * and auto.offset.reset=earliest (a new group starts at the beginning).
     * Throws ConfigException naming an unknown key or a bad value.
     * @param array<string, string|int|float|bool> $config librdkafka properties and php.close.timeout.ms
     */
    public function __construct(#[\SensitiveParameter] array $config) {}

    /**
     * Joins the group for these topics (replacing an earlier subscription); the partitions come
     * with the rebalance that follows, served by consume().
     * @param string|list<string> $topics a name or a list of names; a name starting with ^ is a regular expression (POSIX extended)
     */
    public function subscribe(string|array $topics): void {}

    /** Leaves the topics: the group takes the partitions back at the next rebalance. */
    public function unsubscribe(): void {}

    /**
     * The topics (and patterns) subscribed to.
     * @return list<string>
     */
    public function subscription(): array {}

    /**
     * Called with the list of TopicPartition newly assigned, after the extension assigned them.
     * An exception thrown by it is rethrown by the consume() that served the rebalance.
     */
    public function onAssign(?callable $callback): void {}

    /**
     * Called with the list of TopicPartition being revoked, before the extension unassigns them
     * (commit() still works there).
     */
    public function onRevoke(?callable $callback): void {}

    /**
     * The partitions the group has assigned to this member.
     * @return list<TopicPartition>
     */
    public function assignment(): array {}

    /**
     * The next message, or null on timeout, at the end of a partition (enable.partition.eof=true)
     * and soon (~100 ms) after a signal reached the process. Rebalances (and onAssign/onRevoke) are
     * served here. Real errors throw Kafka\Exception; connection problems librdkafka recovers from
     * by itself do not.
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
     * assigned to this member), a list of TopicPartition commits those offsets, null commits every
     * message consumed so far.
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
     * The next offset this member will hand over (Offset::INVALID before the first message).
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
     * Stops fetching the partitions until resume(); they stay assigned to this member and messages
     * already fetched stay for later.
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
     * Marks the messages consumed so far as done, commits (auto commit), leaves the group and
     * releases the connection; later calls throw. onRevoke is called for the last assignment.
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
