--TEST--
Consumer: a tiny queued.min.messages (10) neither floods the broker with requests (the fetcher wake of librdkafka < 2.2 is rate-limited and never fires for an empty queue) nor stalls: 3000 messages arrive, then an idle consume(0) loop sends no request of its own
--FILE--
<?php
$cluster = new Kafka\MockCluster();
$cluster->createTopic('small', 3);
$producer = new Kafka\Producer(['bootstrap.servers' => $cluster->bootstrapServers()]);
for ($i = 0; $i < 3000; $i++) {
    $producer->send('small', "m$i", partition: $i % 3);
}
$producer->flush();

$consumer = new Kafka\Consumer([
    'bootstrap.servers' => $cluster->bootstrapServers(),
    'queued.min.messages' => 10,
    'statistics.interval.ms' => 100,
]);
$metadata = 0;
$consumer->onStats(function (array $stats) use (&$metadata) {
    $metadata = 0;
    foreach ($stats['brokers'] as $broker) {
        $metadata += $broker['req']['Metadata'] ?? 0;
    }
});
$consumer->assign(array_map(fn ($p) => new Kafka\TopicPartition('small', $p, Kafka\Offset::BEGINNING), [0, 1, 2]));
$start = microtime(true);
$got = 0;
while ($got < 3000 && microtime(true) - $start < 30) {
    $got += count($consumer->consumeBatch(100, 200));
}
$consuming = microtime(true) - $start;
$consumer->consume(300);   // one more statistics report
$afterConsuming = $metadata;
$idle = microtime(true);
$calls = 0;
while (microtime(true) - $idle < 1.0) {
    $consumer->consume(0);
    $calls++;
}
$consumer->consume(300);
$idleRequests = $metadata - $afterConsuming;
echo "consumed: $got\n";
// at most one wake per 10 ms while consuming, plus librdkafka's own few
$bound = (int) ($consuming * 100) + 20;
echo 'metadata requests while consuming within one per 10 ms: ', var_export($afterConsuming <= $bound, true), $afterConsuming <= $bound ? '' : " ($afterConsuming in {$consuming}s)", "\n";
echo 'metadata requests during ', $calls > 1000 ? 'over 1000' : $calls, ' idle consume(0) calls: ', $idleRequests <= 2 ? 'at most 2' : $idleRequests, "\n";
?>
--EXPECT--
consumed: 3000
metadata requests while consuming within one per 10 ms: true
metadata requests during over 1000 idle consume(0) calls: at most 2
