--TEST--
ConsumerGroup: a paused partition delivers nothing until resume(); the others keep flowing
--FILE--
<?php
require __DIR__ . '/../lib/consumer_test.php';
$brokers = kafka_test_brokers();
$topic = kafka_test_name('pause');
kafka_test_create_topic($topic, 2);
kafka_test_produce($brokers, $topic, 2, 3);
$group = new Kafka\ConsumerGroup(kafka_test_group_config($brokers, kafka_test_name('group')));
$held = new Kafka\TopicPartition($topic, 1);
$group->onAssign(function () use ($group, $held) { $group->pause([$held]); });
$group->subscribe($topic);
$payloads = kafka_test_consume_payloads($group, 6, 3000); // only partition 0 can deliver
sort($payloads);
echo 'paused: ', implode(' ', $payloads), "\n";
$group->resume([$held]);
echo 'resumed: ', implode(' ', kafka_test_consume_payloads($group, 3)), "\n";
try {
    $group->pause([new Kafka\TopicPartition($topic . '-other', 0)]);
} catch (Kafka\Exception $e) {
    echo get_class($e), "\n";
}
$group->close();
?>
--EXPECT--
paused: p0-0 p0-1 p0-2
resumed: p1-0 p1-1 p1-2
Kafka\Exception
