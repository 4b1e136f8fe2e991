--TEST--
ConsumerGroup: subscribing to an invalid topic name gives an error that names the topic, not a partition [0] that does not exist
--FILE--
<?php
require __DIR__ . '/../lib/kafka_test.php';
$group = new Kafka\ConsumerGroup(['bootstrap.servers' => kafka_test_brokers(), 'group.id' => kafka_test_name('invalid-topic')]);
$group->subscribe(['my topic']);
$start = microtime(true);
try {
    while (microtime(true) - $start < 15) {
        $group->consume(200);
    }
    echo "nothing thrown\n";
} catch (Kafka\Exception $e) {
    echo $e->errorName(), ': ', $e->getMessage(), "\n";
}
?>
--EXPECTF--
%s: Consuming topic "my topic" failed: %s
