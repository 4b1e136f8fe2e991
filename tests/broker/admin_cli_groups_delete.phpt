--TEST--
bin/kafka-admin: groups delete removes groups without running consumers (and their offsets); a group with a running member or an unknown group fails with its own error line and exit 1, the others are still deleted
--FILE--
<?php
require __DIR__ . '/../lib/admin_test.php';
$admin = admin_test_admin();
$topic = kafka_test_name('admin-cli-del');
$idle = kafka_test_name('admin-cli-del-idle');
$busy = kafka_test_name('admin-cli-del-busy');
$unknown = kafka_test_name('admin-cli-del-none');
$admin->createTopic($topic, 1, 1);
$admin->resetGroupOffsets($idle, $topic, 0);
$member = admin_test_kcat_member($admin, $busy, $topic);
try {
    [$rc, $out, $err] = admin_test_cli('groups', 'delete', $busy, $idle, $unknown);
} finally {
    proc_terminate($member);
    proc_close($member);
}
echo "exit $rc\n", str_replace([$idle, $busy, $unknown], ['IDLE', 'BUSY', 'UNKNOWN'], $out . $err);
$ids = array_column($admin->groups(), 'id');
echo 'idle group listed: ', var_export(in_array($idle, $ids, true), true), ', its offsets: ', json_encode($admin->groupLag($idle)), "\n";
[$rc, $out, $err] = admin_test_cli('groups', 'delete', $idle, '--json');
echo "again: exit $rc, ", json_encode(json_decode($out, true)['deleted']), ' ', str_replace($idle, 'IDLE', $err);
?>
--EXPECTF--
exit 1
Deleted group IDLE.
kafka-admin: error: Could not delete consumer group "BUSY": %s (the group has active members: it can only be deleted while none of its consumers runs) [NON_EMPTY_GROUP]
kafka-admin: error: Could not delete consumer group "UNKNOWN": %s [GROUP_ID_NOT_FOUND]
idle group listed: false, its offsets: []
again: exit 1, [] kafka-admin: error: Could not delete consumer group "IDLE": %s [GROUP_ID_NOT_FOUND]
