--TEST--
Consumer: assign() from Offset::BEGINNING replays partitions; an absolute offset starts there; Offset::END waits for new messages; no group needed
--FILE--
<?php
require __DIR__ . '/../lib/consumer_test.php';
$brokers = kafka_test_brokers();
$topic = kafka_test_name('replay');
kafka_test_create_topic($topic, 2);
kafka_test_produce($brokers, $topic, 2, 4);

$consumer = new Kafka\Consumer(['bootstrap.servers' => $brokers]);
$consumer->assign([new Kafka\TopicPartition($topic, 0, Kafka\Offset::BEGINNING), new Kafka\TopicPartition($topic, 1, Kafka\Offset::BEGINNING)]);
echo implode(' ', array_map('strval', $consumer->assignment())), "\n";
$payloads = kafka_test_consume_payloads($consumer, 8);
sort($payloads);
echo implode(' ', $payloads), "\n";

$consumer->assign([new Kafka\TopicPartition($topic, 0, 2)]);
echo implode(' ', kafka_test_consume_payloads($consumer, 2)), "\n";

$consumer->assign([new Kafka\TopicPartition($topic, 1, Kafka\Offset::END)]);
var_dump($consumer->consume(1000));
(new Kafka\Producer(['bootstrap.servers' => $brokers]))->sendAndWait($topic, 'new', null, [], 1);
echo $consumer->consume(10000)->payload, "\n";
$consumer->close();
?>
--EXPECTF--
%s[0]@-2 %s[1]@-2
p0-0 p0-1 p0-2 p0-3 p1-0 p1-1 p1-2 p1-3
p0-2 p0-3
NULL
new
