--TEST--
Admin: resetGroupOffsets on a group with a running member (kcat) throws the broker's refusal and changes nothing
--FILE--
<?php
require __DIR__ . '/../lib/admin_test.php';
$admin = admin_test_admin();
$topic = kafka_test_name('admin-busy');
$group = kafka_test_name('admin-busy-g');
$admin->createTopic($topic, 1, 1);
admin_test_produce($topic, 5);
$admin->resetGroupOffsets($group, $topic, 2);
$member = admin_test_kcat_member($admin, $group, $topic);
try {
    $admin->resetGroupOffsets($group, $topic, 'earliest');
    echo "no exception\n";
} catch (Kafka\Exception $e) {
    var_dump($e->getCode(), $e->errorName());
    echo $e->getMessage(), "\n";
}
proc_terminate($member, 9);   // SIGKILL: kcat commits what it consumed when it exits normally
proc_close($member);
var_dump(array_values(admin_test_committed($admin, $group)));
?>
--EXPECTF--
int(25)
string(17) "UNKNOWN_MEMBER_ID"
Could not reset the offsets of consumer group "%s": %s [0]: Broker: Unknown member (the group has active members: offsets can only be reset while none of its consumers runs)
array(1) {
  [0]=>
  int(2)
}
