--TEST--
Transactions (real broker): messages of an open transaction, acknowledged by the broker, stay invisible to a read_committed consumer (its lag() ends at the last stable offset) until commitTransaction()
--FILE--
<?php
require __DIR__ . '/../lib/txn_test.php';
$brokers = kafka_test_brokers();
$topic = kafka_test_name('txn-open');
kafka_test_create_topic($topic, 1);
$producer = txn_test_producer($brokers, kafka_test_name('txn'));
$producer->beginTransaction();
$producer->send($topic, 'm1');
$producer->send($topic, 'm2');
$producer->flush();

$consumer = new Kafka\Consumer(['bootstrap.servers' => $brokers, 'isolation.level' => 'read_committed']);
$consumer->assign([new Kafka\TopicPartition($topic, 0, Kafka\Offset::BEGINNING)]);
echo 'before commit: ', implode(' ', kafka_test_consume_payloads($consumer, 2, 2000)), "\n";
echo 'end for read_committed before commit: ', $consumer->lag()[0]['end'], "\n";
$producer->commitTransaction();
echo 'after commit: ', implode(' ', kafka_test_consume_payloads($consumer, 2, 10000)), "\n";
$consumer->close();
?>
--EXPECT--
before commit: 
end for read_committed before commit: 0
after commit: m1 m2
