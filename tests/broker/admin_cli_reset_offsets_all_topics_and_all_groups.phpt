--TEST--
bin/kafka-admin: reset-offsets --all-topics covers every topic the group has offsets on; --all-groups plans for every group (other groups are only planned here: nothing is executed)
--FILE--
<?php
require __DIR__ . '/../lib/admin_test.php';
$admin = admin_test_admin();
$t1 = kafka_test_name('admin-cli-at1');
$t2 = kafka_test_name('admin-cli-at2');
$g1 = kafka_test_name('admin-cli-ag1');
$g2 = kafka_test_name('admin-cli-ag2');
foreach ([$t1, $t2] as $topic) {
    $admin->createTopic($topic, 1, 1);
    admin_test_produce($topic, 5);
}
$admin->resetGroupOffsets($g1, $t1, 3);
$admin->resetGroupOffsets($g1, $t2, 4);
$admin->resetGroupOffsets($g2, $t2, 2);
$mine = fn (array $rows) => array_values(array_filter(array_map(
    fn ($r) => in_array($r['group'], [$g1, $g2], true) ? str_replace([$g1, $g2, $t1, $t2], ['g1', 'g2', 't1', 't2'], "{$r['group']} {$r['topic']}: {$r['previous']} -> {$r['new']}") : null,
    $rows)));

[$rc, $out] = admin_test_cli('groups', 'reset-offsets', $g1, '--all-topics', '--to-earliest', '--execute', '--json');
echo "g1 --all-topics --execute: exit $rc\n", implode("\n", $mine(json_decode($out, true)['offsets'])), "\n";
echo json_encode(array_values(admin_test_committed($admin, $g1))), ' ', json_encode(array_values(admin_test_committed($admin, $g2))), "\n";

[$rc, $out] = admin_test_cli('groups', 'reset-offsets', '--all-groups', '--all-topics', '--to-latest', '--json');
$json = json_decode($out, true);
echo "--all-groups --all-topics (plan): exit $rc, dryRun ", var_export($json['dryRun'], true), "\n", implode("\n", $mine($json['offsets'])), "\n";
echo json_encode(array_values(admin_test_committed($admin, $g1))), ' ', json_encode(array_values(admin_test_committed($admin, $g2))), "\n";
?>
--EXPECT--
g1 --all-topics --execute: exit 0
g1 t1: 3 -> 0
g1 t2: 4 -> 0
[0,0] [2]
--all-groups --all-topics (plan): exit 0, dryRun true
g1 t1: 0 -> 5
g1 t2: 0 -> 5
g2 t2: 2 -> 5
[0,0] [2]
