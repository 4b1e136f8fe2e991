<?php
/*
 * ext-kafka quickstart: produce keyed user events, consume them in a consumer group, print what
 * happened. With no argument it starts the embedded Kafka\MockCluster; pass a bootstrap address
 * ("127.0.0.1:9092") to use a real broker: the example then creates its topic there (three
 * partitions, with Kafka\Admin) and deletes it, and its consumer group, when it ends.
 *
 *   php -d extension=kafka examples/quickstart.php [bootstrap]
 */
declare(strict_types=1);

$cluster = null;
$admin = null;
$topic = 'user-events';
$groupId = 'quickstart';
if (isset($argv[1])) {
    $bootstrap = $argv[1];
    $topic .= '-' . getmypid();                   // a fresh topic and group for each run
    $groupId .= '-' . getmypid();
    echo "Using the Kafka cluster at $bootstrap\n";
    $admin = new Kafka\Admin(['bootstrap.servers' => $bootstrap]);
    $admin->createTopic($topic, 3);               // three partitions: each key picks one
    // leave nothing behind, also when a check fails
    register_shutdown_function(function () use ($admin, $topic, $groupId) {
        try {
            $admin->deleteGroup($groupId);
        } catch (Kafka\Exception $e) {
            // GROUP_ID_NOT_FOUND: the run stopped before anything was committed
        }
        $admin->deleteTopic($topic);
        echo "Deleted topic $topic and group $groupId from the cluster\n";
    });
} else {
    $cluster = new Kafka\MockCluster(1);          // lives as long as $cluster
    $bootstrap = $cluster->bootstrapServers();
    $cluster->createTopic($topic, 3);
    echo "Started an embedded Kafka cluster at $bootstrap\n";
}

// 1. Produce: the key (user id) decides the partition, so one user's events stay in order.
$producer = new Kafka\Producer(['bootstrap.servers' => $bootstrap]);
$events = [];
foreach ([1, 2, 3] as $userId) {
    foreach (['registered', 'logged_in', 'ordered'] as $type) {
        $event = ['user_id' => $userId, 'type' => $type];
        $producer->send($topic, json_encode($event), key: (string) $userId, headers: ['version' => '1.0', 'event_type' => $type]);
        $events[] = $event;
    }
}
$producer->flush();   // returns once every message is acknowledged, or throws
printf("Produced %d events for 3 users\n", count($events));

// 2. Consume in a group, committing each message once it is handled.
// A new group starts at the beginning of the topic (the extension's auto.offset.reset=earliest).
$group = new Kafka\ConsumerGroup([
    'bootstrap.servers' => $bootstrap,
    'group.id' => $groupId,
    'enable.auto.commit' => false,
]);
$group->subscribe([$topic]);
$received = [];
$partitionOf = [];   // key => partitions its events were read from
$deadline = microtime(true) + 30;
while (count($received) < count($events) && microtime(true) < $deadline) {
    $message = $group->consume(1000);
    if ($message === null) {
        continue;   // timeout or end of partition
    }
    $event = json_decode($message->payload, true);
    printf("  partition %d offset %d key %s: user %d %s (event_type header: %s)\n",
        $message->partition, $message->offset, $message->key, $event['user_id'], $event['type'], $message->header('event_type'));
    $received[] = $event;
    $partitionOf[$message->key][$message->partition] = true;
    $group->commit($message);
}
$group->close();

// 3. Check: every event arrived, and each user's events in the order they were sent.
$byUser = static function (array $list): array {
    $out = [];
    foreach ($list as $e) {
        $out[$e['user_id']][] = $e['type'];
    }
    ksort($out);
    return $out;
};
if ($byUser($received) !== $byUser($events)) {
    fwrite(STDERR, "Mismatch: expected " . json_encode($byUser($events)) . ", got " . json_encode($byUser($received)) . "\n");
    exit(1);
}
ksort($partitionOf);
foreach ($partitionOf as $key => $partitions) {
    if (count($partitions) !== 1) {
        fwrite(STDERR, "Key $key was read from several partitions: " . implode(', ', array_keys($partitions)) . "\n");
        exit(1);
    }
    printf("Key %s: every event on partition %d\n", $key, array_key_first($partitions));
}
printf("Consumed all %d events in group order; each user's events arrived in the order sent.\n", count($received));
