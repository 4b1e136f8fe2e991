<?php
/*
 * Event sourcing (the handbook's first practical task: an order's history as a stream of events,
 * its state rebuilt from them): order events created -> paid -> shipped are published to
 * order-events, keyed by order id (one order's events stay on one partition, in order), with
 * event_type/version headers. The state of an order is then rebuilt by replaying the topic from
 * the beginning with Kafka\Consumer, and checked against what was published.
 *
 *   php examples/event-sourcing.php [bootstrap]
 * On a real cluster it deletes the topic it created when it ends.
 */
declare(strict_types=1);

require __DIR__ . '/lib/example.php';

$cluster = new ExampleCluster($argv[1] ?? null);
$topic = $cluster->createTopic('order-events', 3);
$producer = new Kafka\Producer(['bootstrap.servers' => $cluster->bootstrap]);

function publishEvent(Kafka\Producer $producer, string $topic, string $type, int $orderId, array $data): void
{
    $event = ['event_type' => $type, 'order_id' => $orderId, 'timestamp' => date(DATE_ATOM), 'data' => $data];
    $producer->send($topic, json_encode($event), key: (string) $orderId, headers: ['event_type' => $type, 'version' => '1.0']);
}

// What the application does, and the state each order should end in.
$expected = [];
foreach ([1001 => 'shipped', 1002 => 'paid', 1003 => 'shipped', 1004 => 'created'] as $orderId => $finalStatus) {
    $items = [['product_id' => $orderId % 7, 'quantity' => 2]];
    publishEvent($producer, $topic, 'order.created', $orderId, ['items' => $items, 'total' => 100.0 + $orderId]);
    $expected[$orderId] = ['order_id' => $orderId, 'status' => 'created', 'items' => $items, 'total' => 100.0 + $orderId];
    if ($finalStatus !== 'created') {
        publishEvent($producer, $topic, 'order.paid', $orderId, ['payment_method' => 'credit_card']);
        $expected[$orderId] = ['status' => 'paid', 'payment_method' => 'credit_card'] + $expected[$orderId];
    }
    if ($finalStatus === 'shipped') {
        publishEvent($producer, $topic, 'order.shipped', $orderId, ['tracking_number' => "TRACK$orderId"]);
        $expected[$orderId] = ['status' => 'shipped', 'tracking_number' => "TRACK$orderId"] + $expected[$orderId];
    }
}
$producer->flush();
echo "Published the events of " . count($expected) . " orders to $topic\n";

/** Replays the whole topic from the beginning and folds one order's events into its state. */
function rebuildOrderState(string $bootstrap, string $topic, int $orderId): array
{
    $consumer = new Kafka\Consumer(['bootstrap.servers' => $bootstrap]);
    $remaining = [];
    $partitions = [];
    foreach ($consumer->partitions($topic) as $partition) {
        [$low, $high] = $consumer->watermarks($topic, $partition);
        if ($high > $low) {
            $remaining[$partition] = $high;      // read up to the end as it is now
            $partitions[] = new Kafka\TopicPartition($topic, $partition, Kafka\Offset::BEGINNING);
        }
    }
    $consumer->assign($partitions);
    $state = ['order_id' => $orderId, 'status' => 'unknown', 'events' => []];
    while ($remaining !== []) {
        $message = $consumer->consume(1000);
        if ($message === null) {
            continue;
        }
        if ($message->offset + 1 >= ($remaining[$message->partition] ?? PHP_INT_MAX)) {
            unset($remaining[$message->partition]);
        }
        $event = json_decode($message->payload, true);
        if ($event['order_id'] !== $orderId) {
            continue;
        }
        switch ($message->header('event_type')) {
            case 'order.created':
                $state['status'] = 'created';
                $state['items'] = $event['data']['items'];
                $state['total'] = $event['data']['total'];
                break;
            case 'order.paid':
                $state['status'] = 'paid';
                $state['payment_method'] = $event['data']['payment_method'];
                break;
            case 'order.shipped':
                $state['status'] = 'shipped';
                $state['tracking_number'] = $event['data']['tracking_number'];
                break;
        }
        $state['events'][] = $message->header('event_type') . '@' . $message->partition . ':' . $message->offset;
    }
    $consumer->close();
    return $state;
}

foreach ($expected as $orderId => $want) {
    $state = rebuildOrderState($cluster->bootstrap, $topic, $orderId);
    printf("Order %d rebuilt from %d event(s): %s\n", $orderId, count($state['events']), implode(', ', $state['events']));
    $events = $state['events'];
    unset($state['events']);
    ksort($state);
    ksort($want);
    example_check($state == $want, "order $orderId: status {$state['status']} matches what was published");
    $order = array_map(fn ($e) => explode('@', $e)[0], $events);
    example_check($order === array_slice(['order.created', 'order.paid', 'order.shipped'], 0, count($order)),
        "order $orderId: events replayed in the order they happened");
}
echo "Event sourcing: every order's state was rebuilt from Kafka alone.\n";
