--TEST--
Admin: after resetGroupOffsets (an offset, 'earliest', 'latest') a group consumer (kcat) resumes exactly there
--FILE--
<?php
require __DIR__ . '/../lib/admin_test.php';
$admin = admin_test_admin();
$topic = kafka_test_name('admin-reset');
$group = kafka_test_name('admin-reset-g');
$admin->createTopic($topic, 1, 1);
admin_test_produce($topic, 10);
var_dump(count(admin_test_kcat_group_consume($group, $topic)));   // all 10, committed 10

$new = $admin->resetGroupOffsets($group, $topic, 7);
var_dump(count($new), $new[0]->topic === $topic, $new[0]->partition, $new[0]->offset, $new[0]->error);
var_dump(admin_test_committed($admin, $group) === ["$topic:0" => 7]);
echo implode("\n", admin_test_kcat_group_consume($group, $topic)), "\n";

$admin->resetGroupOffsets($group, $topic, 'earliest');
var_dump(count(admin_test_kcat_group_consume($group, $topic)));

$admin->resetGroupOffsets($group, $topic, '4');   // numeric string, as from a command line
echo implode("\n", admin_test_kcat_group_consume($group, $topic, 1)), "\n";

admin_test_produce($topic, 2);
$admin->resetGroupOffsets($group, $topic, 'latest');
var_dump(admin_test_committed($admin, $group), admin_test_kcat_group_consume($group, $topic));
?>
--EXPECTF--
int(10)
int(1)
bool(true)
int(0)
int(7)
NULL
bool(true)
0 7 m7
0 8 m8
0 9 m9
int(10)
0 4 m4
array(1) {
  ["admin-reset-%s:0"]=>
  int(12)
}
array(0) {
}
