--TEST--
bin/kafka-admin: reset-offsets --shift-by N moves each committed offset by N (back when negative), clamped to the log; a partition without a commit cannot be shifted and nothing is committed then
--FILE--
<?php
require __DIR__ . '/../lib/admin_test.php';
$admin = admin_test_admin();
$topic = kafka_test_name('admin-cli-shift');
$group = kafka_test_name('admin-cli-shift-g');
$admin->createTopic($topic, 2, 1);
admin_test_produce($topic, 20, 2);                       // 10 per partition
$admin->resetGroupOffsets($group, $topic, 6);            // commits 6 and 6
$new = fn (string $out) => array_column(json_decode($out, true)['offsets'], 'new');

[$rc, $out] = admin_test_cli('groups', 'reset-offsets', $group, '--topic', $topic, '--shift-by', '-2', '--json');
echo "plan -2: ", json_encode($new($out)), ", committed still ", json_encode(array_values(admin_test_committed($admin, $group))), "\n";
[$rc, $out] = admin_test_cli('groups', 'reset-offsets', $group, '--topic', $topic, '--shift-by', '-2', '--execute', '--json');
echo "exit $rc, committed ", json_encode(array_values(admin_test_committed($admin, $group))), "\n";
[$rc, $out] = admin_test_cli('groups', 'reset-offsets', $group, '--topic', $topic, '--shift-by', '100', '--partition', '1', '--execute', '--json');
echo "+100 on partition 1 (clamped to the end): ", json_encode($new($out)), ", committed ", json_encode(array_values(admin_test_committed($admin, $group))), "\n";
[$rc, $out] = admin_test_cli('groups', 'reset-offsets', $group, '--topic', $topic, '--shift-by', '-100', '--execute', '--json');
echo "-100 (clamped to the start): ", json_encode($new($out)), "\n";

$admin->deleteGroupOffsets($group, $topic, [1]);
[$rc, $out, $err] = admin_test_cli('groups', 'reset-offsets', $group, '--topic', $topic, '--shift-by', '3', '--execute');
echo "exit $rc: ", str_replace([$group, $topic], ['GROUP', 'TOPIC'], $err);
echo "committed ", json_encode(admin_test_committed($admin, $group) === ["$topic:0" => 0]), "\n";
?>
--EXPECT--
plan -2: [4,4], committed still [6,6]
exit 0, committed [4,4]
+100 on partition 1 (clamped to the end): [10], committed [4,10]
-100 (clamped to the start): [0,0]
exit 1: kafka-admin: error: Could not shift the offsets of consumer group "GROUP": TOPIC [1] has no committed offset to shift from [_INVALID_ARG]
committed true
