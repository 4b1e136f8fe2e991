--TEST--
bin/kafka-admin: groups list/describe with lag per partition; reset-offsets --dry-run shows the change and changes nothing; the real reset changes it
--FILE--
<?php
require __DIR__ . '/../lib/admin_test.php';
$admin = admin_test_admin();
$topic = kafka_test_name('admin-cli-g');
$group = kafka_test_name('admin-cli-grp');
$admin->createTopic($topic, 2, 1);
admin_test_produce($topic, 8, 2);
admin_test_kcat_group_consume($group, $topic);          // commits 4 and 4
admin_test_produce($topic, 2, 2);                        // lag 1 and 1

[$rc, $out] = admin_test_cli('groups', 'list');
var_dump($rc, (bool) preg_match('/^' . preg_quote($group, '/') . ' +Empty$/m', $out));

[$rc, $out] = admin_test_cli('groups', 'describe', $group);
// same-length placeholders keep the columns aligned as printed
echo str_replace([$group, $topic], ['GROUP', str_pad('TOPIC', strlen($topic))], $out);
[$rc, $out] = admin_test_cli('groups', 'describe', $group, '--json');
$json = json_decode($out, true);
var_dump($json['state'], array_column($json['partitions'], 'lag'));

[$rc, $out] = admin_test_cli('groups', 'reset-offsets', $group, '--topic', $topic, '--to', 'earliest', '--dry-run');
var_dump($rc);
echo str_replace($topic, str_pad('TOPIC', strlen($topic)), $out);
var_dump(array_values(admin_test_committed($admin, $group)));

[$rc, $out] = admin_test_cli('groups', 'reset-offsets', $group, '--topic', $topic, '--to', '2', '--partition', '1', '--dry-run', '--json');
var_dump(json_decode($out, true)['offsets'][0], array_values(admin_test_committed($admin, $group)));

[$rc, $out] = admin_test_cli('groups', 'reset-offsets', $group, '--topic', $topic, '--to', 'earliest');
var_dump($rc, array_values(admin_test_committed($admin, $group)));
?>
--EXPECTF--
int(0)
bool(true)
Group: GROUP  State: Empty  Protocol: -  Members: 0  Coordinator: 1 (127.0.0.1:%d)
TOPIC%w  PARTITION  CURRENT-OFFSET  LOG-END-OFFSET  LAG  CONSUMER-ID  HOST  CLIENT-ID
TOPIC%w  0          4               5               1    -            -     -
TOPIC%w  1          4               5               1    -            -     -
string(5) "Empty"
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(1)
}
int(0)
TOPIC%w  PARTITION  CURRENT-OFFSET  NEW-OFFSET
TOPIC%w  0          4               0
TOPIC%w  1          4               0
Dry run: nothing was changed.
array(2) {
  [0]=>
  int(4)
  [1]=>
  int(4)
}
array(4) {
  ["topic"]=>
  string(%d) "%s"
  ["partition"]=>
  int(1)
  ["previous"]=>
  int(4)
  ["new"]=>
  int(2)
}
array(2) {
  [0]=>
  int(4)
  [1]=>
  int(4)
}
int(0)
array(2) {
  [0]=>
  int(0)
  [1]=>
  int(0)
}
