--TEST--
Admin: creating an existing topic throws the broker's TOPIC_ALREADY_EXISTS and leaves the topic as it was
--FILE--
<?php
require __DIR__ . '/../lib/admin_test.php';
$admin = admin_test_admin();
$topic = kafka_test_name('admin-exists');
$admin->createTopic($topic, 2, 1);
try {
    $admin->createTopic($topic, 4, 1, ['retention.ms' => 1000]);
    echo "no exception\n";
} catch (Kafka\Exception $e) {
    var_dump(get_class($e), $e->getCode(), $e->errorName(), $e->isRetriable(), str_contains($e->getMessage(), $topic));
}
var_dump(count($admin->describeTopic($topic)['partitions']), $admin->topicConfig($topic));
?>
--EXPECT--
string(15) "Kafka\Exception"
int(36)
string(20) "TOPIC_ALREADY_EXISTS"
bool(false)
bool(true)
int(2)
array(0) {
}
