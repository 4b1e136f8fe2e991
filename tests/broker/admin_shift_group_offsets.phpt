--TEST--
Admin: shiftGroupOffsets() moves committed offsets by N, clamped to the log, on all partitions or one; a dry run commits nothing; a partition without a commit throws and nothing is committed
--FILE--
<?php
require __DIR__ . '/../lib/admin_test.php';
$admin = admin_test_admin();
$topic = kafka_test_name('admin-shift');
$group = kafka_test_name('admin-shift-g');
$admin->createTopic($topic, 2, 1);
admin_test_produce($topic, 20, 2);                       // 10 per partition
$admin->resetGroupOffsets($group, $topic, 5);
$offsets = fn (array $tps) => json_encode(array_map(fn ($tp) => $tp->offset, $tps));
echo 'dry -3: ', $offsets($admin->shiftGroupOffsets($group, $topic, -3, null, true)), ' committed ', json_encode(array_values(admin_test_committed($admin, $group))), "\n";
echo '-3: ', $offsets($admin->shiftGroupOffsets($group, $topic, -3)), ' committed ', json_encode(array_values(admin_test_committed($admin, $group))), "\n";
echo '+4 on 1: ', $offsets($admin->shiftGroupOffsets($group, $topic, 4, 1)), ' committed ', json_encode(array_values(admin_test_committed($admin, $group))), "\n";
echo 'PHP_INT_MAX: ', $offsets($admin->shiftGroupOffsets($group, $topic, PHP_INT_MAX)), "\n";
echo 'PHP_INT_MIN: ', $offsets($admin->shiftGroupOffsets($group, $topic, PHP_INT_MIN)), "\n";
$admin->deleteGroupOffsets($group, $topic, [0]);
try {
    $admin->shiftGroupOffsets($group, $topic, 1);
} catch (Kafka\Exception $e) {
    echo $e->errorName(), ': ', str_replace([$group, $topic], ['G', 'T'], $e->getMessage()), "\n";
}
echo 'committed ', json_encode(array_values(admin_test_committed($admin, $group))), "\n";
?>
--EXPECT--
dry -3: [2,2] committed [5,5]
-3: [2,2] committed [2,2]
+4 on 1: [6] committed [2,6]
PHP_INT_MAX: [10,10]
PHP_INT_MIN: [0,0]
_INVALID_ARG: Could not shift the offsets of consumer group "G": T [0] has no committed offset to shift from
committed [0]
