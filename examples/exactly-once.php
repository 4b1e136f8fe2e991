<?php
/*
 * Exactly-once processing: the handbook's order events (created, paid, shipped; see
 * examples/event-sourcing.php) turned into a projection topic, the orders' current state keyed by
 * order id, by a consume-transform-produce worker (examples/exactly-once-worker.php) that commits
 * its output and its consumed offsets in one Kafka transaction per batch. The worker is killed
 * with SIGKILL twice, once in the middle of a transaction, and restarted each time; the example
 * then checks that every event was applied exactly once and in order: each order's projection
 * records carry versions 1, 2, 3... with no gap and no repeat, and its last state is the one the
 * events lead to.
 *
 *   php examples/exactly-once.php BOOTSTRAP          (or KAFKA_BROKERS=BOOTSTRAP php examples/exactly-once.php)
 *
 * It needs a real Kafka cluster (0.11 or newer; Kafka 3.x): the embedded cluster of librdkafka
 * accepts transactions but neither hides aborted messages from read_committed consumers nor
 * stores the offsets committed in a transaction, so it cannot show what this example checks.
 */
declare(strict_types=1);

require __DIR__ . '/lib/example.php';

$bootstrap = $argv[1] ?? (getenv('KAFKA_BROKERS') ?: null);
if ($bootstrap === null) {
    fwrite(STDERR, "examples/exactly-once.php needs a real Kafka cluster: the embedded cluster (librdkafka's mock) "
        . "accepts transactions but neither hides aborted messages nor stores offsets committed in a transaction.\n"
        . "Run: php examples/exactly-once.php HOST:PORT   "
        . "(or KAFKA_BROKERS=HOST:PORT php examples/exactly-once.php)\n");
    exit(2);
}

$cluster = new ExampleCluster($bootstrap);
$eventsTopic = $cluster->createTopic('order-events', 3);
$projectionsTopic = $cluster->createTopic('order-projections', 3, ['cleanup.policy' => 'compact']);
$groupId = $cluster->group('order-projector');
$transactionalId = "$groupId-1";   // one per worker instance, the same across its restarts

// The application publishes order events, keyed by order id (see examples/event-sourcing.php).
$producer = new Kafka\Producer(['bootstrap.servers' => $cluster->bootstrap]);
$expected = [];
$eventCount = 0;
for ($orderId = 2001; $orderId <= 2040; $orderId++) {
    $items = [['product_id' => $orderId % 7, 'quantity' => 1 + $orderId % 3]];
    $steps = ['order.created' => ['items' => $items, 'total' => 10.0 * ($orderId % 13 + 1)]];
    if ($orderId % 4 !== 0) {
        $steps['order.paid'] = ['payment_method' => $orderId % 2 ? 'credit_card' : 'paypal'];
    }
    if ($orderId % 4 === 1 || $orderId % 4 === 2) {
        $steps['order.shipped'] = ['tracking_number' => "TRACK$orderId"];
    }
    $version = 0;
    foreach ($steps as $type => $data) {
        $event = ['event_id' => "$orderId-" . ++$version, 'event_type' => $type, 'order_id' => $orderId,
            'timestamp' => date(DATE_ATOM), 'data' => $data];
        $headers = ['event_type' => $type, 'version' => '1.0'];
        $producer->send($eventsTopic, json_encode($event), key: (string) $orderId, headers: $headers);
        $eventCount++;
    }
    $expected[$orderId] = ['status' => substr(array_key_last($steps), strlen('order.')), 'version' => $version,
        'last_event_id' => "$orderId-$version"];
}
$producer->flush();
echo "Published $eventCount events of " . count($expected) . " orders to $eventsTopic\n";

/**
 * Runs the worker until $stop accepts a line it printed ('' while it prints nothing; then SIGKILL),
 * or, without $stop, until it is caught up (then SIGTERM: it stops gracefully). Returns how it ended.
 */
function runWorker(array $args, ?callable $stop, float $seconds = 40): string
{
    $command = 'exec ' . example_php_command(__DIR__ . '/exactly-once-worker.php', $args);
    $process = proc_open($command, [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
    stream_set_blocking($pipes[1], false);
    $deadline = microtime(true) + $seconds;
    $line = '';
    $how = 'timed out';
    while (microtime(true) < $deadline) {
        $read = fgets($pipes[1]);
        if ($read === false) {
            if (!proc_get_status($process)['running']) {
                $how = 'exited on its own';
                break;
            }
            if ($stop !== null && $stop('')) {
                proc_terminate($process, SIGKILL);
                $how = 'killed (SIGKILL)';
                break;
            }
            usleep(2000);
            continue;
        }
        $line = trim($read);
        if ($stop !== null && $stop($line)) {
            proc_terminate($process, SIGKILL);
            $how = 'killed (SIGKILL)';
            break;
        }
        if ($stop === null && $line === 'caught up') {
            proc_terminate($process, SIGTERM);
            $how = 'stopped (SIGTERM)';
            break;
        }
    }
    if ($how === 'timed out') {
        proc_terminate($process, SIGKILL);
    }
    stream_set_blocking($pipes[2], true);
    $errors = trim(stream_get_contents($pipes[2]));
    fclose($pipes[1]);
    fclose($pipes[2]);
    $status = proc_close($process);
    $stderr = $errors !== '' && $how !== 'killed (SIGKILL)' ? "; stderr: $errors" : '';
    echo "  worker $how after \"$line\"$stderr\n";
    if ($how === 'stopped (SIGTERM)') {
        example_check($status === 0, 'the worker stopped gracefully');
    }
    return $how;
}

$args = [$cluster->bootstrap, $eventsTopic, $projectionsTopic, $groupId, $transactionalId, 200];
echo "Run 1: kill the worker inside its third transaction, after its output reached the log, before the commit\n";
$transactions = 0;
$how = runWorker($args, function (string $line) use (&$transactions) {
    return $line === 'in transaction' && ++$transactions === 3;
});
example_check($how === 'killed (SIGKILL)', 'the worker was killed inside a transaction');
echo "Run 2: kill the restarted worker at a random moment\n";
$killAt = microtime(true) + random_int(500, 2500) / 1000;
runWorker($args, fn () => microtime(true) >= $killAt);
echo "Run 3: restart it and let it catch up\n";
example_check(runWorker($args, null) === 'stopped (SIGTERM)', 'the worker caught up with the events');

/** The projection records as a consumer with this isolation level reads them, by order, in order. */
function readProjections(string $bootstrap, string $topic, string $isolation): array
{
    $consumer = new Kafka\Consumer(['bootstrap.servers' => $bootstrap, 'isolation.level' => $isolation]);
    $partitions = [];
    foreach ($consumer->partitions($topic) as $partition) {
        $partitions[] = new Kafka\TopicPartition($topic, $partition, Kafka\Offset::BEGINNING);
    }
    $consumer->assign($partitions);
    $records = [];
    $deadline = microtime(true) + 20;
    while (microtime(true) < $deadline) {
        $message = $consumer->consume(200);
        if ($message !== null) {
            $records[(int) $message->key][] = json_decode($message->payload, true);
            continue;
        }
        $done = true;
        foreach ($consumer->lag() as $partition) {
            $done = $done && ($partition['lag'] === 0 || ($partition['position'] === null && $partition['end'] === 0));
        }
        if ($done) {
            break;
        }
    }
    $consumer->close();
    return $records;
}

$committed = readProjections($cluster->bootstrap, $projectionsTopic, 'read_committed');
$everything = readProjections($cluster->bootstrap, $projectionsTopic, 'read_uncommitted');
$count = fn (array $records) => array_sum(array_map('count', $records));
printf(
    "The projection topic holds %d records for read_committed consumers, %d with those of aborted transactions\n",
    $count($committed),
    $count($everything)
);
foreach ([2001, 2004] as $orderId) {
    $history = array_map(fn ($r) => "v{$r['version']} {$r['status']}", $committed[$orderId] ?? []);
    printf("  order %d: %s\n", $orderId, implode(' -> ', $history));
}
$wrong = [];
foreach ($expected as $orderId => $want) {
    $records = $committed[$orderId] ?? [];
    $versions = array_column($records, 'version');
    $last = end($records) ?: [];
    if ($versions !== range(1, $want['version']) || array_intersect_key($last, $want) != $want) {
        $wrong[] = "$orderId (versions " . implode(',', $versions) . ')';
    }
}
example_check($count($committed) === $eventCount, "one projection record per event ($eventCount)");
example_check($wrong === [], 'every order: each event applied once, in order, to the right final state'
    . ($wrong ? '; wrong: ' . implode(' ', array_slice($wrong, 0, 5)) : ''));
example_check(
    $count($everything) > $eventCount,
    'the killed transactions left records in the log that read_committed consumers skip'
);
echo "Exactly once: every order event was applied once across two crashes of the worker.\n";
