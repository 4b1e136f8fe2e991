<?php
// php-rdkafka side of bench/native/fpm_request.c, with its usual API and librdkafka's defaults.
// Usage: php rdkafka_fpm_request.php BROKERS TOPIC REQUESTS [cold|warm [key=value...]]
//   cold: per request, new RdKafka\Producer, produce one message, flush(), destroy it.
//         Prints per request "<total> <create> <send+ack> <destroy>" in ms.
//   warm: one producer, warmed up by a first flushed message; then produce + flush() per request.
//         Prints per request "<send+ack>" in ms.
require __DIR__ . '/rdkafka_common.php';
[, $brokers, $topic, $requests] = $argv;
$mode = $argv[4] ?? 'cold';
$ms = fn (int $from, int $to): string => sprintf('%.3f', ($to - $from) / 1e6);
$send = function (RdKafka\Producer $producer) use ($topic): void {
    $producer->newTopic($topic)->produce(RD_KAFKA_PARTITION_UA, 0, 'request', 'k');
    $producer->poll(0);
    rdkafka_flush($producer, 10000);
};
if ($mode === 'warm') {
    $producer = new RdKafka\Producer(rdkafka_conf(['bootstrap.servers' => $brokers], array_slice($argv, 5)));
    $send($producer);
    for ($r = 0; $r < (int) $requests; $r++) {
        $start = hrtime(true);
        $send($producer);
        echo $ms($start, hrtime(true)), "\n";
    }
    exit(0);
}
for ($r = 0; $r < (int) $requests; $r++) {
    $start = hrtime(true);
    $producer = new RdKafka\Producer(rdkafka_conf(['bootstrap.servers' => $brokers], array_slice($argv, 5)));
    $created = hrtime(true);
    $send($producer);
    $acked = hrtime(true);
    unset($producer);
    $end = hrtime(true);
    echo implode(' ', [$ms($start, $end), $ms($start, $created), $ms($created, $acked), $ms($acked, $end)]), "\n";
}
