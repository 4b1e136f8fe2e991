<?php

/** @generate-class-entries */

namespace Kafka;

/**
 * librdkafka's embedded mock Kafka cluster, listening on loopback, for demos and tests.
 * Any client can connect to bootstrapServers(): this extension (in this or another process), kcat, ...
 * It lives as long as the object. Not a production broker: no admin requests (CreateTopics etc.),
 * no SASL/SSL, about 5 MiB kept per partition; topics auto-create with 4 partitions.
 * @not-serializable
 */
final class MockCluster
{
    /**
     * Kafka protocol API keys, for pushRequestErrors()
     * @var int
     */
    public const API_PRODUCE = 0;
    /** @var int */
    public const API_FETCH = 1;
    /** @var int */
    public const API_LIST_OFFSETS = 2;
    /** @var int */
    public const API_METADATA = 3;
    /** @var int */
    public const API_OFFSET_COMMIT = 8;
    /** @var int */
    public const API_OFFSET_FETCH = 9;
    /** @var int */
    public const API_FIND_COORDINATOR = 10;
    /** @var int */
    public const API_JOIN_GROUP = 11;
    /** @var int */
    public const API_HEARTBEAT = 12;
    /** @var int */
    public const API_LEAVE_GROUP = 13;
    /** @var int */
    public const API_SYNC_GROUP = 14;
    /** @var int */
    public const API_INIT_PRODUCER_ID = 22;
    /** @var int */
    public const API_ADD_PARTITIONS_TO_TXN = 24;
    /** @var int */
    public const API_END_TXN = 26;

    /**
     * Starts the cluster; it runs until the object is destroyed.
     * @param int $brokers number of brokers, with ids 1..$brokers
     */
    public function __construct(int $brokers = 1) {}

    /** "127.0.0.1:port,..." to use as bootstrap.servers */
    public function bootstrapServers(): string {}

    /** The number of brokers, as given to the constructor. */
    public function brokerCount(): int {}

    /** Creates a topic (the mock cannot serve CreateTopics requests from clients). */
    public function createTopic(string $name, int $partitions, int $replicationFactor = 1): void {}

    /** Makes a broker drop its connections and refuse new ones. */
    public function setBrokerDown(int $id): void {}

    /** Lets a broker set down with setBrokerDown() accept connections again. */
    public function setBrokerUp(int $id): void {}

    /** Delays every response of a broker by $rttMs. */
    public function setBrokerRtt(int $id, int $rttMs): void {}

    /** Moves the leadership of a partition to another broker (clients learn it from metadata). */
    public function setPartitionLeader(string $topic, int $partition, int $brokerId): void {}

    /**
     * Makes the next requests of type $apiKey (self::API_*) fail, one error code per request, in order
     * (e.g. 19 NOT_ENOUGH_REPLICAS, 7 REQUEST_TIMED_OUT; 0 lets one request through).
     * @param list<int> $errorCodes Kafka error codes
     */
    public function pushRequestErrors(int $apiKey, array $errorCodes): void {}

    /** Drops the errors still queued for $apiKey. */
    public function clearRequestErrors(int $apiKey): void {}
}
