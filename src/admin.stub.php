<?php

/** @generate-class-entries */

namespace Kafka;

/**
 * Topic, configuration and consumer group administration: what Kafka's kafka-topics,
 * kafka-configs and kafka-consumer-groups tools do, from PHP.
 *
 * Every operation waits for its result for at most $timeoutMs milliseconds (null: the
 * php.operation.timeout.ms option of the constructor's config, default 30000) and then throws
 * TimeoutException; it never waits forever. A failure reported by the broker, for the request as a
 * whole or for one topic, partition or group inside it, throws Kafka\Exception whose code is the
 * broker's error code (errorName(): "TOPIC_ALREADY_EXISTS", "INVALID_REPLICATION_FACTOR",
 * "UNKNOWN_TOPIC_OR_PART", "INVALID_CONFIG", ...).
 *
 * The Admin never creates topics by side effect: allow.auto.create.topics is false unless the
 * config array sets it.
 * @not-serializable
 */
class Admin
{
    /**
     * Creates the admin client; it connects in the background. Throws ConfigException naming an
     * unknown key or a bad value.
     * @param array<string, string|int|float|bool> $config librdkafka properties (bootstrap.servers, ...) and php.operation.timeout.ms
     */
    public function __construct(#[\SensitiveParameter] array $config = []) {}

    /**
     * Creates a topic and waits until the controller has created it, then (within the timeout,
     * best effort) until the metadata shows a leader for every partition and each partition
     * answers: describing, configuring or reading its offsets right after works.
     * @param int $partitions -1: the broker's num.partitions
     * @param int $replicationFactor -1: the broker's default.replication.factor
     * @param array<string, string|int|float|bool> $config topic configs (e.g. 'retention.ms' => -1, 'cleanup.policy' => 'compact')
     */
    public function createTopic(string $name, int $partitions = 1, int $replicationFactor = -1, array $config = [], ?int $timeoutMs = null): void {}

    /**
     * Deletes a topic and waits until the controller has deleted it. Throws UNKNOWN_TOPIC_OR_PART
     * for a topic that does not exist.
     */
    public function deleteTopic(string $name, ?int $timeoutMs = null): void {}

    /** Grows a topic to $totalCount partitions (Kafka cannot shrink a topic). */
    public function createPartitions(string $topic, int $totalCount, ?int $timeoutMs = null): void {}

    /**
     * Names of the topics in the cluster, sorted. Kafka's internal topics (__consumer_offsets,
     * __transaction_state) are left out unless $includeInternal is true.
     * @return list<string>
     */
    public function topics(bool $includeInternal = false, ?int $timeoutMs = null): array {}

    /**
     * A topic's partitions from the cluster metadata:
     * ['name' => string, 'partitions' => list of ['id' => int, 'leader' => int (-1: none),
     *  'replicas' => list<int>, 'isr' => list<int>, 'error' => ?string (e.g. "LEADER_NOT_AVAILABLE")]],
     * partitions sorted by id. Throws UNKNOWN_TOPIC_OR_PART for a topic that does not exist.
     * @return array{name: string, partitions: list<array{id: int, leader: int, replicas: list<int>, isr: list<int>, error: ?string}>}
     */
    public function describeTopic(string $name, ?int $timeoutMs = null): array {}

    /**
     * Several topics, or all, from one metadata request: a list of what describeTopic() returns,
     * sorted by name. $names null: every topic of the cluster (Kafka's internal topics only with
     * $includeInternal); otherwise each named topic, which must exist (UNKNOWN_TOPIC_OR_PART).
     * @param list<string>|null $names
     * @return list<array{name: string, partitions: list<array{id: int, leader: int, replicas: list<int>, isr: list<int>, error: ?string}>}>
     */
    public function describeTopics(?array $names = null, bool $includeInternal = false, ?int $timeoutMs = null): array {}

    /**
     * The brokers of the cluster from its metadata, sorted by id:
     * list of ['id' => int, 'host' => string, 'port' => int].
     * A cheap way to check that the cluster answers.
     * @return list<array{id: int, host: string, port: int}>
     */
    public function brokers(?int $timeoutMs = null): array {}

    /**
     * A partition's earliest offset and end offset (high watermark: the offset the next message
     * will get), asked of its leader: [low, high].
     * @return array{0: int, 1: int}
     */
    public function watermarks(string $topic, int $partition, ?int $timeoutMs = null): array {}

    /**
     * A topic's configuration, name => value (null for a sensitive value the broker does not
     * show), sorted by name. By default only the settings made on the topic itself (at creation or
     * by alterTopicConfig; what `kafka-configs --describe` lists); with $includeDefaults every
     * setting with its effective value, including those inherited from the broker or Kafka's defaults.
     * @return array<string, ?string>
     */
    public function topicConfig(string $name, bool $includeDefaults = false, ?int $timeoutMs = null): array {}

    /**
     * Every setting of a topic with where its value comes from, sorted by name: name =>
     * ['value' => ?string (null: sensitive, the broker does not show it), 'source' => string
     * ("DYNAMIC_TOPIC_CONFIG": set on the topic; "DYNAMIC_BROKER_CONFIG",
     * "DYNAMIC_DEFAULT_BROKER_CONFIG", "STATIC_BROKER_CONFIG": inherited from the broker;
     * "DEFAULT_CONFIG": Kafka's default), 'sensitive' => bool, 'readOnly' => bool,
     * 'isDefault' => bool, 'synonyms' => list of ['name' => string, 'value' => ?string,
     * 'source' => string] (the settings the value was looked up in, most specific first)].
     * @return array<string, array{value: ?string, source: string, sensitive: bool, readOnly: bool, isDefault: bool, synonyms: list<array{name: string, value: ?string, source: string}>}>
     */
    public function topicConfigDetails(string $name, ?int $timeoutMs = null): array {}

    /**
     * Changes some settings of a topic and keeps the others: a value of null removes the topic's
     * own setting (back to the broker's default). librdkafka 2.0 has no IncrementalAlterConfigs, and
     * AlterConfigs replaces the topic's whole configuration, so this reads the settings made on the
     * topic (DescribeConfigs), applies the changes to them and sends the complete set. Not atomic: a
     * change made by someone else between the read and the write is overwritten.
     * @param array<string, string|int|float|bool|null> $config
     */
    public function alterTopicConfig(string $name, array $config, ?int $timeoutMs = null): void {}

    /**
     * The consumer groups known to the cluster, sorted by id:
     * list of ['id' => string, 'state' => string ("Stable", "Empty", ...), 'simple' => bool]
     * ('simple': a group that only commits offsets, without group membership).
     * @return list<array{id: string, state: string, simple: bool}>
     */
    public function groups(?int $timeoutMs = null): array {}

    /**
     * A consumer group: ['id' => string, 'state' => string, 'protocol' => string (partition
     * assignor, '' when empty), 'simple' => bool, 'coordinator' => ['id' => int, 'host' => string,
     * 'port' => int], 'members' => list of ['memberId' => string, 'groupInstanceId' => ?string,
     * 'clientId' => string, 'host' => string, 'assignment' => list<TopicPartition>]].
     * Throws GROUP_ID_NOT_FOUND for a group the cluster does not know (state Dead).
     * @return array{id: string, state: string, protocol: string, simple: bool, coordinator: array{id: int, host: string, port: int}, members: list<array{memberId: string, groupInstanceId: ?string, clientId: string, host: string, assignment: list<TopicPartition>}>}
     */
    public function describeGroup(string $group, ?int $timeoutMs = null): array {}

    /**
     * Lag of a group on every partition it has committed an offset for, sorted by topic and
     * partition: list of ['topic' => string, 'partition' => int, 'committed' => int,
     * 'end' => int (the partition's high watermark), 'lag' => int (end - committed, at least 0)].
     * An unknown group, or one without committed offsets, gives [].
     * @return list<array{topic: string, partition: int, committed: int, end: int, lag: int}>
     */
    public function groupLag(string $group, ?int $timeoutMs = null): array {}

    /**
     * Moves a group's committed offsets on one topic (all its partitions, or $partition) to
     * 'earliest', 'latest', an absolute offset, or the first offset whose timestamp is at or after
     * a moment (the end where there is none). Offsets are clamped to the partition's
     * earliest..latest, as kafka-consumer-groups does. The group must have no active members: the
     * broker refuses otherwise and its error is thrown. With $dryRun nothing is committed.
     * @param int|string|\DateTimeInterface $to 'earliest', 'latest', an offset >= 0, or a moment
     * @return list<TopicPartition> the new committed offsets
     */
    public function resetGroupOffsets(string $group, string $topic, int|string|\DateTimeInterface $to, ?int $partition = null, bool $dryRun = false, ?int $timeoutMs = null): array {}

    /**
     * Moves a group's committed offsets on one topic (all its partitions, or $partition) by $by
     * (negative: back, to read again), clamped to each partition's earliest..latest. Every
     * partition concerned must have a committed offset to shift from. Same rules as
     * resetGroupOffsets() otherwise.
     * @return list<TopicPartition> the new committed offsets
     */
    public function shiftGroupOffsets(string $group, string $topic, int $by, ?int $partition = null, bool $dryRun = false, ?int $timeoutMs = null): array {}

    /**
     * Deletes a consumer group (its committed offsets with it). The group must have no active
     * members: the broker refuses with NON_EMPTY_GROUP otherwise; an unknown group throws
     * GROUP_ID_NOT_FOUND.
     */
    public function deleteGroup(string $group, ?int $timeoutMs = null): void {}

    /**
     * Deletes a group's committed offsets on one topic: on $partitions, or (null) on every
     * partition of the topic the group has committed to. A consumer of the group that starts
     * afterwards starts where auto.offset.reset says. The broker refuses
     * (GROUP_SUBSCRIBED_TO_TOPIC) while a running member of the group is subscribed to the topic.
     * @param list<int>|null $partitions
     * @return list<TopicPartition> the partitions whose offsets were deleted ([] when the group had
     *  none on the topic)
     */
    public function deleteGroupOffsets(string $group, string $topic, ?array $partitions = null, ?int $timeoutMs = null): array {}

    /** Releases the connection; later calls throw. Optional: destruction does the same. */
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
