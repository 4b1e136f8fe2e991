--TEST--
ConsumerGroup: three PHP worker processes across a SIGKILL of the group's coordinator (also a partition leader) and its restart: every message handled at least once, again only if its commit had not succeeded, and the group stable on a new coordinator within a bounded time
--FILE--
<?php
require __DIR__ . '/../lib/cluster_test.php';
require __DIR__ . '/../lib/consumer_test.php';
cluster_test_heal();
$brokers = kafka_test_brokers();
$admin = cluster_test_admin();
$topic = kafka_test_name('failover-group');
$groupId = kafka_test_name('failover-workers');
cluster_test_create_topic($admin, $topic, 6, ['min.insync.replicas' => 2]);

const FIRST = 1500;
const TOTAL = 3000;
$producer = new Kafka\Producer(['bootstrap.servers' => $brokers]);
function produce(Kafka\Producer $producer, string $topic, int $from, int $to): void
{
    for ($i = $from; $i < $to; $i++) {
        $producer->send($topic, (string) $i, 'k' . $i);
    }
    $producer->flush(60000);
}
produce($producer, $topic, 0, FIRST);

// Three workers; their report lines are collected as they come.
$workers = [];
for ($w = 0; $w < 3; $w++) {
    $cmd = 'exec ' . kafka_test_php_command() . ' ' . implode(' ', array_map('escapeshellarg',
        [__DIR__ . '/../lib/cluster_worker.php', $brokers, $topic, $groupId, "worker-$w"]));
    $proc = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
    stream_set_blocking($pipes[1], false);
    $workers[$w] = ['proc' => $proc, 'out' => $pipes[1], 'err' => $pipes[2], 'buffer' => '', 'lines' => []];
}
$handled = []; // id => number of times handled
function collect(array &$workers, array &$handled): void
{
    foreach ($workers as &$worker) {
        while (is_resource($worker['out']) && ($chunk = fread($worker['out'], 65536)) !== false && $chunk !== '') {
            $worker['buffer'] .= $chunk;
        }
        while (($eol = strpos($worker['buffer'], "\n")) !== false) {
            $line = substr($worker['buffer'], 0, $eol);
            $worker['buffer'] = substr($worker['buffer'], $eol + 1);
            $worker['lines'][] = $line;
            if ($line[0] === 'H') {
                $id = (int) explode(' ', $line)[2];
                $handled[$id] = ($handled[$id] ?? 0) + 1;
            }
        }
    }
}
function wait_until(string $what, callable $done, array &$workers, array &$handled, float $seconds): float
{
    $start = microtime(true);
    while (!$done($handled)) {
        collect($workers, $handled);
        if (microtime(true) - $start > $seconds) {
            throw new RuntimeException("$what: not within $seconds s (handled " . count($handled) . ')');
        }
        usleep(100000);
    }
    return microtime(true) - $start;
}

$stable = function () use ($admin, $groupId): ?array {
    try {
        $group = $admin->describeGroup($groupId);
    } catch (Kafka\Exception $e) {
        return null;
    }
    $owners = array_filter($group['members'], fn (array $m) => $m['assignment'] !== []);
    return $group['state'] === 'Stable' && count($owners) === 3 ? $group : null;
};
wait_until('three workers sharing the partitions', fn () => $stable() !== null, $workers, $handled, 90);
wait_until('a third of the messages handled', fn (array $handled) => count($handled) >= FIRST / 3, $workers, $handled, 60);

$coordinator = $stable()['coordinator']['id'];
cluster_test_kill($coordinator);
$killedAt = microtime(true);
produce($producer, $topic, FIRST, TOTAL); // while the coordinator is down
$newCoordinator = null;
wait_until('the group stable on a new coordinator', function () use ($stable, $coordinator, &$newCoordinator): bool {
    $group = $stable();
    $newCoordinator = $group['coordinator']['id'] ?? null;
    return $group !== null && $newCoordinator !== $coordinator;
}, $workers, $handled, 90);
$settled = microtime(true) - $killedAt;
echo "coordinator (broker $coordinator) killed with ", FIRST, " messages produced; ", TOTAL - FIRST, " more produced while it was down\n";
echo 'group stable on another coordinator within 60 s: ', var_export($settled < 60, true), "\n";
cluster_test_restart($coordinator);
wait_until('every message handled', fn (array $handled) => count($handled) === TOTAL, $workers, $handled, 120);
echo "every message handled within 120 s of the kill: ", var_export(microtime(true) - $killedAt < 120, true), "\n";

foreach ($workers as $worker) {
    proc_terminate($worker['proc'], SIGTERM);
}
$stderr = '';
foreach ($workers as $w => &$worker) {
    stream_set_blocking($worker['out'], true);
    $worker['buffer'] .= stream_get_contents($worker['out']);
    $stderr .= stream_get_contents($worker['err']);
    fclose($worker['out']);
    fclose($worker['err']);
    proc_close($worker['proc']);
}
unset($worker);
collect($workers, $handled);

// Every handling of a message, in time order: a message handled again must not have been
// committed successfully by an earlier handling (only uncommitted work is repeated).
$handlings = []; // "partition offset" => list of [time, committed]
foreach ($workers as $worker) {
    $last = null;
    foreach ($worker['lines'] as $line) {
        $f = explode(' ', $line);
        if ($f[0] === 'H') {
            $last = "$f[3] $f[4]";
            $handlings[$last][] = [(float) $f[1], false];
        } elseif ($f[0] === 'C' && $last === "$f[1] $f[2]") {
            $handlings[$last][array_key_last($handlings[$last])][1] = true;
        }
    }
}
$repeated = $repeatedAfterCommit = 0;
$commitFailures = 0;
foreach ($workers as $worker) {
    $commitFailures += count(preg_grep('/^E /', $worker['lines']));
}
foreach ($handlings as $list) {
    usort($list, fn ($a, $b) => $a[0] <=> $b[0]);
    $repeated += count($list) - 1;
    array_pop($list);
    $repeatedAfterCommit += count(array_filter($list, fn ($h) => $h[1])) > 0 ? 1 : 0;
}
echo 'handled at least once: ', count($handled), ' of ', TOTAL, "\n";
echo 'handled again after a successful commit: ', $repeatedAfterCommit, "\n";
echo 'worker stderr: ', trim($stderr), "\n";
if (($stats = getenv('KAFKA_CLUSTER_STATS')) !== false && $stats !== '') {
    file_put_contents($stats, json_encode(['test' => 'group', 'settle_s' => round($settled, 1), 'all_handled_s' => round(microtime(true) - $killedAt, 1),
        'repeated' => $repeated, 'commit_failures' => $commitFailures, 'coordinator' => $coordinator, 'new_coordinator' => $newCoordinator]) . "\n", FILE_APPEND);
}
cluster_test_wait_fully_replicated($admin, $topic);
?>
--EXPECTF--
coordinator (broker %d) killed with 1500 messages produced; 1500 more produced while it was down
group stable on another coordinator within 60 s: true
every message handled within 120 s of the kill: true
handled at least once: 3000 of 3000
handled again after a successful commit: 0
worker stderr: 
