--TEST--
Transactions (real broker): a ConsumerGroup on librdkafka's default isolation.level (read_committed) sees the messages of committed transactions and never those of aborted ones, although they were written to the log
--FILE--
<?php
require __DIR__ . '/../lib/txn_test.php';
$brokers = kafka_test_brokers();
$topic = kafka_test_name('txn-visible');
kafka_test_create_topic($topic, 1);
$producer = txn_test_producer($brokers, kafka_test_name('txn'));

$producer->beginTransaction();
$producer->send($topic, 'committed-1');
$producer->send($topic, 'committed-2');
$producer->commitTransaction();

$producer->beginTransaction();
$producer->send($topic, 'aborted-1');
$producer->send($topic, 'aborted-2');
$producer->flush();                       // in the log, acknowledged, not committed
$producer->abortTransaction();

$producer->beginTransaction();
$producer->send($topic, 'committed-3');
$producer->commitTransaction();

$group = new Kafka\ConsumerGroup(kafka_test_group_config($brokers, kafka_test_name('group')));
$group->subscribe($topic);
// committed-3 is the last message of the log: the group has passed the aborted ones once it has it
echo 'group reads: ', implode(' ', kafka_test_consume_payloads($group, 3, 15000)), "\n";
$group->close();
// the aborted messages are in the partition: the log holds 5 messages and 3 transaction markers
[$low, $high] = (new Kafka\Consumer(['bootstrap.servers' => $brokers]))->watermarks($topic, 0);
echo "log offsets: $low..$high\n";
?>
--EXPECT--
group reads: committed-1 committed-2 committed-3
log offsets: 0..8
