--TEST--
Consumer: offsetsForTimes() finds the first offset at or after a timestamp (Offset::END when there is none); seek() goes there
--FILE--
<?php
require __DIR__ . '/../lib/consumer_test.php';
$brokers = kafka_test_brokers();
$topic = kafka_test_name('times');
kafka_test_create_topic($topic, 1);
$producer = new Kafka\Producer(['bootstrap.servers' => $brokers]);
$t0 = intdiv((int) (microtime(true) * 1000), 1000) * 1000 - 60000;
foreach ([0, 1000, 2000, 3000] as $i => $delta) {
    $producer->send($topic, "m$i", null, [], 0, $t0 + $delta);
}
$producer->flush();
$consumer = new Kafka\Consumer(['bootstrap.servers' => $brokers]);
$found = $consumer->offsetsForTimes([new Kafka\TopicPartition($topic, 0, $t0 + 1500)], 5000);
$early = $consumer->offsetsForTimes([new Kafka\TopicPartition($topic, 0, $t0 - 1)]);
$late = $consumer->offsetsForTimes([new Kafka\TopicPartition($topic, 0, $t0 + 10000)]);
var_dump($found[0]->offset, $early[0]->offset, $late[0]->offset === Kafka\Offset::END, $found[0]->error);
$consumer->assign([new Kafka\TopicPartition($topic, 0, Kafka\Offset::BEGINNING)]);
var_dump($consumer->consume(10000)->payload);
$consumer->seek($found[0]);
echo implode(' ', kafka_test_consume_payloads($consumer, 2)), "\n";
$consumer->close();
?>
--EXPECT--
int(2)
int(0)
bool(true)
NULL
string(2) "m0"
m2 m3
