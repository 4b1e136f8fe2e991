--TEST--
Admin: deleteTopic removes the topic: topics() no longer lists it and describeTopic throws UNKNOWN_TOPIC_OR_PART
--FILE--
<?php
require __DIR__ . '/../lib/admin_test.php';
$admin = admin_test_admin();
$topic = kafka_test_name('admin-delete');
$admin->createTopic($topic, 2, 1);
var_dump(in_array($topic, $admin->topics(), true));
$admin->deleteTopic($topic);
var_dump(in_array($topic, $admin->topics(), true));
try {
    $admin->describeTopic($topic);
} catch (Kafka\Exception $e) {
    var_dump($e->getCode(), $e->errorName());
}
?>
--EXPECT--
bool(true)
bool(false)
int(3)
string(21) "UNKNOWN_TOPIC_OR_PART"
