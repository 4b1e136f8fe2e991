--TEST--
bin/kafka-admin: groups reset-offsets only prints the plan unless --execute (--dry-run is accepted and changes nothing either); --execute commits it
--FILE--
<?php
require __DIR__ . '/../lib/admin_test.php';
$admin = admin_test_admin();
$topic = kafka_test_name('admin-cli-g');
$group = kafka_test_name('admin-cli-grp');
$admin->createTopic($topic, 2, 1);
admin_test_produce($topic, 8, 2);
admin_test_kcat_group_consume($group, $topic);          // commits 4 and 4
// same-length placeholders keep the columns aligned as printed
$show = fn (string $out) => str_replace([$group, $topic], [str_pad('GROUP', strlen($group)), str_pad('TOPIC', strlen($topic))], $out);

[$rc, $out, $err] = admin_test_cli('groups', 'reset-offsets', $group, '--topic', $topic, '--to-earliest');
var_dump($rc, $err);
echo $show($out);
var_dump(array_values(admin_test_committed($admin, $group)));

[$rc, $out] = admin_test_cli('groups', 'reset-offsets', $group, '--topic', $topic, '--to', 'earliest', '--dry-run');
echo $rc, ' ', substr($out, strrpos(rtrim($out), "\n") + 1);
[$rc, $out] = admin_test_cli('groups', 'reset-offsets', $group, '--topic', $topic, '--to', '2', '--partition', '1', '--json');
var_dump(json_decode($out, true), array_values(admin_test_committed($admin, $group)));

[$rc, $out] = admin_test_cli('groups', 'reset-offsets', $group, '--topic', $topic, '--to-earliest', '--execute');
var_dump($rc);
echo $show($out);
var_dump(array_values(admin_test_committed($admin, $group)));
?>
--EXPECTF--
int(0)
string(0) ""
GROUP%w  TOPIC%w  PARTITION  CURRENT-OFFSET  NEW-OFFSET
GROUP%w  TOPIC%w  0          4               0
GROUP%w  TOPIC%w  1          4               0
Plan only: nothing was changed. Run again with --execute to commit these offsets.
array(2) {
  [0]=>
  int(4)
  [1]=>
  int(4)
}
0 Plan only: nothing was changed. Run again with --execute to commit these offsets.
array(2) {
  ["dryRun"]=>
  bool(true)
  ["offsets"]=>
  array(1) {
    [0]=>
    array(5) {
      ["group"]=>
      string(%d) "%s"
      ["topic"]=>
      string(%d) "%s"
      ["partition"]=>
      int(1)
      ["previous"]=>
      int(4)
      ["new"]=>
      int(2)
    }
  }
}
array(2) {
  [0]=>
  int(4)
  [1]=>
  int(4)
}
int(0)
GROUP%w  TOPIC%w  PARTITION  CURRENT-OFFSET  NEW-OFFSET
GROUP%w  TOPIC%w  0          4               0
GROUP%w  TOPIC%w  1          4               0
Committed the new offsets.
array(2) {
  [0]=>
  int(0)
  [1]=>
  int(0)
}
