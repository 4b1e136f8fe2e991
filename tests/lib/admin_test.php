<?php
/*
 * Helpers of the Kafka\Admin and bin/kafka-admin tests (tests/broker/admin_*.phpt).
 * The group consumer is kcat (-G), an independent client.
 */

declare(strict_types=1);

require_once __DIR__ . '/kafka_test.php';

function admin_test_admin(array $config = []): Kafka\Admin
{
    return new Kafka\Admin(['bootstrap.servers' => kafka_test_brokers()] + $config);
}

/** Produces $count messages "m0".."m{count-1}", message i to partition i % $partitions. */
function admin_test_produce(string $topic, int $count, int $partitions = 1): void
{
    $producer = new Kafka\Producer(['bootstrap.servers' => kafka_test_brokers()]);
    for ($i = 0; $i < $count; $i++) {
        $producer->send($topic, "m$i", null, [], $i % $partitions);
    }
    $producer->flush();
}

/**
 * Consumes as a member of $group with kcat until it has $max messages or reached the end of every
 * assigned partition, then leaves the group, committing what it consumed.
 * @return list<string> "partition offset payload" per message
 */
function admin_test_kcat_group_consume(string $group, string $topic, ?int $max = null): array
{
    $cmd = sprintf('timeout 60 kcat -b %s -G %s -X auto.offset.reset=earliest -e -q -f %s %s %s 2>&1',
        escapeshellarg(kafka_test_brokers()), escapeshellarg($group), escapeshellarg('%p %o %s\n'),
        $max === null ? '' : '-c ' . $max, escapeshellarg($topic));
    exec($cmd, $lines, $status);
    if ($status !== 0) {
        throw new RuntimeException("kcat failed ($status): " . implode("\n", $lines));
    }
    return $lines;
}

/**
 * Starts kcat as a long-running member of $group (client.id $clientId) and waits until the group
 * is Stable with it. It commits nothing. Stop it with proc_terminate() + proc_close().
 * @return resource
 */
function admin_test_kcat_member(Kafka\Admin $admin, string $group, string $topic, string $clientId = 'rdkafka')
{
    $cmd = sprintf('exec kcat -b %s -G %s -X client.id=%s -X enable.auto.commit=false -q %s', escapeshellarg(kafka_test_brokers()),
        escapeshellarg($group), escapeshellarg($clientId), escapeshellarg($topic));
    $proc = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['file', '/dev/null', 'w'], 2 => ['file', '/dev/null', 'w']], $pipes);
    $deadline = microtime(true) + 30;
    while (microtime(true) < $deadline) {
        try {
            $group_info = $admin->describeGroup($group);
            if ($group_info['state'] === 'Stable' && $group_info['members'] !== []) {
                return $proc;
            }
        } catch (Kafka\Exception $e) {
            // the group does not exist until kcat has joined
        }
        usleep(100000);
    }
    proc_terminate($proc);
    proc_close($proc);
    throw new RuntimeException("kcat did not join group $group within 30 s");
}

/** committed offset per "topic:partition" from groupLag() */
function admin_test_committed(Kafka\Admin $admin, string $group): array
{
    $committed = [];
    foreach ($admin->groupLag($group) as $row) {
        $committed["{$row['topic']}:{$row['partition']}"] = $row['committed'];
    }
    return $committed;
}

/**
 * Runs bin/kafka-admin with this build of the extension against the test broker.
 * @return array{0: int, 1: string, 2: string} exit status, stdout, stderr
 */
function admin_test_cli(string ...$args): array
{
    return admin_test_cli_at(kafka_test_brokers(), ...$args);
}

/**
 * Runs bin/kafka-admin with this build of the extension against $brokers (null: no
 * --bootstrap-server option at all).
 * @return array{0: int, 1: string, 2: string} exit status, stdout, stderr
 */
function admin_test_cli_at(?string $brokers, string ...$args): array
{
    $root = dirname(__DIR__, 2);
    $so = getenv('KAFKA_EXTENSION_SO');
    if ($so === false || $so === '') {
        throw new RuntimeException('KAFKA_EXTENSION_SO is not set (tests/run.sh sets it)');
    }
    // pcre.jit=0: see kafka_test_run_script()
    $cmd = array_merge([PHP_BINARY, '-n', '-d', 'pcre.jit=0', '-d', 'extension=' . $so, $root . '/bin/kafka-admin'],
        $brokers === null ? [] : ['--bootstrap-server', $brokers], $args);
    $proc = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
    $stdout = stream_get_contents($pipes[1]);
    $stderr = stream_get_contents($pipes[2]);
    fclose($pipes[1]);
    fclose($pipes[2]);
    kafka_test_check_child_output($stderr, 'bin/kafka-admin');
    return [proc_close($proc), $stdout, $stderr];
}

/**
 * Reads until $ok accepts what was read, or $seconds pass; returns the last read. The broker applies
 * config changes and deletions through its metadata log, so a read right after may still see the
 * old state; the test then checks what this returns exactly.
 */
function admin_test_eventually(callable $read, callable $ok, float $seconds = 10.0): mixed
{
    $deadline = microtime(true) + $seconds;
    while (true) {
        $value = $read();
        if ($ok($value) || microtime(true) >= $deadline) {
            return $value;
        }
        usleep(100000);
    }
}
