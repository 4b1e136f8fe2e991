--TEST--
bin/kafka-admin: groups delete-offsets removes the group's committed offsets on a topic (all its partitions, or those named with --partition); none there is said plainly
--FILE--
<?php
require __DIR__ . '/../lib/admin_test.php';
$admin = admin_test_admin();
$t1 = kafka_test_name('admin-cli-do1');
$t2 = kafka_test_name('admin-cli-do2');
$group = kafka_test_name('admin-cli-do-g');
$admin->createTopic($t1, 3, 1);
$admin->createTopic($t2, 1, 1);
$admin->resetGroupOffsets($group, $t1, 0);
$admin->resetGroupOffsets($group, $t2, 0);
$show = fn (string $s) => str_replace([$group, $t1, $t2], ['GROUP', 'T1', 'T2'], $s);

[$rc, $out] = admin_test_cli('groups', 'delete-offsets', $group, '--topic', $t1, '--partition', '2', '--partition', '0');
echo "exit $rc\n", preg_replace('/ +/', ' ', $show($out));
echo $show(json_encode(array_keys(admin_test_committed($admin, $group)))), "\n";
[$rc, $out] = admin_test_cli('groups', 'delete-offsets', $group, '--topic', $t1, '--topic', $t2, '--json');
echo "exit $rc ", $show($out);
echo $show(json_encode(array_keys(admin_test_committed($admin, $group)))), "\n";
[$rc, $out] = admin_test_cli('groups', 'delete-offsets', $group, '--topic', $t1);
echo "exit $rc ", $show($out);
?>
--EXPECT--
exit 0
TOPIC PARTITION STATUS
T1 0 deleted
T1 2 deleted
["T1:1","T2:0"]
exit 0 {
    "group": "GROUP",
    "deleted": [
        {
            "topic": "T1",
            "partition": 1
        },
        {
            "topic": "T2",
            "partition": 0
        }
    ]
}
[]
exit 0 Group GROUP has no committed offsets on T1: nothing deleted.
