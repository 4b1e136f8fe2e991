--TEST--
Admin: deleteGroupOffsets() deletes the group's offsets on the named partitions, or (null) on every partition of the topic it committed to, and returns them; [] when there are none; refused while a running member is subscribed to the topic
--FILE--
<?php
require __DIR__ . '/../lib/admin_test.php';
$admin = admin_test_admin();
$t1 = kafka_test_name('admin-dgo1');
$t2 = kafka_test_name('admin-dgo2');
$group = kafka_test_name('admin-dgo-g');
$admin->createTopic($t1, 3, 1);
$admin->createTopic($t2, 1, 1);
$admin->resetGroupOffsets($group, $t1, 0);
$admin->resetGroupOffsets($group, $t2, 0);
$show = fn (array $tps) => implode(' ', array_map(fn (Kafka\TopicPartition $tp) => str_replace([$t1, $t2], ['T1', 'T2'], "$tp->topic:$tp->partition"), $tps)) . "\n";
$committed = fn () => str_replace([$t1, $t2], ['T1', 'T2'], implode(' ', array_keys(admin_test_committed($admin, $group)))) . "\n";

echo 'deleted ', $show($admin->deleteGroupOffsets($group, $t1, [2, 1, 2]));
echo 'left ', $committed();
echo 'deleted ', $show($admin->deleteGroupOffsets($group, $t1));
echo 'left ', $committed();
var_dump($admin->deleteGroupOffsets($group, $t1));

$member = admin_test_kcat_member($admin, $group, $t2);
try {
    $admin->deleteGroupOffsets($group, $t2);
} catch (Kafka\Exception $e) {
    echo $e->errorName(), ': ', str_replace([$group, $t2], ['G', 'T2'], $e->getMessage()), "\n";
} finally {
    proc_terminate($member);
    proc_close($member);
}
echo 'left ', $committed();
?>
--EXPECTF--
deleted T1:1 T1:2
left T1:0 T2:0
deleted T1:0
left T2:0
array(0) {
}
GROUP_SUBSCRIBED_TO_TOPIC: Could not delete the offsets of consumer group "G": T2 [0]: %s (the group's running consumers are subscribed to the topic: its offsets can only be deleted once they stop)
left T2:0
