--TEST--
bin/kafka-admin: groups list shows a group with its state; groups describe shows per partition the committed offset, log-end offset and lag, as a table and as --json
--FILE--
<?php
require __DIR__ . '/../lib/admin_test.php';
$admin = admin_test_admin();
$topic = kafka_test_name('admin-cli-d');
$group = kafka_test_name('admin-cli-dg');
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
