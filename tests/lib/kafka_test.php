<?php
/*
 * Helpers shared by the phpt tests. tests/run.sh sets KAFKA_BROKERS for the real-broker group.
 * A broker test that cannot reach the broker fails: kafka_test_brokers() throws, it never skips.
 */

declare(strict_types=1);

/** Address of the real broker started by tests/run.sh. */
function kafka_test_brokers(): string
{
    $brokers = getenv('KAFKA_BROKERS');
    if ($brokers === false || $brokers === '') {
        throw new RuntimeException('KAFKA_BROKERS is not set: run the broker tests through tests/run.sh, which starts the broker');
    }
    return $brokers;
}

/** A topic or group name no other test (or earlier run) uses. */
function kafka_test_name(string $prefix): string
{
    return sprintf('%s-%d-%s', $prefix, getmypid(), bin2hex(random_bytes(4)));
}

/**
 * Creates a topic on the real broker with Kafka's own tool (tests/kafka-broker.sh create-topic).
 * @param array<string, string|int> $config topic configs
 */
function kafka_test_create_topic(string $name, int $partitions, array $config = []): void
{
    $cmd = escapeshellarg(__DIR__ . '/../kafka-broker.sh') . ' create-topic ' . escapeshellarg($name) . ' ' . $partitions;
    foreach ($config as $key => $value) {
        $cmd .= ' ' . escapeshellarg("$key=$value");
    }
    exec($cmd . ' 2>&1', $output, $status);
    if ($status !== 0) {
        throw new RuntimeException("Could not create topic $name: " . implode("\n", $output));
    }
}

/**
 * Kafka's Utils.murmur2 (the Java client's key hash), for checking partition choices.
 * Written from the algorithm's description: 32-bit MurmurHash2 with seed 0x9747b28c.
 */
function kafka_test_murmur2(string $data): int
{
    $length = strlen($data);
    $m = 0x5bd1e995;
    $h = (0x9747b28c ^ $length) & 0xffffffff;
    $mul = static function (int $a, int $b): int {
        // 32-bit multiply without overflowing PHP's 64-bit int
        return ((($a & 0xffff) * $b) + (((($a >> 16) * $b) & 0xffff) << 16)) & 0xffffffff;
    };
    $blocks = intdiv($length, 4);
    for ($i = 0; $i < $blocks; $i++) {
        $k = unpack('V', $data, $i * 4)[1];
        $k = $mul($k, $m);
        $k ^= $k >> 24;
        $k = $mul($k, $m);
        $h = $mul($h, $m);
        $h ^= $k;
    }
    $tail = $blocks * 4;
    switch ($length % 4) {
        case 3:
            $h ^= ord($data[$tail + 2]) << 16;
            // no break
        case 2:
            $h ^= ord($data[$tail + 1]) << 8;
            // no break
        case 1:
            $h ^= ord($data[$tail]);
            $h = $mul($h, $m);
    }
    $h ^= $h >> 13;
    $h = $mul($h, $m);
    $h ^= $h >> 15;
    return $h;
}

/** The partition the Java client's default partitioner picks for a key: toPositive(murmur2) % n. */
function kafka_test_java_partition(string $key, int $partitions): int
{
    return (kafka_test_murmur2($key) & 0x7fffffff) % $partitions;
}

/** Reads every message of a topic from the beginning with kcat (an independent client). */
function kafka_test_kcat_read(string $brokers, string $topic, string $format = '%p %o %k %s\n'): array
{
    $cmd = sprintf('kcat -b %s -C -t %s -e -q -f %s 2>&1', escapeshellarg($brokers), escapeshellarg($topic), escapeshellarg($format));
    exec($cmd, $lines, $status);
    if ($status !== 0) {
        throw new RuntimeException("kcat failed: " . implode("\n", $lines));
    }
    return $lines;
}

/**
 * Runs a PHP script of the repository in a child process with this extension loaded;
 * returns [exit status, output (stdout and stderr)].
 * @param list<string> $args
 */
function kafka_test_run_script(string $script, array $args = [], int $timeoutSeconds = 55): array
{
    $so = getenv('KAFKA_EXTENSION_SO');
    if ($so === false || $so === '') {
        throw new RuntimeException('KAFKA_EXTENSION_SO is not set (tests/run.sh sets it)');
    }
    // pcre.jit=0: under run-tests -m valgrind follows children, and PCRE's JIT code reads past
    // string ends by design (a known false report), which would be counted as a leak of ours.
    $command = sprintf('timeout %d %s -d pcre.jit=0 -d extension=%s %s', $timeoutSeconds, escapeshellarg(PHP_BINARY), escapeshellarg($so),
        escapeshellarg(dirname(__DIR__, 2) . '/' . $script));
    foreach ($args as $arg) {
        $command .= ' ' . escapeshellarg($arg);
    }
    exec($command . ' 2>&1', $output, $status);
    $output = implode("\n", $output);
    kafka_test_check_child_output($output, $script);
    return [$status, $output];
}

/**
 * A debug build of PHP reports memory leaks on the child's stderr at exit ("Freeing 0x... (N
 * bytes)", "=== Total N memory leaks detected ==="), with exit status 0. run-tests.php sees the
 * leaks of the test process only; tests that run children pass the child's stderr through here.
 */
function kafka_test_check_child_output(string $output, string $child): void
{
    if (preg_match('/^=== Total \d+ memory leaks detected ===$|: +Freeing 0x[0-9a-f]+ \(\d+ bytes\)/m', $output)) {
        throw new RuntimeException("child process $child leaked memory (PHP debug build report):\n$output");
    }
}
