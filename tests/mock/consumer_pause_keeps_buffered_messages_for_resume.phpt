--TEST--
Consumer: messages already polled into the extension's buffer (left there when a fetch error interrupted a batch) survive pause() and come after resume(), each exactly once
--FILE--
<?php
$cluster = new Kafka\MockCluster(1);
$cluster->createTopic('paused', 1);
$producer = new Kafka\Producer(['bootstrap.servers' => $cluster->bootstrapServers()]);
for ($i = 0; $i < 100; $i++) {
    $producer->send('paused', "m$i", partition: 0);
}
$producer->flush();

$consumer = new Kafka\Consumer(['bootstrap.servers' => $cluster->bootstrapServers()]);
$tp = new Kafka\TopicPartition('paused', 0);
$consumer->assign([$tp->withOffset(Kafka\Offset::BEGINNING)]);
$seen = [$consumer->consume(5000)->offset];
usleep(300000); // the first fetch brought all 100 into librdkafka's queue
// The next fetch fails: consumeBatch() polls the 99 prefetched messages, then the error, and throws.
$cluster->pushRequestErrors(Kafka\MockCluster::API_FETCH, [29]); // TOPIC_AUTHORIZATION_FAILED
try {
    $consumer->consumeBatch(1000, 3000);
    echo "no exception\n";
} catch (Kafka\Exception $e) {
    echo $e->errorName(), "\n";
}
// The 99 wait in the buffer: the next offset to hand over is 1, not librdkafka's 100.
echo $consumer->position([$tp])[0], "\n";
$consumer->pause([$tp]);
var_dump($consumer->consume(300)); // paused: nothing handed over
$consumer->resume([$tp]);
while (count($seen) < 100 && ($m = $consumer->consume(3000))) {
    $seen[] = $m->offset;
}
var_dump($consumer->consume(500));
echo count($seen), " messages, ", count(array_unique($seen)), " distinct, ",
    $seen === range(0, 99) ? "in order" : "out of order: " . implode(',', $seen), "\n";
?>
--EXPECT--
TOPIC_AUTHORIZATION_FAILED
paused[0]@1
NULL
NULL
100 messages, 100 distinct, in order
