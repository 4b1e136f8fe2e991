<?php
/*
 * Parallel log workers (the handbook's second practical task: application logs processed by
 * several workers at once): three worker processes in one consumer group read application-logs
 * into a SQLite table, committing manually after each insert. One worker is killed (SIGKILL)
 * mid-run; the group rebalances and the others take over its partitions. The example checks that
 * every log line is in the table (at least once; duplicates are reported: the killed worker's
 * uncommitted lines are processed again) and none is missing, and prints how the work was split.
 *
 *   php examples/log-workers.php [bootstrap] [--logs N]
 * On a real cluster it deletes the topic and group it created when it ends.
 */
declare(strict_types=1);

require __DIR__ . '/lib/example.php';

$options = getopt('', ['logs:'], $rest);
$count = (int) ($options['logs'] ?? 2000);
$bootstrap = $argv[$rest] ?? null;
if ($bootstrap !== null && str_starts_with($bootstrap, '--')) {
    $bootstrap = null;
}

$cluster = new ExampleCluster($bootstrap);
$topic = $cluster->createTopic('application-logs', 6);
$group = $cluster->group('log-processors');
$database = sys_get_temp_dir() . "/ext-kafka-log-workers-" . getmypid() . '.sqlite';
@unlink($database);
$db = new PDO('sqlite:' . $database, options: [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]);
$db->exec('PRAGMA journal_mode = WAL');   // set once here: three workers switching it at once would collide
$db->exec('PRAGMA busy_timeout = 10000');

// Start three workers in one group: the handbook's `php artisan kafka:consume-logs consumer-N`.
$worker = __DIR__ . '/log-worker.php';
$processes = [];
for ($n = 1; $n <= 3; $n++) {
    $log = fopen(sys_get_temp_dir() . "/ext-kafka-log-worker-$n-" . getmypid() . '.log', 'w+');
    $command = 'exec ' . example_php_command($worker, ["consumer-$n", $cluster->bootstrap, $database, $topic, $group, '--work-ms=8']);
    $processes[$n] = ['proc' => proc_open($command, [0 => ['file', '/dev/null', 'r'], 1 => $log, 2 => $log], $pipes), 'log' => $log];
}

/** How many partitions each worker holds now, from the last "assigned" line of its output. */
$assigned = function () use ($processes): array {
    $counts = [];
    foreach ($processes as $n => $p) {
        rewind($p['log']);
        preg_match_all('/assigned (\d+) partition/', stream_get_contents($p['log']), $m);
        $counts[$n] = $m[1] ? (int) end($m[1]) : 0;
    }
    return $counts;
};

/** A worker that died on its own is a failure of the example: show why. */
$checkWorkers = function (array $alive) use ($processes): void {
    foreach ($alive as $n) {
        if (!proc_get_status($processes[$n]['proc'])['running']) {
            rewind($processes[$n]['log']);
            $lines = explode("\n", trim(stream_get_contents($processes[$n]['log'])));
            echo "consumer-$n exited early; the end of its output:\n", implode("\n", array_slice($lines, -15)), "\n";
            example_check(false, "worker consumer-$n keeps running");
        }
    }
};
$rows = function () use ($db): int {
    try {
        return (int) $db->query('SELECT COUNT(DISTINCT log_id) FROM application_logs')->fetchColumn();
    } catch (PDOException) {
        return 0; // table not created yet
    }
};

// Wait until the group has settled with every worker holding partitions, then produce: the
// three share the work from the first line on.
$deadline = microtime(true) + 50;
while ((min($assigned()) === 0 || array_sum($assigned()) !== 6) && microtime(true) < $deadline) {
    $checkWorkers([1, 2, 3]);
    usleep(50000);
}
echo "Group settled: partitions per worker " . json_encode($assigned()) . "\n";

// Produce the logs, as the handbook's KafkaLogger does, keyed by request: the lines spread over
// the six partitions. (Without a key the producer fills one partition at a time, for up to
// sticky.partitioning.linger.ms, so a fast burst may land almost entirely on one partition and so
// on one worker.)
$producer = new Kafka\Producer(['bootstrap.servers' => $cluster->bootstrap]);
$levels = ['info', 'warning', 'error'];
for ($i = 1; $i <= $count; $i++) {
    $producer->send($topic, json_encode(['id' => "log-$i", 'level' => $levels[$i % 3], 'message' => "request $i handled",
        'context' => ['request' => $i], 'hostname' => gethostname()]), key: "request-$i");
}
$producer->flush();
echo "Published $count log lines to $topic\n";

$workers = function () use ($db, $rows): int {
    return $rows() > 0 ? (int) $db->query('SELECT COUNT(DISTINCT processed_by) FROM application_logs')->fetchColumn() : 0;
};
// Kill worker 2 once all three share the work and the group is well into the topic.
while (($workers() < 3 || $rows() < $count / 3) && microtime(true) < $deadline) {
    $checkWorkers([1, 2, 3]);
    usleep(20000);
}
proc_terminate($processes[2]['proc'], SIGKILL);
echo "Killed worker consumer-2 (SIGKILL) after " . $rows() . " distinct lines were stored\n";

while ($rows() < $count && microtime(true) < $deadline) {
    $checkWorkers([1, 3]);
    usleep(50000);
}
foreach ([1, 3] as $n) {
    proc_terminate($processes[$n]['proc'], SIGTERM);   // graceful stop: the worker finishes its message and leaves
}
$exit = [];
foreach ($processes as $n => $p) {
    $exit[$n] = proc_close($p['proc']);
    $meta = stream_get_meta_data($p['log']);
    fclose($p['log']);
    @unlink($meta['uri']);
}

$stats = $db->query('SELECT COUNT(*) AS total, COUNT(DISTINCT log_id) AS distinct_logs FROM application_logs')->fetch(PDO::FETCH_ASSOC);
$byWorker = $db->query('SELECT processed_by, COUNT(*) FROM application_logs GROUP BY processed_by ORDER BY processed_by')->fetchAll(PDO::FETCH_KEY_PAIR);
$expectedIds = array_map(fn ($i) => "log-$i", range(1, $count));
$storedIds = $db->query('SELECT DISTINCT log_id FROM application_logs')->fetchAll(PDO::FETCH_COLUMN);
$missing = array_diff($expectedIds, $storedIds);
$duplicates = (int) $stats['total'] - (int) $stats['distinct_logs'];
// How the work was actually split: the keys spread the lines over the partitions, and a
// partition's lines go to whichever worker holds it at the time (not evenly by worker).
$admin = new Kafka\Admin(['bootstrap.servers' => $cluster->bootstrap]);
$perPartition = [];
foreach (array_column($admin->describeTopic($topic)['partitions'], 'id') as $partition) {
    $perPartition[] = "$partition: " . $admin->watermarks($topic, $partition)[1];
}
echo 'Log lines per partition: ' . implode(', ', $perPartition) . "\n";
foreach ($byWorker as $worker => $n) {
    printf("  %s stored %d row(s), %d%% of them%s\n", $worker, $n, round(100 * $n / $stats['total']),
        $worker === 'consumer-2' ? ' (killed mid-run)' : '');
}
printf("Stored %d rows for %d distinct log lines; %d duplicate(s) (lines the killed worker had not committed)\n",
    $stats['total'], $stats['distinct_logs'], $duplicates);
example_check($missing === [], 'no log line is missing' . ($missing ? ': ' . implode(',', array_slice($missing, 0, 5)) : ''));
example_check(count($byWorker) === 3, 'each of the three workers stored lines (the split is above)');
example_check($exit[1] === 0 && $exit[3] === 0, 'the surviving workers stopped gracefully on SIGTERM');
@unlink($database);
echo "Log workers: every line stored at least once across a worker crash.\n";
