<?php
/*
 * Soak test of replication and failover: producers and a consumer group run against the
 * three-broker test cluster while brokers are SIGKILLed and restarted at random; at the end a
 * table of messages sent, acknowledged, failed, consumed, lost (acknowledged but never consumed:
 * must be 0) and duplicated. Run by `tests/run.sh cluster --soak MINUTES`, which starts the
 * cluster (tests/kafka-cluster.sh) and sets KAFKA_BROKERS.
 *
 *   php -d extension=modules/kafka.so tests/cluster-soak.php --minutes N [--seed S]
 *
 * Every process is PHP with this extension and its defaults: 2 producers (idempotence, acks=all)
 * and 3 group workers (at-least-once auto commit), on a topic with 6 partitions, replication
 * factor 3 and min.insync.replicas=2. One round of chaos: a random broker is killed (one round in
 * five: two brokers, so that writes stop with NOT_ENOUGH_REPLICAS until one is back), stays down
 * for 5 to 25 s, is restarted, and the next round waits until every replica is back in sync.
 * Exit status 0 only if nothing acknowledged was lost and every message got exactly one delivery
 * report (except the messages of a producer replaced after a fatal error, counted as "no report").
 */

declare(strict_types=1);

require_once __DIR__ . '/lib/cluster_test.php';
require_once __DIR__ . '/lib/consumer_test.php';

const PRODUCERS = 2;
const WORKERS = 3;
const PARTITIONS = 6;
const RATE = 250; // messages per second per producer
const KEYS = 500;
const PADDING = 80;

function soak_options(): array
{
    $options = getopt('', ['minutes:', 'seed:', 'role:', 'index:', 'topic:', 'group:', 'out:']);
    return $options === false ? [] : $options;
}

function soak_log(string $message): void
{
    fprintf(STDERR, "[soak %s] %s\n", date('H:i:s'), $message);
}

/** pcntl: SIGTERM sets the returned flag. */
function &soak_stop_flag(): bool
{
    static $stop = false;
    pcntl_async_signals(true);
    pcntl_signal(SIGTERM, function () use (&$stop): void {
        $stop = true;
    });
    return $stop;
}

// ---------------------------------------------------------------------------
// Producer process: sends "<index>:<seq>:<padding>" until SIGTERM, then flushes and writes its
// delivery reports to --out (one byte per message: "a" acknowledged, "f" failed, "\0" none,
// "d" more than one report) and a JSON summary to stdout.

function soak_producer(array $o): int
{
    $stop = &soak_stop_flag();
    $index = (int) $o['index'];
    $reports = '';
    $fatal = 0;
    $make = function () use (&$reports): Kafka\Producer {
        $producer = new Kafka\Producer(['bootstrap.servers' => kafka_test_brokers()]);
        $producer->onDelivery(function (Kafka\Message $m, ?Kafka\Exception $e) use (&$reports): void {
            $seq = (int) explode(':', $m->payload)[1];
            $reports[$seq] = $reports[$seq] === "\0" ? ($e === null ? 'a' : 'f') : 'd';
        });
        return $producer;
    };
    $producer = $make();
    $padding = str_repeat('x', PADDING);
    $seq = 0;
    $tick = microtime(true);
    while (!$stop) {
        for ($i = 0; $i < RATE / 10; $i++, $seq++) {
            $reports .= "\0";
            try {
                $producer->send($o['topic'], "$index:$seq:$padding", 'k' . ($seq % KEYS));
            } catch (Kafka\Exception $e) {
                if (!$e->isFatal() && $e->errorName() !== '_FATAL') {
                    throw $e;
                }
                // As an application must: the failures of what was queued are reported (flush()
                // serves them to onDelivery), and a new producer takes over.
                $fatal++;
                $reports[$seq] = 'f'; // a send() that throws queued nothing
                fprintf(STDERR, "producer %d: fatal error after message %d (%s); a new producer takes over\n", $index, $seq, $e->getMessage());
                try {
                    $producer->flush(30000);
                } catch (Kafka\Exception $ignored) {
                    // the failures went to onDelivery
                }
                $producer = $make();
            }
        }
        $producer->poll(0);
        $tick += 0.1;
        $sleep = $tick - microtime(true);
        if ($sleep > 0) {
            usleep((int) ($sleep * 1e6));
        }
    }
    // Failures went to onDelivery (flush() does not report them again); what flush() cannot wait
    // for stays unreported and is counted as such.
    $inFlight = 0;
    try {
        $producer->flush(300000);
    } catch (Kafka\TimeoutException $e) {
        $inFlight = $producer->pending();
    } catch (Kafka\Exception $e) {
        fprintf(STDERR, "producer %d: final flush: %s\n", $index, $e->getMessage());
    }
    file_put_contents($o['out'], $reports);
    echo json_encode(['sent' => $seq, 'in_flight' => $inFlight, 'fatal' => $fatal]), "\n";
    return 0;
}

// ---------------------------------------------------------------------------
// Worker process: a group member (extension defaults: at-least-once auto commit) writing
// "<index>:<seq>" per message handled to --out, until SIGTERM.

function soak_worker(array $o): int
{
    $stop = &soak_stop_flag();
    $out = fopen($o['out'], 'a');
    $group = new Kafka\ConsumerGroup([
        'bootstrap.servers' => kafka_test_brokers(),
        'group.id' => $o['group'],
        'auto.offset.reset' => 'earliest',
        'session.timeout.ms' => 10000,
        'heartbeat.interval.ms' => 1000,
        'auto.commit.interval.ms' => 1000,
    ]);
    $group->subscribe([$o['topic']]);
    $errors = 0;
    while (!$stop) {
        try {
            foreach ($group->consumeBatch(500, 500) as $message) {
                [$producer, $seq] = explode(':', $message->payload);
                fwrite($out, "$producer:$seq\n");
            }
        } catch (Kafka\Exception $e) {
            $errors++;
            fprintf(STDERR, "worker %s: %s: %s\n", $o['index'], $e->errorName(), $e->getMessage());
        }
    }
    fclose($out); // everything handed over is written before close() marks it done
    $group->close();
    echo json_encode(['errors' => $errors]), "\n";
    return 0;
}

// ---------------------------------------------------------------------------
// The conductor.

/** @return array{proc: resource, stdout: resource, stderr: string, role: string} */
function soak_spawn(string $role, array $args): array
{
    $cmd = 'exec ' . kafka_test_php_command() . ' ' . escapeshellarg(__FILE__) . ' --role=' . $role;
    foreach ($args as $name => $value) {
        $cmd .= ' ' . escapeshellarg("--$name=$value");
    }
    $stderr = tempnam(sys_get_temp_dir(), 'soak-err-');
    $proc = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['file', $stderr, 'w']], $pipes);
    // Whatever ends the conductor (an exception included), no child outlives it.
    register_shutdown_function(function () use ($proc): void {
        if (is_resource($proc) && proc_get_status($proc)['running']) {
            proc_terminate($proc, SIGKILL);
        }
    });
    return ['proc' => $proc, 'stdout' => $pipes[1], 'stderr' => $stderr, 'role' => "$role " . ($args['index'] ?? '')];
}

/** SIGTERMs the children, waits up to $seconds for them; returns [role => [exit, stdout, stderr]]. */
function soak_stop(array $children, float $seconds): array
{
    foreach ($children as $child) {
        proc_terminate($child['proc'], SIGTERM);
    }
    $results = [];
    $deadline = microtime(true) + $seconds;
    foreach ($children as $child) {
        // The exit code is reported once, by the first proc_get_status() that sees the exit.
        while (($state = proc_get_status($child['proc']))['running'] && microtime(true) < $deadline) {
            usleep(100000);
        }
        if ($state['running']) {
            proc_terminate($child['proc'], SIGKILL);
            $state = ['exitcode' => -SIGKILL];
        }
        $stdout = stream_get_contents($child['stdout']);
        fclose($child['stdout']);
        proc_close($child['proc']);
        $status = $child['exitcode'] ?? $state['exitcode'];
        $results[$child['role']] = [$status, trim($stdout), trim((string) file_get_contents($child['stderr']))];
        unlink($child['stderr']);
    }
    return $results;
}

/** Children that exited before being asked to (their exit code is kept for soak_stop()). */
function soak_dead(array &$children): array
{
    $dead = [];
    foreach ($children as &$child) {
        if (!isset($child['exitcode']) && !($state = proc_get_status($child['proc']))['running']) {
            $child['exitcode'] = $state['exitcode'];
        }
        if (isset($child['exitcode'])) {
            $dead[] = $child['role'];
        }
    }
    return $dead;
}

function soak_table(array $rows): string
{
    $widths = [];
    foreach (array_merge([array_keys($rows[0])], $rows) as $row) {
        foreach (array_values($row) as $i => $cell) {
            $widths[$i] = max($widths[$i] ?? 0, strlen((string) $cell));
        }
    }
    $line = fn (array $row) => '| ' . implode(' | ', array_map(fn ($c, $i) => str_pad((string) $c, $widths[$i],
        ' ', is_int($c) ? STR_PAD_LEFT : STR_PAD_RIGHT), array_values($row), array_keys(array_values($row)))) . " |\n";
    $out = $line(array_keys($rows[0]));
    $out .= '|' . implode('|', array_map(fn ($w) => str_repeat('-', $w + 2), $widths)) . "|\n";
    foreach ($rows as $row) {
        $out .= $line($row);
    }
    return $out;
}

function soak_main(array $o): int
{
    $minutes = (int) ($o['minutes'] ?? 0);
    if ($minutes < 1) {
        fwrite(STDERR, "usage: php tests/cluster-soak.php --minutes N [--seed S]\n");
        return 2;
    }
    $seed = (int) ($o['seed'] ?? random_int(1, PHP_INT_MAX));
    mt_srand($seed);
    soak_log("seed $seed, $minutes minute(s) of chaos");
    cluster_test_heal();
    $admin = cluster_test_admin();
    $topic = kafka_test_name('soak');
    $groupId = kafka_test_name('soak-workers');
    cluster_test_create_topic($admin, $topic, PARTITIONS, ['min.insync.replicas' => 2]);
    $dir = sys_get_temp_dir() . '/' . $topic;
    mkdir($dir);

    $workers = $producers = [];
    for ($w = 0; $w < WORKERS; $w++) {
        $workers[] = soak_spawn('worker', ['index' => $w, 'topic' => $topic, 'group' => $groupId, 'out' => "$dir/worker-$w"]);
    }
    for ($p = 0; $p < PRODUCERS; $p++) {
        $producers[] = soak_spawn('producer', ['index' => $p, 'topic' => $topic, 'out' => "$dir/producer-$p"]);
    }

    $kills = $doubleKills = $adminReads = $adminFailures = 0;
    $started = microtime(true);
    $end = $started + $minutes * 60;
    $problems = [];
    $pause = function (float $seconds) use ($admin, $topic, $groupId, &$adminReads, &$adminFailures, &$problems, &$workers, &$producers): void {
        // While waiting: the reads an operator would make, which must survive the chaos.
        $until = microtime(true) + $seconds;
        while (microtime(true) < $until) {
            try {
                $adminReads++;
                $admin->groupLag($groupId, 10000);
                $admin->describeTopic($topic, 10000);
            } catch (Kafka\Exception $e) {
                $adminFailures++;
                soak_log('admin read failed: ' . $e->getMessage());
            }
            foreach (array_merge(soak_dead($workers), soak_dead($producers)) as $role) {
                $problems[$role] = "$role exited during the run";
            }
            usleep((int) (min(2.0, max(0.0, $until - microtime(true))) * 1e6));
        }
    };
    $pause(10);
    while (microtime(true) < $end && $problems === []) {
        $victims = [mt_rand(1, 3)];
        if (mt_rand(1, 5) === 1) {
            $victims[] = ($victims[0] % 3) + 1;
            $doubleKills++;
        }
        foreach ($victims as $n) {
            cluster_test_kill($n);
            $kills++;
        }
        $down = mt_rand(5, 25);
        soak_log('killed broker ' . implode(' and ', $victims) . ", down for $down s");
        $pause($down);
        foreach ($victims as $n) {
            cluster_test_restart($n);
        }
        cluster_test_wait_fully_replicated($admin, $topic, 180);
        $pause(mt_rand(5, 30));
    }
    $chaos = microtime(true) - $started;
    soak_log(sprintf('chaos over after %.0f s: %d kills (%d rounds with two brokers down)', $chaos, $kills, $doubleKills));

    cluster_test_heal();
    cluster_test_wait_fully_replicated($admin, $topic, 180);
    $produced = soak_stop($producers, 330);
    // The group catches up: every partition's committed offset at its end.
    $caughtUp = false;
    $deadline = microtime(true) + 300;
    while (!$caughtUp && microtime(true) < $deadline) {
        try {
            $lag = $admin->groupLag($groupId);
            $caughtUp = count($lag) === PARTITIONS && array_sum(array_column($lag, 'lag')) === 0;
        } catch (Kafka\Exception $e) {
            soak_log('groupLag: ' . $e->getMessage());
        }
        $caughtUp || sleep(1);
    }
    $consumedBy = soak_stop($workers, 60);
    if (!$caughtUp) {
        $problems[] = 'the group did not catch up within 300 s';
    }

    $sent = $acked = $failed = $unreported = $doubleReported = $consumed = $lost = $duplicated = $unacknowledgedConsumed = $fatal = 0;
    $counts = [];
    foreach ($produced as $role => [$status, $stdout, $stderr]) {
        $summary = json_decode($stdout, true);
        if ($status !== 0 || !is_array($summary)) {
            $problems[] = "$role failed (exit $status): $stdout $stderr";
            continue;
        }
        $index = (int) substr($role, strlen('producer '));
        $reports = (string) file_get_contents("$dir/producer-$index");
        $sent += $summary['sent'];
        $fatal += $summary['fatal'];
        $acked += substr_count($reports, 'a');
        $failed += substr_count($reports, 'f');
        $unreported += substr_count($reports, "\0");
        $doubleReported += substr_count($reports, 'd');
        $counts[$index] = str_repeat("\0", strlen($reports));
    }
    foreach ($produced as $role => [, , $stderr]) {
        if ($stderr !== '') {
            soak_log("$role said: $stderr");
        }
    }
    $workerErrors = 0;
    foreach ($consumedBy as $role => [$status, $stdout, $stderr]) {
        $workerErrors += json_decode($stdout, true)['errors'] ?? 0;
        if ($status !== 0) {
            $problems[] = "$role failed (exit $status): $stderr";
        }
        $index = (int) substr($role, strlen('worker '));
        foreach (file("$dir/worker-$index", FILE_IGNORE_NEW_LINES) ?: [] as $line) {
            [$p, $seq] = array_map('intval', explode(':', $line));
            $n = ord($counts[$p][$seq] ?? "\0");
            $counts[$p][$seq] = chr(min($n + 1, 255));
            $duplicated += $n > 0 ? 1 : 0;
        }
    }
    foreach ($counts as $index => $seen) {
        $reports = (string) file_get_contents("$dir/producer-$index");
        for ($seq = 0, $n = strlen($reports); $seq < $n; $seq++) {
            $times = ord($seen[$seq]);
            $consumed += $times > 0 ? 1 : 0;
            $lost += $reports[$seq] === 'a' && $times === 0 ? 1 : 0;
            $unacknowledgedConsumed += $reports[$seq] !== 'a' && $times > 0 ? 1 : 0;
        }
    }
    array_map('unlink', glob("$dir/*"));
    rmdir($dir);
    $admin->deleteTopic($topic);

    echo soak_table([[
        'minutes' => (int) round($chaos / 60),
        'broker kills' => $kills,
        'sent' => $sent,
        'acknowledged' => $acked,
        'failed (reported)' => $failed,
        'no report' => $unreported,
        'consumed' => $consumed,
        'lost' => $lost,
        'duplicated' => $duplicated,
    ]]);
    echo sprintf("rounds with two brokers down: %d; producers replaced after a fatal error: %d; consumed though not acknowledged: %d;"
        . " admin reads during the chaos: %d, failed: %d; consume() errors: %d; seed %d\n",
        $doubleKills, $fatal, $unacknowledgedConsumed, $adminReads, $adminFailures, $workerErrors, $seed);
    if ($lost > 0) {
        $problems[] = "$lost acknowledged message(s) never consumed";
    }
    // A producer that hit a fatal error is replaced without its delivery reports: the extension
    // serves none once the error is known (every call throws it), so its queued messages count as
    // "no report". Anything else without a report, or with two, is a failure of the soak.
    if (($unreported > 0 && $fatal === 0) || $doubleReported > 0) {
        $problems[] = "$unreported message(s) without a delivery report, $doubleReported with more than one";
    }
    if ($sent === 0 || $acked === 0) {
        $problems[] = 'nothing was sent or acknowledged';
    }
    if ($problems !== []) {
        echo 'soak: FAILED: ', implode('; ', $problems), "\n";
        return 1;
    }
    echo "soak: OK, $lost lost\n";
    return 0;
}

$options = soak_options();
exit(match ($options['role'] ?? 'main') {
    'producer' => soak_producer($options),
    'worker' => soak_worker($options),
    default => soak_main($options),
});
