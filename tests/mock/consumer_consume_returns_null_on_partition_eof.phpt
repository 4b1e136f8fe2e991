--TEST--
Consumer: with enable.partition.eof, consume() returns null at the end of a partition, long before the timeout
--FILE--
<?php
require __DIR__ . '/../lib/consumer_test.php';
$cluster = new Kafka\MockCluster(1);
$cluster->createTopic('eof', 1);
$brokers = $cluster->bootstrapServers();
kafka_test_produce($brokers, 'eof', 1, 2);
$group = new Kafka\Consumer(['bootstrap.servers' => $brokers, 'enable.partition.eof' => true]);
$group->assign([new Kafka\TopicPartition('eof', 0, Kafka\Offset::BEGINNING)]);
var_dump($group->consume(10000)->payload, $group->consume(10000)->payload);
$start = microtime(true);
var_dump($group->consume(20000));
var_dump(microtime(true) - $start < 5);
$group->close();
?>
--EXPECT--
string(4) "p0-0"
string(4) "p0-1"
NULL
bool(true)
