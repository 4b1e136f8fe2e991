--TEST--
ConsumerGroup: with manual commits, a new member of the group continues right after the committed message
--FILE--
<?php
require __DIR__ . '/../lib/consumer_test.php';
$brokers = kafka_test_brokers();
$topic = kafka_test_name('resume');
$groupId = kafka_test_name('group');
kafka_test_create_topic($topic, 1);
kafka_test_produce($brokers, $topic, 1, 10);
$config = kafka_test_group_config($brokers, $groupId, ['enable.auto.commit' => false]);

$group = new Kafka\ConsumerGroup($config);
$group->subscribe($topic);
$read = [];
for ($i = 0; $i < 5; $i++) {
    $message = $group->consume(10000);
    $read[] = $message->payload;
    if ($i === 3) {
        $group->commit($message); // the 5th message is read but never committed
    }
}
echo implode(' ', $read), "\n";
var_dump($group->committed([new Kafka\TopicPartition($topic, 0)])[0]->offset);
$group->close();

$group = new Kafka\ConsumerGroup($config);
$group->subscribe($topic);
echo implode(' ', kafka_test_consume_payloads($group, 6)), "\n";
$group->close();
?>
--EXPECT--
p0-0 p0-1 p0-2 p0-3 p0-4
int(4)
p0-4 p0-5 p0-6 p0-7 p0-8 p0-9
