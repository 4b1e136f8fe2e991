--TEST--
Producer (real broker): a tombstone comes back as payload null (an empty payload as ''), both with key and create timestamp
--FILE--
<?php
require __DIR__ . '/../lib/kafka_test.php';
$brokers = kafka_test_brokers();
$topic = kafka_test_name('tombstones');
kafka_test_create_topic($topic, 1, ['cleanup.policy' => 'compact']);
$producer = new Kafka\Producer(['bootstrap.servers' => $brokers]);
$producer->send($topic, null, key: 'deleted', timestampMs: 1700000000001);
$producer->send($topic, '', key: 'emptied', timestampMs: 1700000000002);
$producer->flush();
$consumer = new Kafka\Consumer(['bootstrap.servers' => $brokers]);
$consumer->assign([new Kafka\TopicPartition($topic, 0, Kafka\Offset::BEGINNING)]);
$deadline = microtime(true) + 20;
$seen = 0;
while ($seen < 2 && microtime(true) < $deadline) {
    if ($m = $consumer->consume(500)) {
        var_dump($m->key, $m->payload, $m->timestamp, $m->timestampType === Kafka\Message::TIMESTAMP_CREATE_TIME);
        $seen++;
    }
}
?>
--EXPECT--
string(7) "deleted"
NULL
int(1700000000001)
bool(true)
string(7) "emptied"
string(0) ""
int(1700000000002)
bool(true)
