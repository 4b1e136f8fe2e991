--TEST--
Consumer with group.id: a failed commitAsync() is thrown by the next call (consume), once; a good one reaches the broker
--FILE--
<?php
require __DIR__ . '/../lib/consumer_test.php';
$cluster = new Kafka\MockCluster(1);
$cluster->createTopic('jobs', 1);
$brokers = $cluster->bootstrapServers();
kafka_test_produce($brokers, 'jobs', 1, 3);
$group = new Kafka\Consumer(['bootstrap.servers' => $brokers, 'group.id' => 'g', 'enable.auto.commit' => false]);
$group->assign([new Kafka\TopicPartition('jobs', 0, Kafka\Offset::BEGINNING)]);
$first = $group->consume(10000);
// 30 GROUP_AUTHORIZATION_FAILED: not retried by librdkafka
$cluster->pushRequestErrors(Kafka\MockCluster::API_OFFSET_COMMIT, [30]);
$group->commitAsync($first);
usleep(500000);
try {
    $second = $group->consume(10000);
    echo "no exception\n";
} catch (Kafka\Exception $e) {
    echo get_class($e), ' ', $e->getCode(), ': ', $e->getMessage(), "\n";
}
$second = $group->consume(10000); // reported once; no message skipped
var_dump($second->payload);
$group->commitAsync($second);
usleep(500000);
var_dump($group->consume(10000)->payload);
var_dump($group->committed([new Kafka\TopicPartition('jobs', 0)])[0]->offset);
$group->close();
?>
--EXPECT--
Kafka\Exception 30: commitAsync() failed for jobs [0]: Broker: Group authorization failed
string(4) "p0-1"
string(4) "p0-2"
int(2)
