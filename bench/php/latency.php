<?php
// Extension side of bench/native/latency.c: one PHP process produces at RATE msg/s and consumes the
// same partition from the end; prints each produce->consume latency in ms.
// Usage: php latency.php BROKERS TOPIC COUNT RATE
[, $brokers, $topic, $count, $rate] = $argv;
$producer = new Kafka\Producer(['bootstrap.servers' => $brokers, 'linger.ms' => 0]);
$consumer = new Kafka\Consumer(['bootstrap.servers' => $brokers, 'group.id' => 'latency-php', 'fetch.wait.max.ms' => 10]);
$consumer->assign([new Kafka\TopicPartition($topic, 0, Kafka\Offset::END)]);
// warm up both sides alike before the clock starts (metadata, connections, fetch position):
// a warm-up message every 100 ms until one is consumed, then drain the others
do {
    $producer->send($topic, 'warm-up', partition: 0);
    $producer->poll(0);
} while ($consumer->consume(100) === null);
while ($consumer->consume(200) !== null) {
}
$count = (int) $count;
$interval = 1.0 / (float) $rate;
$next = hrtime(true) / 1e9;
$sent = $received = 0;
while ($received < $count) {
    $now = hrtime(true) / 1e9;
    if ($sent < $count && $now >= $next) {
        $producer->send($topic, sprintf('%.6f', hrtime(true) / 1e9), partition: 0);
        $sent++;
        $next += $interval;
    }
    $producer->poll(0);
    $message = $consumer->consume(1);
    if ($message !== null) {
        printf("%.3f\n", (hrtime(true) / 1e9 - (float) $message->payload) * 1000);
        $received++;
    }
}
$producer->flush();
