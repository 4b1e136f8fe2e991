<?php
/*
 * Helpers of the replication and failover tests (tests/cluster): a three-broker cluster started by
 * tests/run.sh cluster (tests/kafka-cluster.sh), whose brokers the tests SIGKILL and restart.
 * Tests run one at a time (they kill brokers); each starts by bringing every broker back up, so a
 * failed test does not leave the next one with a broken cluster.
 */

declare(strict_types=1);

require_once __DIR__ . '/kafka_test.php';

/** Runs tests/kafka-cluster.sh with the arguments; returns its output, throws if it fails. */
function cluster_test_script(string ...$args): string
{
    $cmd = escapeshellarg(dirname(__DIR__) . '/kafka-cluster.sh');
    foreach ($args as $arg) {
        $cmd .= ' ' . escapeshellarg($arg);
    }
    exec($cmd . ' 2>&1', $output, $status);
    if ($status !== 0) {
        throw new RuntimeException("kafka-cluster.sh " . implode(' ', $args) . " failed ($status): " . implode("\n", $output));
    }
    return implode("\n", $output);
}

/** SIGKILLs broker $n (1-3), as a crash would; returns once the process is gone. */
function cluster_test_kill(int $n): void
{
    cluster_test_script('kill', (string) $n);
}

/** Starts broker $n again on its data; returns once it serves requests. */
function cluster_test_restart(int $n): void
{
    cluster_test_script('restart', (string) $n);
}

/**
 * Starts `kafka-cluster.sh restart $n` in the background (the caller keeps working meanwhile).
 * Finish it with cluster_test_finish().
 * @return array{0: resource, 1: resource, 2: int}
 */
function cluster_test_restart_async(int $n): array
{
    $cmd = [dirname(__DIR__) . '/kafka-cluster.sh', 'restart', (string) $n];
    $proc = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['file', '/dev/null', 'w'], 2 => ['pipe', 'w']], $pipes);
    if ($proc === false) {
        throw new RuntimeException("could not run kafka-cluster.sh restart $n");
    }
    return [$proc, $pipes[2], $n];
}

/** Waits for a background restart; throws if it failed. */
function cluster_test_finish(array $restart): void
{
    [$proc, $stderr, $n] = $restart;
    $err = stream_get_contents($stderr);
    fclose($stderr);
    $status = proc_close($proc);
    if ($status !== 0) {
        throw new RuntimeException("kafka-cluster.sh restart $n failed ($status): $err");
    }
}

/** `kafka-cluster.sh status`: broker number => 'down', 'up' or 'not answering'. */
function cluster_test_broker_states(): array
{
    $cmd = escapeshellarg(dirname(__DIR__) . '/kafka-cluster.sh') . ' status 2>&1';
    exec($cmd, $output);
    $states = [];
    foreach ($output as $line) {
        if (preg_match('/^broker (\d): (down|running .*, not answering|running)/', $line, $m)) {
            $states[(int) $m[1]] = $m[2] === 'down' ? 'down' : (str_ends_with($m[2], 'not answering') ? 'not answering' : 'up');
        }
    }
    return $states;
}

/** Brings back any broker an earlier test left down, and waits until all three answer. */
function cluster_test_heal(): void
{
    foreach (cluster_test_broker_states() as $n => $state) {
        if ($state === 'down') {
            cluster_test_restart($n);
        }
    }
    cluster_test_wait('all three brokers answering', 'cluster_test_broker_states', fn ($s) => $s === [1 => 'up', 2 => 'up', 3 => 'up'], 60);
}

function cluster_test_admin(array $config = []): Kafka\Admin
{
    return new Kafka\Admin(['bootstrap.servers' => kafka_test_brokers()] + $config);
}

/**
 * Polls $read until $ok accepts its result; throws (naming $what and the last result) after
 * $seconds. Exceptions from $read count as "not yet" (a cluster in failover answers with them).
 */
function cluster_test_wait(string $what, callable $read, callable $ok, float $seconds): mixed
{
    $deadline = microtime(true) + $seconds;
    $last = null;
    while (true) {
        try {
            $last = $read();
            if ($ok($last)) {
                return $last;
            }
        } catch (Kafka\Exception $e) {
            $last = get_class($e) . ': ' . $e->getMessage();
        }
        if (microtime(true) >= $deadline) {
            throw new RuntimeException(sprintf('%s: not within %.0f s; last seen: %s', $what, $seconds, json_encode($last)));
        }
        usleep(200000);
    }
}

/** The partitions of a topic as describeTopic() reports them, ISR and replicas sorted. */
function cluster_test_partitions(Kafka\Admin $admin, string $topic): array
{
    $partitions = $admin->describeTopic($topic)['partitions'];
    foreach ($partitions as &$p) {
        sort($p['isr']);
        sort($p['replicas']);
    }
    return $partitions;
}

/** Waits until every partition of the topic has a leader and all three brokers in its ISR. */
function cluster_test_wait_fully_replicated(Kafka\Admin $admin, string $topic, float $seconds = 60): array
{
    return cluster_test_wait("topic $topic fully in sync", fn () => cluster_test_partitions($admin, $topic),
        function (array $partitions): bool {
            foreach ($partitions as $p) {
                if ($p['leader'] < 1 || $p['isr'] !== [1, 2, 3]) {
                    return false;
                }
            }
            return $partitions !== [];
        }, $seconds);
}

/** Creates a topic (replication factor 3 unless told) and waits until it is fully in sync. */
function cluster_test_create_topic(Kafka\Admin $admin, string $topic, int $partitions, array $config = [], int $rf = 3): void
{
    $admin->createTopic($topic, $partitions, $rf, $config);
    if ($rf === 3) {
        cluster_test_wait_fully_replicated($admin, $topic);
    }
}

/**
 * Reads every message of the topic from the beginning up to its end (as of the call) with
 * Kafka\Consumer, calling $each(Message) in partition order.
 */
function cluster_test_read_all(string $topic, callable $each, float $seconds = 120): int
{
    $brokers = kafka_test_brokers();
    $consumer = new Kafka\Consumer(['bootstrap.servers' => $brokers]);
    // A new client whose first bootstrap broker is down can fail its first metadata read within
    // a second (librdkafka finds no usable broker in that slice): asked again, bounded.
    $ends = cluster_test_wait("the end offsets of $topic", function () use ($consumer, $topic): array {
        $ends = [];
        foreach ($consumer->partitions($topic) as $partition) {
            [, $high] = $consumer->watermarks($topic, $partition);
            if ($high > 0) {
                $ends[$partition] = $high;
            }
        }
        return $ends;
    }, fn () => true, 60);
    $assignment = [];
    foreach (array_keys($ends) as $partition) {
        $assignment[] = new Kafka\TopicPartition($topic, $partition, Kafka\Offset::BEGINNING);
    }
    $consumer->assign($assignment);
    $count = 0;
    $deadline = microtime(true) + $seconds;
    while ($ends !== []) {
        if (microtime(true) > $deadline) {
            throw new RuntimeException("reading $topic: partitions not read to their end within {$seconds} s: " . json_encode($ends));
        }
        foreach ($consumer->consumeBatch(10000, 500) as $message) {
            $each($message);
            $count++;
            if (isset($ends[$message->partition]) && $message->offset + 1 >= $ends[$message->partition]) {
                unset($ends[$message->partition]);
            }
        }
    }
    $consumer->close();
    return $count;
}
