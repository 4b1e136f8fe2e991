<?php
/*
 * A consumer-group worker for tests/cluster/consumer_group_*: consumes, "handles" each message
 * (a short sleep), commits it, and reports on stdout, one line each:
 *   A <partitions>                 assigned (onAssign)
 *   H <time> <payload> <partition> <offset>   handled (time: microtime(true))
 *   C <partition> <offset>         its commit succeeded (right after its H line)
 *   E <partition> <offset> <error> its commit failed (right after its H line)
 *   X <error>                      consume() threw
 * Stops on SIGTERM (leaving the group). Usage: php cluster_worker.php BROKERS TOPIC GROUP NAME
 */

declare(strict_types=1);

[, $brokers, $topic, $groupId, $name] = $argv;
pcntl_async_signals(true);
$stop = false;
pcntl_signal(SIGTERM, function () use (&$stop): void {
    $stop = true;
});

$group = new Kafka\ConsumerGroup([
    'bootstrap.servers' => $brokers,
    'group.id' => $groupId,
    'client.id' => $name,
    'auto.offset.reset' => 'earliest',
    'enable.auto.commit' => false,
    'session.timeout.ms' => 10000,
    'heartbeat.interval.ms' => 1000,
]);
$group->onAssign(function (array $partitions): void {
    echo 'A ', implode(',', array_map(fn (Kafka\TopicPartition $p) => $p->partition, $partitions)), "\n";
});
$group->subscribe([$topic]);
while (!$stop) {
    try {
        $message = $group->consume(500);
    } catch (Kafka\Exception $e) {
        echo 'X ', $e->errorName(), "\n";
        continue;
    }
    if ($message === null) {
        continue;
    }
    usleep(2000); // the work
    printf("H %.6f %s %d %d\n", microtime(true), $message->payload, $message->partition, $message->offset);
    try {
        $group->commit($message);
        echo "C {$message->partition} {$message->offset}\n";
    } catch (Kafka\Exception $e) {
        echo "E {$message->partition} {$message->offset} ", $e->errorName(), "\n";
    }
}
$group->close();
echo "BYE\n";
