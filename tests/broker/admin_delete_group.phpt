--TEST--
Admin: deleteGroup() removes a group without members and its committed offsets; a group with a running member throws NON_EMPTY_GROUP, an unknown one GROUP_ID_NOT_FOUND
--FILE--
<?php
require __DIR__ . '/../lib/admin_test.php';
$admin = admin_test_admin();
$topic = kafka_test_name('admin-delg');
$idle = kafka_test_name('admin-delg-idle');
$busy = kafka_test_name('admin-delg-busy');
$admin->createTopic($topic, 1, 1);
$admin->resetGroupOffsets($idle, $topic, 0);
var_dump(in_array($idle, array_column($admin->groups(), 'id'), true));
$admin->deleteGroup($idle);
var_dump(in_array($idle, array_column($admin->groups(), 'id'), true), $admin->groupLag($idle));
try {
    $admin->deleteGroup($idle);
} catch (Kafka\Exception $e) {
    echo $e->errorName(), "\n";
}
$member = admin_test_kcat_member($admin, $busy, $topic);
try {
    $admin->deleteGroup($busy);
} catch (Kafka\Exception $e) {
    echo $e->errorName(), ': ', str_replace($busy, 'BUSY', $e->getMessage()), "\n";
} finally {
    proc_terminate($member);
    proc_close($member);
}
?>
--EXPECTF--
bool(true)
bool(false)
array(0) {
}
GROUP_ID_NOT_FOUND
NON_EMPTY_GROUP: Could not delete consumer group "BUSY": %s (the group has active members: it can only be deleted while none of its consumers runs)
