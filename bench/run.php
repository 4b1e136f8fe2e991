<?php
/*
 * The benchmark driver (bench/run.sh starts the broker and calls it). Every side runs the same work
 * on its own defaults: native C programs on librdkafka's, the extension on its own, php-rdkafka (with
 * --with-rdkafka) on librdkafka's through its usual API. A row that changes a setting says so in its
 * name. The sides take turns in each run (who goes first rotates), --runs times; the table shows the
 * medians and the median of the per-run ratios (above 1 is better for throughput, below 1 for times
 * and memory). The "FPM request through php-fpm" rows run a real php-fpm (tests/lib/fpm_test.php)
 * per side: --fpm-server-warmup requests, then --fpm-server-requests timed ones.
 */
declare(strict_types=1);

$opts = getopt('', ['brokers:', 'count:', 'consume-counts:', 'lifted-count:', 'size:', 'runs:', 'fpm-requests:',
    'send-requests:', 'latency-count:', 'latency-rate:', 'with-rdkafka:', 'fpm-server-requests:', 'fpm-server-warmup:']);
$brokers = $opts['brokers'] ?? exit("--brokers is required\n");
$count = (int) ($opts['count'] ?? 500000);
$consumeCounts = array_map('intval', explode(',', (string) ($opts['consume-counts'] ?? '500000,1000000')));
$liftedCount = (int) ($opts['lifted-count'] ?? max($consumeCounts));
$size = (int) ($opts['size'] ?? 100);
$runs = (int) ($opts['runs'] ?? 3);
$fpmRequests = (int) ($opts['fpm-requests'] ?? 20);
$sendRequests = (int) ($opts['send-requests'] ?? 50);
$latencyCount = (int) ($opts['latency-count'] ?? 2000);
$latencyRate = (int) ($opts['latency-rate'] ?? 1000);
$rdkafka = $opts['with-rdkafka'] ?? null;
$fpmServerRequests = (int) ($opts['fpm-server-requests'] ?? 1000);
$fpmServerWarmup = (int) ($opts['fpm-server-warmup'] ?? 100);

$root = dirname(__DIR__);
// The labelled "prefetch limits lifted" row: librdkafka 2.0 stops fetching whenever its local queue
// holds queued.min.messages (100k) or queued.max.messages.kbytes (64 MiB), until its broker thread
// next wakes up (up to a second later). Lifting both shows how fast a client drains when that never
// happens, at the price of memory; the defaults rows show what users get.
$lifted = ['queued.max.messages.kbytes=2097151', 'queued.min.messages=10000000'];
$native = $root . '/bench/out';
$php = [
    'ext' => PHP_BINARY . ' -n -d extension=' . escapeshellarg($root . '/modules/kafka.so'),
    'rdkafka' => $rdkafka === null ? null : PHP_BINARY . ' -n -d extension=' . escapeshellarg($rdkafka),
];
$sides = $rdkafka === null ? ['native', 'ext'] : ['native', 'ext', 'rdkafka'];
$labels = ['native' => 'native C', 'ext' => 'ext-kafka', 'rdkafka' => 'php-rdkafka 6.0.4'];
$tag = getmypid() . '-' . time();

if ($rdkafka !== null) {
    $version = trim((string) shell_exec($php['rdkafka'] . " -r 'echo phpversion(\"rdkafka\");' 2>&1"));
    if (!preg_match('/^\d+\.\d+/', $version)) {
        fwrite(STDERR, "--with-rdkafka: $rdkafka does not load as a PHP extension: $version\n");
        exit(1);
    }
    $labels['rdkafka'] = "php-rdkafka $version";
}

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

/* The command line of one side for one of the programs (native name, PHP script stem). */
function command(string $side, string $program, array $args): string
{
    global $native, $php, $root;
    $args = implode(' ', array_map('escapeshellarg', array_map('strval', $args)));
    return match ($side) {
        'native' => "$native/$program $args",
        'ext' => $php['ext'] . ' ' . escapeshellarg("$root/bench/php/$program.php") . " $args",
        'rdkafka' => $php['rdkafka'] . ' ' . escapeshellarg("$root/bench/php/rdkafka_$program.php") . " $args",
    };
}

/*
 * Requests through a real php-fpm (one static worker, loaded with only the side's extension, driven
 * by tests/lib/fpm_test.php's FastCGI client, timed from connect to the end of the response): after
 * $warmup requests, $requests more. Returns [latencies in ms, established connections from the
 * worker to the broker after the last request].
 */
function fpm_server_latencies(string $extension, string $script, array $params, int $warmup, int $requests): array
{
    global $root, $brokers;
    require_once $root . '/tests/lib/fpm_test.php';
    $fpm = new KafkaTests\FpmServer(['extension' => $extension]);
    $times = [];
    $pid = 0;
    for ($i = 0; $i < $warmup + $requests; $i++) {
        $response = $fpm->requestDirect($script, $params);
        $pid = (int) $response->ok();
        if ($i >= $warmup) {
            $times[] = $response->seconds * 1000;
        }
    }
    $connections = fpm_test_connections([$pid], $brokers);
    $fpm->stop();
    if (preg_match('/Warning|Fatal/', $fpm->errorLog())) {
        fwrite(STDERR, "php-fpm logged:\n" . $fpm->errorLog());
        exit(1);
    }
    return [$times, $connections];
}

$results = [];   // row => ['unit' => ..., 'better' => 'higher'|'lower', 'values' => [side => [run => value]]]
function add(string $row, string $side, int $run, float $value, string $unit, string $better): void
{
    global $results;
    $results[$row]['unit'] = $unit;
    $results[$row]['better'] = $better;
    $results[$row]['values'][$side][$run] = $value;
}

/* The median of the per-run ratios a/b (runs where both sides have a value). */
function ratio(array $row, string $a, string $b): ?float
{
    $ratios = [];
    foreach ($row['values'][$a] ?? [] as $run => $value) {
        $other = $row['values'][$b][$run] ?? null;
        if ($other !== null && $other > 0 && $value > 0) {
            $ratios[] = $value / $other;
        }
    }
    return $ratios ? median($ratios) : null;
}

fprintf(STDERR, "preparing topics (%s messages of %d bytes to consume)...\n",
    number_format(max([...$consumeCounts, $liftedCount])), $size);
$produceTopic = topic("bench-produce-$tag", 6);
$consumeTopic = topic("bench-consume-$tag", 6);
$fpmTopic = topic("bench-fpm-$tag", 6);
run(command('native', 'produce', [$brokers, $consumeTopic, max([...$consumeCounts, $liftedCount]), $size]));

for ($r = 1; $r <= $runs; $r++) {
    fprintf(STDERR, "run %d/%d\n", $r, $runs);
    // who goes first rotates from run to run
    $order = array_merge(array_slice($sides, ($r - 1) % count($sides)), array_slice($sides, 0, ($r - 1) % count($sides)));
    foreach ($order as $side) {
        [$seconds] = explode(' ', run(command($side, 'produce', [$brokers, $produceTopic, $count, $size]))[0]);
        add(sprintf('produce %s, wait for every ack (msg/s)', number_format($count)), $side, $r, $count / (float) $seconds, 'msg/s', 'higher');
    }
    $consumeRuns = [];
    foreach ($consumeCounts as $n) {
        $consumeRuns[] = [$n, [], sprintf('%s, defaults', number_format($n))];
    }
    $consumeRuns[] = [$liftedCount, $lifted, sprintf('%s, prefetch limits lifted (queued.min.messages=10M, queued.max.messages.kbytes=2G)', number_format($liftedCount))];
    foreach ($consumeRuns as $i => [$n, $settings, $name]) {
        foreach ($order as $side) {
            $group = "bench-$side-$tag-$r-$i";
            $fields = explode(' ', run(command($side, 'consume', [$brokers, $consumeTopic, $group, $n, ...$settings]))[0]);
            add("consume $name, fresh group (msg/s)", $side, $r, $n / (float) $fields[0], 'msg/s', 'higher');
            add("consume $name: peak RSS (MiB)", $side, $r, (int) $fields[2] / 1024, 'MiB', 'lower');
            if ($settings === []) {
                // what the client's buffers add to the process (PHP's own interpreter is ~20 MiB more than a C program's)
                add("consume $name: peak RSS above the RSS at the first message (MiB)", $side, $r, ((int) $fields[2] - (int) $fields[5]) / 1024, 'MiB', 'lower');
            }
            if ($settings === [] && $n === max($consumeCounts)) {
                $half = number_format(intdiv($n, 2));
                add("consume $name: RSS growth from message $half to the last (MiB)", $side, $r, (int) $fields[3] / 1024, 'MiB', 'lower');
                if ($side !== 'native') {
                    // PHP's own heap (Message objects, strings): what a leak in an extension would grow
                    add("consume $name: PHP heap growth from message $half to the last (KiB)", $side, $r, (int) $fields[4], 'KiB', 'lower');
                }
            }
        }
    }
    foreach ($order as $side) {
        $lines = run(command($side, 'fpm_request', [$brokers, $fpmTopic, $fpmRequests, 'cold']));
        $requests = array_map(fn (string $line) => array_map('floatval', explode(' ', $line)), array_slice($lines, 1)); // the first warms up the machine
        add('"FPM request": create a producer, send 1, wait for its ack, destroy (ms, median)', $side, $r, median(array_column($requests, 0)), 'ms', 'lower');
        add('… of which create (ms, median)', $side, $r, median(array_column($requests, 1)), 'ms', 'lower');
        add('… of which send 1 and wait for its ack (ms, median)', $side, $r, median(array_column($requests, 2)), 'ms', 'lower');
        add('… of which destroy (ms, median)', $side, $r, median(array_column($requests, 3)), 'ms', 'lower');
    }
    $fpmNew = 'FPM request through php-fpm: new producer, send 1, answered after its ack';
    $fpmPersistent = 'FPM request through php-fpm: Kafka\\Producer::persistent '
        . '(php-rdkafka: new producer, it keeps none), send 1, answered after its ack';
    foreach ($order as $side) {
        if ($side === 'native') {
            continue;
        }
        $script = $root . '/bench/php/' . ($side === 'ext' ? '' : 'rdkafka_') . 'fpm_server_request.php';
        $extension = $side === 'ext' ? "$root/modules/kafka.so" : $rdkafka;
        // php-rdkafka has no persistent producer: its persistent row repeats its producer per request
        foreach ($side === 'ext' ? ['new', 'persistent'] : ['new'] as $mode) {
            $params = ['BROKERS' => $brokers, 'TOPIC' => $fpmTopic, 'MODE' => $mode];
            $measured = fpm_server_latencies($extension, $script, $params, $fpmServerWarmup, $fpmServerRequests);
            [$times, $connections] = $measured;
            $rows = $side === 'ext' ? [$mode === 'new' ? $fpmNew : $fpmPersistent] : [$fpmNew, $fpmPersistent];
            foreach ($rows as $name) {
                add("$name (ms, p50)", $side, $r, percentile($times, 50), 'ms', 'lower');
                add("$name (ms, p99)", $side, $r, percentile($times, 99), 'ms', 'lower');
            }
            $connectionsRow = "… broker connections the php-fpm worker holds afterwards, $mode";
            add($connectionsRow, $side, $r, $connections, 'connections', 'lower');
        }
    }
    foreach ([[], ['linger.ms=0']] as $settings) {
        foreach ($order as $side) {
            $times = array_map('floatval', run(command($side, 'fpm_request', [$brokers, $fpmTopic, $sendRequests, 'warm', ...$settings])));
            $name = $settings === [] ? 'defaults' : implode(' ', $settings);
            add("send 1 and wait for its ack on a warm producer, $name (ms, median)", $side, $r, median($times), 'ms', 'lower');
        }
    }
    $latencyTopic = topic("bench-latency-$tag-$r", 1);
    foreach ($order as $side) {
        $latencies = array_map('floatval', run(command($side, 'latency', [$brokers, $latencyTopic, $latencyCount, $latencyRate])));
        $name = "end-to-end latency %s at $latencyRate msg/s, linger.ms=0 fetch.wait.max.ms=10 (ms)";
        add(sprintf($name, 'p50'), $side, $r, percentile($latencies, 50), 'ms', 'lower');
        add(sprintf($name, 'p99'), $side, $r, percentile($latencies, 99), 'ms', 'lower');
    }
}

$cpu = trim((string) shell_exec("sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n1"));
$lines = [];
$lines[] = sprintf('Machine: %s, %d cores, %s; PHP %s, librdkafka %s, ext-kafka %s%s; broker Kafka 3.9 (single node, loopback).',
    $cpu ?: 'unknown CPU', (int) shell_exec('nproc'), php_uname('s') . ' ' . php_uname('r'), PHP_VERSION,
    trim((string) shell_exec("pkg-config --modversion rdkafka")), phpversion('kafka'),
    $rdkafka === null ? '' : ', ' . $labels['rdkafka']);
$lines[] = sprintf('Messages of %d bytes, %d runs (medians), %s; command: %s.', $size, $runs, date('Y-m-d'),
    trim('bench/run.sh ' . implode(' ', array_slice($argv, 3))));
$lines[] = '';
$header = ['measure', $labels['native'], $labels['ext'], 'ext/native'];
if ($rdkafka !== null) {
    array_push($header, $labels['rdkafka'], 'php-rdkafka/native', 'ext/php-rdkafka');
}
$lines[] = '| ' . implode(' | ', $header) . ' |';
$lines[] = '|---|' . str_repeat('---:|', count($header) - 1);
foreach ($results as $row => $r) {
    $fmt = fn (?float $v) => $v === null ? 'n/a'
        : number_format($v, in_array($r['unit'], ['msg/s', 'connections'], true) ? 0 : 2);
    $med = fn (string $side) => isset($r['values'][$side]) ? median($r['values'][$side]) : null;
    $rat = fn (string $a, string $b) => ($x = ratio($r, $a, $b)) === null ? 'n/a' : number_format($x, 2);
    $cells = [$row, $fmt($med('native')), $fmt($med('ext')), $rat('ext', 'native')];
    if ($rdkafka !== null) {
        array_push($cells, $fmt($med('rdkafka')), $rat('rdkafka', 'native'), $rat('ext', 'rdkafka'));
    }
    $lines[] = '| ' . implode(' | ', $cells) . ' |';
}
$table = implode("\n", $lines) . "\n";
@mkdir(__DIR__ . '/out');
file_put_contents(__DIR__ . '/out/results.md', $table);
file_put_contents(__DIR__ . '/out/results.json', json_encode($results, JSON_PRETTY_PRINT) . "\n");
echo $table;
