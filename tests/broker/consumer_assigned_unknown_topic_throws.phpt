--TEST--
Consumer: partitions of a topic that does not exist, given to assign(), make consume() throw UNKNOWN_TOPIC_OR_PART naming the topic instead of returning null forever
--FILE--
<?php
require __DIR__ . '/../lib/kafka_test.php';
$topic = kafka_test_name('no-such-topic');
$consumer = new Kafka\Consumer(['bootstrap.servers' => kafka_test_brokers()]);
$consumer->assign([new Kafka\TopicPartition($topic, 0, Kafka\Offset::BEGINNING)]);
$start = microtime(true);
try {
    while (microtime(true) - $start < 15) {
        $consumer->consume(200);
    }
    echo "nothing thrown\n";
} catch (Kafka\Exception $e) {
    echo $e->errorName(), ", names the topic: ", str_contains($e->getMessage(), "\"$topic\"") ? 'yes' : 'no: ' . $e->getMessage(),
        ", within 5 s: ", microtime(true) - $start < 5 ? 'yes' : 'no', "\n";
}
?>
--EXPECT--
UNKNOWN_TOPIC_OR_PART, names the topic: yes, within 5 s: yes
