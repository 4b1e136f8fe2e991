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
    /** @param array $config librdkafka properties; group.id is required */
    public function __construct(#[\SensitiveParameter] array $config) {}

    /**
     * @param string|array $topics a name or a list of names; a name starting with ^ is a regular expression (POSIX extended)
     */
    public function subscribe(string|array $topics): void {}

    public function unsubscribe(): void {}

    /** @return list<string> */
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
     * @return list<TopicPartition>
     */
    public function assignment(): array {}

    public function consume(int $timeoutMs): ?Message {}

    /**
     * @return list<Message>
     */
    public function consumeBatch(int $max, int $timeoutMs): array {}

    /**
     * @param Message|array|null $offsets a Message, a list of TopicPartition, or null
     */
    public function commit(Message|array|null $offsets = null): void {}

    /**
     * @param Message|array|null $offsets a Message, a list of TopicPartition, or null
     */
    public function commitAsync(Message|array|null $offsets = null): void {}

    /**
     * @param array $partitions list of TopicPartition
     * @return list<TopicPartition>
     */
    public function committed(array $partitions, int $timeoutMs = 10000): array {}

    /**
     * @param array $partitions list of TopicPartition
     * @return list<TopicPartition>
     */
    public function position(array $partitions): array {}

    public function seek(TopicPartition $partition): void {}

    /**
     * @param array $partitions list of TopicPartition
     */
    public function pause(array $partitions): void {}

    /**
     * @param array $partitions list of TopicPartition
     */
    public function resume(array $partitions): void {}

    /**
     * The partition ids of a topic, in order (from the cluster's metadata).
     * @return list<int>
     */
    public function partitions(string $topic, int $timeoutMs = 10000): array {}

    /**
     * @return array{0: int, 1: int}
     */
    public function watermarks(string $topic, int $partition, int $timeoutMs = 10000): array {}

    /**
     * @param array $partitions list of TopicPartition
     * @return list<TopicPartition>
     */
    public function offsetsForTimes(array $partitions, int $timeoutMs = 10000): array {}

    /**
     * @return list<array{topic: string, partition: int, position: ?int, end: int, lag: ?int}>
     */
    public function lag(int $timeoutMs = 10000): array {}

    /**
     * Marks the messages consumed so far as done, commits (auto commit), leaves the group and
     * releases the connection; later calls throw. onRevoke is called for the last assignment.
     */
    public function close(): void {}
}
