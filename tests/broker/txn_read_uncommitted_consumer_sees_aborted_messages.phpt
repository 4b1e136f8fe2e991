--TEST--
Transactions (real broker): a Consumer with isolation.level=read_uncommitted sees the messages of aborted transactions too; the same topic read with read_committed does not
--FILE--
<?php
require __DIR__ . '/../lib/txn_test.php';
$brokers = kafka_test_brokers();
$topic = kafka_test_name('txn-uncommitted');
kafka_test_create_topic($topic, 1);
$producer = txn_test_producer($brokers, kafka_test_name('txn'));
$producer->transaction(fn (Kafka\Producer $p) => $p->send($topic, 'committed-1'));
$producer->beginTransaction();
$producer->send($topic, 'aborted-1');
$producer->flush();
$producer->abortTransaction();
$producer->transaction(fn (Kafka\Producer $p) => $p->send($topic, 'committed-2'));

echo 'read_uncommitted: ', implode(' ', txn_test_read($brokers, $topic, 1, 'read_uncommitted')), "\n";
echo 'read_committed:   ', implode(' ', txn_test_read($brokers, $topic, 1, 'read_committed')), "\n";
?>
--EXPECT--
read_uncommitted: committed-1 aborted-1 committed-2
read_committed:   committed-1 committed-2
