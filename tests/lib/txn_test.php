<?php
/*
 * Helpers of the transaction tests (tests/*\/txn_*.phpt).
 */

declare(strict_types=1);

require_once __DIR__ . '/consumer_test.php';

/** A transactional producer on the test broker, initialised. */
function txn_test_producer(string $brokers, string $transactionalId, array $extra = []): Kafka\Producer
{
    $producer = new Kafka\Producer($extra + ['bootstrap.servers' => $brokers, 'transactional.id' => $transactionalId]);
    $producer->initTransactions(30000);
    return $producer;
}

/**
 * Every message a consumer with this isolation.level (null: librdkafka's default) reads from the
 * beginning of the topic's partitions 0..$partitions-1, up to their end as the broker has it for
 * that isolation level (lag() reaches 0). Payloads in the order read, per partition.
 * @return list<string>
 */
function txn_test_read(
    string $brokers,
    string $topic,
    int $partitions,
    ?string $isolation,
    float $seconds = 20.0
): array {
    $config = ['bootstrap.servers' => $brokers];
    if ($isolation !== null) {
        $config['isolation.level'] = $isolation;
    }
    $consumer = new Kafka\Consumer($config);
    $assignment = [];
    for ($p = 0; $p < $partitions; $p++) {
        $assignment[] = new Kafka\TopicPartition($topic, $p, Kafka\Offset::BEGINNING);
    }
    $consumer->assign($assignment);
    $payloads = [];
    $deadline = microtime(true) + $seconds;
    while (microtime(true) < $deadline) {
        $message = $consumer->consume(200);
        if ($message !== null) {
            $payloads[] = $message->payload;
            continue;
        }
        $done = true;
        foreach ($consumer->lag() as $entry) {
            // an empty partition never gets a position
            $done = $done && ($entry['lag'] === 0 || ($entry['position'] === null && $entry['end'] === 0));
        }
        if ($done) {
            break;
        }
    }
    $consumer->close();
    return $payloads;
}

/** "name: TransactionException retriable=0 requiresAbort=1 fatal=0 CODE" for an exception, for EXPECT lines. */
function txn_test_describe(Throwable $e): string
{
    if (!$e instanceof Kafka\Exception) {
        return get_class($e) . ': ' . $e->getMessage();
    }
    return sprintf(
        '%s retriable=%d requiresAbort=%d fatal=%d %s',
        (new ReflectionClass($e))->getShortName(),
        $e->isRetriable(),
        $e instanceof Kafka\TransactionException && $e->requiresAbort(),
        $e->isFatal(),
        $e->errorName()
    );
}
