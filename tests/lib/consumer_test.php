<?php
/*
 * Helpers for the consumer tests (Kafka\Consumer, Kafka\ConsumerGroup).
 */

declare(strict_types=1);

require_once __DIR__ . '/kafka_test.php';

/** ConsumerGroup settings for tests: read from the start, notice rebalances within ~0.5 s. */
function kafka_test_group_config(string $brokers, string $group, array $extra = []): array
{
    return $extra + [
        'bootstrap.servers' => $brokers,
        'group.id' => $group,
        'auto.offset.reset' => 'earliest',
        'session.timeout.ms' => 6000,
        'heartbeat.interval.ms' => 500,
    ];
}

/**
 * Sends $perPartition messages to each of the first $partitions partitions, payload "<tag>p<partition>-<n>",
 * and waits for them. Returns the payloads.
 */
function kafka_test_produce(string $brokers, string $topic, int $partitions, int $perPartition, string $tag = ''): array
{
    $producer = new Kafka\Producer(['bootstrap.servers' => $brokers]);
    $payloads = [];
    for ($n = 0; $n < $perPartition; $n++) {
        for ($p = 0; $p < $partitions; $p++) {
            $payload = "{$tag}p$p-$n";
            $producer->send($topic, $payload, null, [], $p);
            $payloads[] = $payload;
        }
    }
    $producer->flush();
    return $payloads;
}

/** Consumes until $count messages arrived or $timeoutMs passed; returns their payloads. */
function kafka_test_consume_payloads(Kafka\Consumer|Kafka\ConsumerGroup $consumer, int $count, int $timeoutMs = 15000): array
{
    $payloads = [];
    $deadline = microtime(true) + $timeoutMs / 1000;
    while (count($payloads) < $count && microtime(true) < $deadline) {
        $message = $consumer->consume(200);
        if ($message !== null) {
            $payloads[] = $message->payload;
        }
    }
    return $payloads;
}

/** Command running PHP with the extension of this process loaded, for child processes. */
function kafka_test_php_command(): string
{
    foreach (file('/proc/self/maps') ?: [] as $line) {
        if (preg_match('#\s(/\S*/kafka\.so)$#', rtrim($line), $m)) {
            return escapeshellarg(PHP_BINARY) . ' -d extension=' . escapeshellarg($m[1]);
        }
    }
    throw new RuntimeException('kafka.so is not in /proc/self/maps: cannot start a child PHP with it');
}
