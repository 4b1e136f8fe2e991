<?php
// php-rdkafka side of bench/native/latency.c: one PHP process produces at RATE msg/s and consumes
// the same partition from the end; prints each produce->consume latency in ms. Same two settings
// as the other sides: linger.ms=0 (producer), fetch.wait.max.ms=10 (consumer).
// Usage: php rdkafka_latency.php BROKERS TOPIC COUNT RATE
require __DIR__ . '/rdkafka_common.php';
[, $brokers, $topic, $count, $rate] = $argv;
$producer = new RdKafka\Producer(rdkafka_conf(['bootstrap.servers' => $brokers, 'linger.ms' => 0], []));
$handle = $producer->newTopic($topic);
$consumer = new RdKafka\KafkaConsumer(rdkafka_conf(
    ['bootstrap.servers' => $brokers, 'group.id' => 'latency-rdkafka', 'fetch.wait.max.ms' => 10], []));
$consumer->assign([new RdKafka\TopicPartition($topic, 0, RD_KAFKA_OFFSET_END)]);
$take = function (int $timeoutMs) use ($consumer): ?RdKafka\Message {
    $message = $consumer->consume($timeoutMs);
    return $message->err === RD_KAFKA_RESP_ERR_NO_ERROR ? $message : null;
};
// warm up both sides alike before the clock starts (metadata, connections, fetch position):
// a warm-up message every 100 ms until one is consumed, then drain the others
do {
    $handle->produce(0, 0, 'warm-up');
    $producer->poll(0);
} while ($take(100) === null);
while ($take(200) !== null) {
}
$count = (int) $count;
$interval = 1.0 / (float) $rate;
$next = hrtime(true) / 1e9;
$sent = $received = 0;
while ($received < $count) {
    $now = hrtime(true) / 1e9;
    if ($sent < $count && $now >= $next) {
        $handle->produce(0, 0, sprintf('%.6f', hrtime(true) / 1e9));
        $sent++;
        $next += $interval;
    }
    $producer->poll(0);
    $message = $take(1);
    if ($message !== null) {
        printf("%.3f\n", (hrtime(true) / 1e9 - (float) $message->payload) * 1000);
        $received++;
    }
}
rdkafka_flush($producer, 10000);
$consumer->close();
