--TEST--
Admin: operations on a topic that does not exist throw UNKNOWN_TOPIC_OR_PART, and looking does not create it
--FILE--
<?php
require __DIR__ . '/../lib/admin_test.php';
$admin = admin_test_admin();
$topic = kafka_test_name('admin-unknown');
$calls = [
    'describeTopic' => fn () => $admin->describeTopic($topic),
    'topicConfig' => fn () => $admin->topicConfig($topic),
    'alterTopicConfig' => fn () => $admin->alterTopicConfig($topic, ['retention.ms' => 1]),
    'createPartitions' => fn () => $admin->createPartitions($topic, 2),
    'deleteTopic' => fn () => $admin->deleteTopic($topic),
    'resetGroupOffsets' => fn () => $admin->resetGroupOffsets('g', $topic, 'earliest'),
];
foreach ($calls as $name => $call) {
    try {
        $call();
        echo "$name: no exception\n";
    } catch (Kafka\Exception $e) {
        echo "$name: ", $e->getCode(), ' ', $e->errorName(), "\n";
    }
}
// the broker auto-creates topics on metadata requests, but the Admin never asks it to
var_dump(in_array($topic, $admin->topics(), true));
?>
--EXPECT--
describeTopic: 3 UNKNOWN_TOPIC_OR_PART
topicConfig: 3 UNKNOWN_TOPIC_OR_PART
alterTopicConfig: 3 UNKNOWN_TOPIC_OR_PART
createPartitions: 3 UNKNOWN_TOPIC_OR_PART
deleteTopic: 3 UNKNOWN_TOPIC_OR_PART
resetGroupOffsets: 3 UNKNOWN_TOPIC_OR_PART
bool(false)
