--TEST--
ConsumerGroup: lag() gives per assigned partition the end offset, the position and their difference (null while the position is unknown)
--FILE--
<?php
require __DIR__ . '/../lib/consumer_test.php';
$brokers = kafka_test_brokers();
$topic = kafka_test_name('lag');
kafka_test_create_topic($topic, 2);
$producer = new Kafka\Producer(['bootstrap.servers' => $brokers]);
for ($i = 0; $i < 5; $i++) {
    $producer->send($topic, "a$i", null, [], 0);
}
for ($i = 0; $i < 3; $i++) {
    $producer->send($topic, "b$i", null, [], 1);
}
$producer->flush();
$group = new Kafka\ConsumerGroup(kafka_test_group_config($brokers, kafka_test_name('group'), ['enable.auto.commit' => false]));
$partition1 = new Kafka\TopicPartition($topic, 1);
$group->onAssign(function () use ($group, $partition1) { $group->pause([$partition1]); });
$group->subscribe($topic);
echo implode(' ', kafka_test_consume_payloads($group, 2)), "\n";
$show = function () use ($group) {
    foreach ($group->lag() as $row) {
        printf("[%d] position=%s end=%d lag=%s\n", $row['partition'], var_export($row['position'], true), $row['end'], var_export($row['lag'], true));
    }
};
$show();
$group->commit();
$group->pause([new Kafka\TopicPartition($topic, 0)]);
$group->resume([$partition1]);
echo implode(' ', kafka_test_consume_payloads($group, 3)), "\n";
$group->consume(100); // back for more: the three count as finished
$show();
$group->close();
?>
--EXPECT--
a0 a1
[0] position=2 end=5 lag=3
[1] position=NULL end=3 lag=NULL
b0 b1 b2
[0] position=2 end=5 lag=3
[1] position=3 end=3 lag=0
