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
var_dump(in_array($topic, admin_test_eventually(fn () => $admin->topics(), fn ($t) => !in_array($topic, $t, true)), true));
$error = admin_test_eventually(function () use ($admin, $topic) {
    try {
        $admin->describeTopic($topic);
        return null;
    } catch (Kafka\Exception $e) {
        return $e;
    }
}, fn ($e) => $e !== null);
var_dump($error?->getCode(), $error?->errorName());
?>
--EXPECT--
bool(true)
bool(false)
int(3)
string(21) "UNKNOWN_TOPIC_OR_PART"
