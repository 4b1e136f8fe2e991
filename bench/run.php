<?php
/*
 * The benchmark driver (bench/run.sh starts the broker and calls it). Each pair, native and
 * extension, runs alternately --runs times in the same run; the table shows medians and the ratio
 * extension/native (higher is better for throughput, lower for time and memory).
 */
declare(strict_types=1);

$opts = getopt('', ['brokers:', 'count:', 'consume-count:', 'size:', 'runs:', 'memory-count:', 'fpm-requests:', 'latency-count:', 'latency-rate:']);
$brokers = $opts['brokers'] ?? exit("--brokers is required\n");
$count = (int) ($opts['count'] ?? 300000);
$size = (int) ($opts['size'] ?? 100);
$runs = (int) ($opts['runs'] ?? 3);
$memoryCount = (int) ($opts['memory-count'] ?? 1000000);
$consumeCount = min($memoryCount, (int) ($opts['consume-count'] ?? 1000000)); // consume runs are short: take more
$fpmRequests = (int) ($opts['fpm-requests'] ?? 20);
$latencyCount = (int) ($opts['latency-count'] ?? 2000);
$latencyRate = (int) ($opts['latency-rate'] ?? 1000);

$root = dirname(__DIR__);
// Throughput runs lift librdkafka's prefetch limits on both sides: with the defaults, librdkafka
// 2.0 pauses fetching for about a second whenever the local queue passes them, and those pauses,
// not the client, decide the figure. The memory runs keep the defaults users get.
$prefetch = 'queued.max.messages.kbytes=2097151 queued.min.messages=10000000';
$php = PHP_BINARY . ' -n -d extension=' . escapeshellarg($root . '/modules/kafka.so');
$native = $root . '/bench/out';
$tag = getmypid() . '-' . time();

function run(string $cmd): array
{
    exec($cmd . ' 2>&1', $lines, $status);
    if ($status !== 0) {
        fwrite(STDERR, "failed ($status): $cmd\n" . implode("\n", $lines) . "\n");
        exit(1);
    }
    return $lines;
}

function median(array $values): float
{
    sort($values);
    $n = count($values);
    return $n % 2 ? (float) $values[intdiv($n, 2)] : ($values[$n / 2 - 1] + $values[$n / 2]) / 2;
}

function percentile(array $values, float $p): float
{
    sort($values);
    return (float) $values[min(count($values) - 1, (int) floor($p / 100 * count($values)))];
}

function topic(string $name, int $partitions): string
{
    global $root;
    run(escapeshellarg("$root/tests/kafka-broker.sh") . " create-topic " . escapeshellarg($name) . " $partitions");
    return $name;
}

$q = 'escapeshellarg';
$results = [];   // row => ['native' => [...], 'php' => [...], 'unit' => ..., 'better' => 'higher'|'lower']
$add = function (string $row, string $side, float $value, string $unit, string $better) use (&$results) {
    $results[$row]['unit'] = $unit;
    $results[$row]['better'] = $better;
    $results[$row][$side][] = $value;
};

fprintf(STDERR, "preparing topics (%d messages of %d bytes to consume)...\n", max($consumeCount, $memoryCount), $size);
$produceTopic = topic("bench-produce-$tag", 6);
$consumeTopic = topic("bench-consume-$tag", 6);
run("$native/produce {$q($brokers)} {$q($consumeTopic)} " . max($consumeCount, $memoryCount) . " $size");

for ($r = 1; $r <= $runs; $r++) {
    fprintf(STDERR, "run %d/%d\n", $r, $runs);
    $sides = $r % 2 ? ['native', 'php'] : ['php', 'native'];   // alternate who goes first
    foreach ($sides as $side) {
        $cmd = $side === 'native'
            ? "$native/produce {$q($brokers)} {$q($produceTopic)} $count $size"
            : "$php {$q($root . '/bench/php/produce.php')} {$q($brokers)} {$q($produceTopic)} $count $size";
        [$seconds] = explode(' ', run($cmd)[0]);
        $add(sprintf('produce %s (msg/s)', number_format($count)), $side, $count / (float) $seconds, 'msg/s', 'higher');
    }
    foreach ($sides as $side) {
        $group = "bench-$side-$tag-$r";
        $cmd = $side === 'native'
            ? "$native/consume {$q($brokers)} {$q($consumeTopic)} {$q($group)} $consumeCount $prefetch"
            : "$php {$q($root . '/bench/php/consume.php')} {$q($brokers)} {$q($consumeTopic)} {$q($group)} $consumeCount $prefetch";
        [$seconds] = explode(' ', run($cmd)[0]);
        $add(sprintf('consume %s (msg/s)', number_format($consumeCount)), $side, $consumeCount / (float) $seconds, 'msg/s', 'higher');
    }
    $fpmTopic = "bench-fpm-$tag";
    foreach ($sides as $side) {
        $cmd = $side === 'native'
            ? "$native/fpm_request {$q($brokers)} {$q($fpmTopic)} $fpmRequests"
            : "$php {$q($root . '/bench/php/fpm_request.php')} {$q($brokers)} {$q($fpmTopic)} $fpmRequests";
        $times = array_map('floatval', run($cmd));
        $add('FPM request: create, send, ack, destroy (ms, median)', $side, median(array_slice($times, 1)), 'ms', 'lower');
    }
    $latencyTopic = topic("bench-latency-$tag-$r", 1);
    foreach ($sides as $side) {
        $cmd = $side === 'native'
            ? "$native/latency {$q($brokers)} {$q($latencyTopic)} $latencyCount $latencyRate"
            : "$php {$q($root . '/bench/php/latency.php')} {$q($brokers)} {$q($latencyTopic)} $latencyCount $latencyRate";
        $latencies = array_map('floatval', run($cmd));
        $add("end-to-end latency p50 at $latencyRate msg/s (ms)", $side, percentile($latencies, 50), 'ms', 'lower');
        $add("end-to-end latency p99 at $latencyRate msg/s (ms)", $side, percentile($latencies, 99), 'ms', 'lower');
    }
}

fprintf(STDERR, "memory: consuming %d messages once per side\n", $memoryCount);
foreach (['native', 'php'] as $side) {
    $group = "bench-mem-$side-$tag";
    $cmd = $side === 'native'
        ? "$native/consume {$q($brokers)} {$q($consumeTopic)} {$q($group)} $memoryCount"
        : "$php {$q($root . '/bench/php/consume.php')} {$q($brokers)} {$q($consumeTopic)} {$q($group)} $memoryCount";
    $fields = explode(' ', run($cmd)[0]);
    $add('consume: peak RSS (MiB)', $side, (int) $fields[2] / 1024, 'MiB', 'lower');
    $add(sprintf('consume: RSS growth from message %s to %s (MiB)', number_format(intdiv($memoryCount, 2)), number_format($memoryCount)), $side, (int) $fields[3] / 1024, 'MiB', 'lower');
    // PHP's own heap (Message objects, strings): what a leak in the extension would grow
    $add(sprintf('consume: PHP heap growth from message %s to %s (KiB)', number_format(intdiv($memoryCount, 2)), number_format($memoryCount)), $side, $side === 'php' ? (int) $fields[4] : 0, 'KiB', 'lower');
}

$cpu = trim((string) shell_exec("sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n1"));
$lines = [];
$lines[] = sprintf('Machine: %s, %d cores, %s; PHP %s, librdkafka %s, ext-kafka %s; broker Kafka 3.9 (single node, loopback).',
    $cpu ?: 'unknown CPU', (int) shell_exec('nproc'), php_uname('s') . ' ' . php_uname('r'), PHP_VERSION,
    trim((string) shell_exec("pkg-config --modversion rdkafka")), phpversion('kafka'));
$lines[] = sprintf('Messages of %d bytes, %d runs (medians), %s; %s.', $size, $runs, date('Y-m-d'),
    'command: ' . trim('bench/run.sh ' . implode(' ', array_slice($argv, 3))));
$lines[] = '';
$lines[] = '| measure | native C | ext-kafka | ratio ext/native |';
$lines[] = '|---|---:|---:|---:|';
foreach ($results as $row => $r) {
    $nat = median($r['native']);
    $ext = median($r['php']);
    $fmt = fn (float $v) => $r['unit'] === 'msg/s' ? number_format($v, 0) : number_format($v, 2);
    $ratio = $nat > 0 && $ext > 0 ? number_format($ext / $nat, 2) : 'n/a';
    $lines[] = sprintf('| %s | %s | %s | %s |', $row, $r['unit'] === 'KiB' && $nat == 0 ? 'n/a' : $fmt($nat), $fmt($ext), $ratio);
}
$table = implode("\n", $lines) . "\n";
file_put_contents(__DIR__ . '/out/results.md', $table);
echo $table;
