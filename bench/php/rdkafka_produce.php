<?php
// php-rdkafka side of bench/native/produce.c: N keyed messages of SIZE bytes, wait for every
// acknowledgement, with php-rdkafka's usual API and librdkafka's defaults.
// Usage: php rdkafka_produce.php BROKERS TOPIC N SIZE [key=value...]   Prints "<seconds> <acked>".
require __DIR__ . '/rdkafka_common.php';
[, $brokers, $topic, $n, $size] = $argv;
// No delivery report callback, as most php-rdkafka code has none: flush() succeeding (nothing left
// in the queue) is the acknowledgement, as in php-rdkafka's README.
$conf = rdkafka_conf(['bootstrap.servers' => $brokers], array_slice($argv, 5));
$producer = new RdKafka\Producer($conf);
$handle = $producer->newTopic($topic);
$payload = str_repeat('x', (int) $size);
$n = (int) $n;
$start = hrtime(true);
for ($i = 0; $i < $n; $i++) {
    while (true) {
        try {
            $handle->produce(RD_KAFKA_PARTITION_UA, 0, $payload, 'key-' . ($i % 1000));
            break;
        } catch (RdKafka\Exception $e) {
            if ($e->getCode() !== RD_KAFKA_RESP_ERR__QUEUE_FULL) {
                throw $e;
            }
            $producer->poll(100);
        }
    }
    $producer->poll(0);
}
rdkafka_flush($producer, 120000);
printf("%.6f %d\n", (hrtime(true) - $start) / 1e9, $n);
