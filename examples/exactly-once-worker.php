<?php
/*
 * The exactly-once order projector of examples/exactly-once.php: a consume-transform-produce
 * worker. It reads order events (created, paid, shipped) in a consumer group, folds each into the
 * order's state, and writes that state to a compacted projection topic keyed by order id: the
 * read model of the handbook's event sourcing task. The state written and the consumed offsets
 * are committed in one Kafka transaction per batch, so a crash at any point leaves either the
 * whole batch applied (output and offsets) or none of it: no event is applied twice, none is lost.
 *
 * The worker keeps no state of its own: at start it rebuilds the state of every order from the
 * projection topic (what committed transactions wrote), which always agrees with the committed
 * offsets. It stops gracefully on SIGTERM/SIGINT (with ext-pcntl).
 *
 *   php examples/exactly-once-worker.php BOOTSTRAP EVENTS_TOPIC PROJECTIONS_TOPIC GROUP TRANSACTIONAL_ID [PAUSE_MS]
 *
 * It prints "restored N order(s)", "committed N event(s)" after each transaction and "caught up"
 * when the group has read everything. PAUSE_MS (demo only) makes it print "in transaction" once a
 * batch's output is in the log, then wait that long before committing: the window in which the
 * example kills it.
 */
declare(strict_types=1);

[, $bootstrap, $eventsTopic, $projectionsTopic, $groupId, $transactionalId] = $argv;
$pauseMs = (int) ($argv[6] ?? 0);

/** The order's state after one more event: the same fold as examples/event-sourcing.php. */
function applyEvent(?array $order, array $event): array
{
    $order ??= ['order_id' => $event['order_id'], 'status' => 'unknown', 'version' => 0];
    switch ($event['event_type']) {
        case 'order.created':
            $order['status'] = 'created';
            $order['items'] = $event['data']['items'];
            $order['total'] = $event['data']['total'];
            break;
        case 'order.paid':
            $order['status'] = 'paid';
            $order['payment_method'] = $event['data']['payment_method'];
            break;
        case 'order.shipped':
            $order['status'] = 'shipped';
            $order['tracking_number'] = $event['data']['tracking_number'];
            break;
    }
    $order['version']++;                       // events applied: twice-applied events would show here
    $order['last_event_id'] = $event['event_id'];
    return $order;
}

/** Every order's state as committed transactions left it: the projection topic read to its end. */
function restoreOrders(string $bootstrap, string $topic): array
{
    $consumer = new Kafka\Consumer(['bootstrap.servers' => $bootstrap]);   // isolation.level=read_committed by default
    $partitions = [];
    foreach ($consumer->partitions($topic) as $partition) {
        $partitions[] = new Kafka\TopicPartition($topic, $partition, Kafka\Offset::BEGINNING);
    }
    $consumer->assign($partitions);
    $orders = [];
    while (true) {
        $message = $consumer->consume(200);
        if ($message !== null) {
            $orders[(int) $message->key] = json_decode($message->payload, true);
            continue;
        }
        $done = true;
        foreach ($consumer->lag() as $partition) {   // 'end': the last stable offset
            $done = $done && ($partition['lag'] === 0 || ($partition['position'] === null && $partition['end'] === 0));
        }
        if ($done) {
            break;
        }
    }
    $consumer->close();
    return $orders;
}

/** After an aborted transaction: read again from the committed offsets. */
function rewindToCommitted(Kafka\ConsumerGroup $group): void
{
    foreach ($group->committed($group->assignment()) as $partition) {
        // no committed offset yet: the beginning (auto.offset.reset=earliest, the extension's default)
        $group->seek($partition->offset >= 0 ? $partition : $partition->withOffset(Kafka\Offset::BEGINNING));
    }
}

$producer = new Kafka\Producer(['bootstrap.servers' => $bootstrap, 'transactional.id' => $transactionalId]);
$producer->initTransactions();   // fences an earlier instance of this worker and aborts what it left open
$orders = restoreOrders($bootstrap, $projectionsTopic);
echo 'restored ', count($orders), " order(s)\n";

$group = new Kafka\ConsumerGroup([
    'bootstrap.servers' => $bootstrap,
    'group.id' => $groupId,
    'enable.auto.commit' => false,              // offsets are committed by the transactions only
    'group.instance.id' => $transactionalId,    // a restarted worker takes its predecessor's place at once
    'session.timeout.ms' => 6000,               // how long a dead worker's partitions wait for its restart
]);
$group->subscribe($eventsTopic);

$running = true;
if (function_exists('pcntl_async_signals')) {
    pcntl_async_signals(true);
    $stop = function () use (&$running) {
        $running = false;
    };
    pcntl_signal(SIGTERM, $stop);
    pcntl_signal(SIGINT, $stop);
}
$caughtUp = false;
while ($running) {
    $batch = $group->consumeBatch(10, 1000);
    if ($batch === []) {
        $lag = array_column($group->lag(), 'lag');
        if (!$caughtUp && $lag !== [] && array_sum($lag) === 0 && !in_array(null, $lag, true)) {
            echo "caught up\n";
            $caughtUp = true;
        }
        continue;
    }
    $caughtUp = false;
    $before = $orders;
    try {
        $project = function (Kafka\Producer $producer) use ($batch, $group, &$orders, $projectionsTopic, $pauseMs) {
            foreach ($batch as $message) {
                $event = json_decode($message->payload, true);
                $order = applyEvent($orders[$event['order_id']] ?? null, $event);
                $orders[$event['order_id']] = $order;
                $producer->send($projectionsTopic, json_encode($order), key: (string) $event['order_id']);
            }
            $producer->sendOffsetsToTransaction($group);   // the offsets after this batch, in the same transaction
            if ($pauseMs > 0) {
                $producer->flush();                        // demo: the output is in the log, not committed
                echo "in transaction\n";
                usleep($pauseMs * 1000);
            }
        };
        $producer->transaction($project);
        echo 'committed ', count($batch), " event(s)\n";
    } catch (Kafka\TransactionException $e) {
        if ($e->isFatal()) {
            throw $e;                                  // fenced: a newer instance took over; exit
        }
        fwrite(STDERR, "transaction aborted, reading the batch again: {$e->getMessage()}\n");
        $orders = $before;                             // its state changes went with it
        rewindToCommitted($group);
    }
}
$group->close();
