<?php
// Extension side of bench/native/consume.c: N messages from the beginning in a fresh group.
// Usage: php consume.php BROKERS TOPIC GROUP N [key=value...]
// Prints "<seconds> <consumed> <peak_rss_kb> <rss_growth_kb> <php_heap_growth_kb> <rss_at_first_message_kb>"
// (growth from the N/2th message to the last: the steady state, with the prefetch buffer in use).
[, $brokers, $topic, $group, $n] = $argv;
$config = ['bootstrap.servers' => $brokers, 'group.id' => $group, 'auto.offset.reset' => 'earliest'];
foreach (array_slice($argv, 5) as $kv) {
    [$k, $v] = explode('=', $kv, 2);
    $config[$k] = $v;
}
function rss_kb(): int
{
    return (int) explode(' ', file_get_contents('/proc/self/statm'))[1] * 4;
}
$consumer = new Kafka\ConsumerGroup($config);
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
    if ($message === null) {
        continue;
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
$consumer->close();
