<?php

namespace Kafka;

/**
 * Sends messages to Kafka. Defaults differ from librdkafka's where safety asks for it:
 * enable.idempotence=true (so acks=all) and partitioner=murmur2_random (keys land on the same
 * partition as with the Java client). Nothing accepted is dropped silently: flush() throws for
 * failures, and destruction flushes (php.destroy.flush.timeout.ms) and warns about what is left.
 */
class Producer
{
    /** @param array $config librdkafka properties (string|int|float|bool values) and php.* options */
    public function __construct(#[\SensitiveParameter] array $config = []) {}

    /**
     * Queues one message and returns. A null payload is a tombstone.
     * @param array $headers name => string|int|float|bool|null, or a list of them (repeated header)
     * @param int|null $partition null: chosen by the partitioner from the key
     * @param int|null $timestampMs null: now
     */
    public function send(string $topic, ?string $payload, ?string $key = null, array $headers = [], ?int $partition = null, ?int $timestampMs = null): void {}

    /**
     * Sends one message and waits for its acknowledgement.
     * @return Message the acknowledged message, with its partition and offset
     */
    public function sendAndWait(string $topic, ?string $payload, ?string $key = null, array $headers = [], ?int $partition = null, ?int $timestampMs = null, int $timeoutMs = 10000): Message {}

    /**
     * Waits until every queued message is acknowledged. Throws DeliveryException listing the
     * messages that failed since the last flush, or TimeoutException with the count still in flight.
     */
    public function flush(int $timeoutMs = 10000): void {}

    /**
     * Serves delivery reports and callbacks.
     * @return int the number of events served
     */
    public function poll(int $timeoutMs = 0): int {}

    /** @param callable|null $callback fn(Message $message, ?Exception $error), called for each delivery report */
    public function onDelivery(?callable $callback): void {}

    /** Messages queued or in flight, not yet acknowledged. */
    public function pending(): int {}

    /**
     * Flushes (as flush()) and releases the connection; later calls throw.
     */
    public function close(int $timeoutMs = 10000): void {}
}
