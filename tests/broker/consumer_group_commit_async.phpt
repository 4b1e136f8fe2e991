--TEST--
ConsumerGroup: commitAsync() of a message, then of everything consumed, reaches the broker; a new member resumes after it
--FILE--
<?php
require __DIR__ . '/../lib/consumer_test.php';
$brokers = kafka_test_brokers();
$topic = kafka_test_name('async');
$groupId = kafka_test_name('group');
kafka_test_create_topic($topic, 1);
kafka_test_produce($brokers, $topic, 1, 6);
$config = kafka_test_group_config($brokers, $groupId, ['enable.auto.commit' => false]);
$group = new Kafka\ConsumerGroup($config);
$group->subscribe($topic);
$first = $group->consume(10000);
$group->commitAsync($first);
$tp = [new Kafka\TopicPartition($topic, 0)];
$deadline = microtime(true) + 5;
while ($group->committed($tp)[0]->offset !== 1 && microtime(true) < $deadline) {
    usleep(50000);
}
var_dump($group->committed($tp)[0]->offset);
$group->consume(10000);
$group->consume(10000);
$group->commitAsync(); // everything consumed so far: 3 messages
$group->close();       // waits for the commit in flight; its failure would be thrown here
$group = new Kafka\ConsumerGroup($config);
$group->subscribe($topic);
echo implode(' ', kafka_test_consume_payloads($group, 3)), "\n";
$group->close();
?>
--EXPECT--
int(1)
p0-3 p0-4 p0-5
