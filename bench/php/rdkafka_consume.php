<?php
// php-rdkafka side of bench/native/consume.c: N messages from the beginning in a fresh group, with
// RdKafka\KafkaConsumer::subscribe()/consume() and librdkafka's defaults.
// Usage: php rdkafka_consume.php BROKERS TOPIC GROUP N [key=value...]
// Prints "<seconds> <consumed> <peak_rss_kb> <rss_growth_kb> <php_heap_growth_kb> <rss_at_first_message_kb>" like consume.php.
require __DIR__ . '/rdkafka_common.php';
[, $brokers, $topic, $group, $n] = $argv;
$conf = rdkafka_conf(['bootstrap.servers' => $brokers, 'group.id' => $group, 'auto.offset.reset' => 'earliest'],
    array_slice($argv, 5));
$consumer = new RdKafka\KafkaConsumer($conf);
$consumer->subscribe([$topic]);
$n = (int) $n;
$consumed = 0;
$bytes = 0;
$start = 0;
$rssStart = 0;
$rssFirst = 0;
$heapStart = 0;
while ($consumed < $n) {
    $message = $consumer->consume(1000);
    if ($message->err !== RD_KAFKA_RESP_ERR_NO_ERROR) {
        if ($message->err === RD_KAFKA_RESP_ERR__TIMED_OUT || $message->err === RD_KAFKA_RESP_ERR__PARTITION_EOF) {
            continue;
        }
        fwrite(STDERR, 'consume failed: ' . $message->errstr() . "\n");
        exit(1);
    }
    if ($consumed === 0) {
        $start = hrtime(true); // from the first message: joining the group is not the client's speed
        $rssFirst = rss_kb();
    }
    $consumed++;
    if ($consumed === intdiv($n, 2)) {
        $rssStart = rss_kb();
        $heapStart = memory_get_usage();
    }
    $bytes += strlen($message->payload);
}
$elapsed = (hrtime(true) - $start) / 1e9;
printf("%.6f %d %d %d %d %d\n", $elapsed, $consumed, getrusage()['ru_maxrss'], rss_kb() - $rssStart,
    intdiv(memory_get_usage() - $heapStart, 1024), $rssFirst);
// No close(): with librdkafka 2.0.2, php-rdkafka 6.0.4 crashed (SIGSEGV) at exit after close() in 2
// of 6 runs here; its destructor closes the consumer too, and the figures are taken before.
