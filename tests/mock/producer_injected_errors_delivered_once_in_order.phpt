--TEST--
Producer: with NOT_ENOUGH_REPLICAS and REQUEST_TIMED_OUT injected, every message is delivered exactly once and in order (idempotence on by default)
--FILE--
<?php
require __DIR__ . '/../lib/kafka_test.php';
$cluster = new Kafka\MockCluster(3);
$cluster->createTopic('ordered', 1, 3);
$bootstrap = $cluster->bootstrapServers();
$producer = new Kafka\Producer(['bootstrap.servers' => $bootstrap, 'linger.ms' => 5, 'batch.num.messages' => 50]);
// 19 = NOT_ENOUGH_REPLICAS, 7 = REQUEST_TIMED_OUT: the first produce requests fail and are retried.
$cluster->pushRequestErrors(Kafka\MockCluster::API_PRODUCE, [19, 19, 7, 19, 7, 7]);
$reports = 0;
$producer->onDelivery(function (Kafka\Message $m, ?Kafka\Exception $e) use (&$reports) {
    if ($e) {
        echo "failed: ", $e->getMessage(), "\n";
    }
    $reports++;
});
for ($i = 0; $i < 500; $i++) {
    $producer->send('ordered', "m$i", key: 'same-key');
}
$producer->flush(20000);
var_dump($reports);
$lines = kafka_test_kcat_read($bootstrap, 'ordered', '%o %s\n');
$expected = [];
for ($i = 0; $i < 500; $i++) {
    $expected[] = "$i m$i";
}
var_dump(count($lines), $lines === $expected);
?>
--EXPECT--
int(500)
int(500)
bool(true)
