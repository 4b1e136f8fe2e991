--TEST--
Transactions (real broker): a producer destroyed with a transaction open aborts it (never commits it) and warns: the abort marker is written at once, so read_committed consumers are not held up until transaction.timeout.ms, and its messages are never visible
--FILE--
<?php
require __DIR__ . '/../lib/txn_test.php';
$brokers = kafka_test_brokers();
$topic = kafka_test_name('txn-destroyed');
kafka_test_create_topic($topic, 1);

$producer = txn_test_producer($brokers, kafka_test_name('txn'));
$producer->beginTransaction();
$producer->send($topic, 'never-committed');
$producer->flush();
unset($producer);

$consumer = new Kafka\Consumer(['bootstrap.servers' => $brokers, 'isolation.level' => 'read_committed']);
$consumer->assign([new Kafka\TopicPartition($topic, 0, Kafka\Offset::BEGINNING)]);
[, $high] = $consumer->watermarks($topic, 0);
// an open transaction would hold the last stable offset at 0 (its first message) for 60 s
echo "log end: $high (the message and the abort marker), last stable offset: ", $consumer->lag()[0]['end'], "\n";
echo 'read_committed: ', implode(' ', kafka_test_consume_payloads($consumer, 1, 2000)), "\n";
$consumer->close();
?>
--EXPECTF--
Warning: %s: Kafka\Producer destroyed with a transaction open: the transaction was aborted (what it sent is discarded); commit or abort it before the producer goes in %s on line %d
log end: 2 (the message and the abort marker), last stable offset: 2
read_committed: 
