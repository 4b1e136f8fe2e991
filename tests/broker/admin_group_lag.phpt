--TEST--
Admin: groupLag reports per partition the committed offset (kcat group consumer), the end offset and the lag
--FILE--
<?php
require __DIR__ . '/../lib/admin_test.php';
$admin = admin_test_admin();
$topic = kafka_test_name('admin-lag');
$group = kafka_test_name('admin-lag-g');
$admin->createTopic($topic, 2, 1);
admin_test_produce($topic, 10, 2);              // 5 messages on each partition
var_dump($admin->groupLag($group));             // nothing committed yet
$consumed = admin_test_kcat_group_consume($group, $topic, 6);
var_dump(count($consumed));
$lag = $admin->groupLag($group);
var_dump(array_column($lag, 'topic') === [$topic, $topic], array_column($lag, 'partition'), array_column($lag, 'end'));
var_dump(array_sum(array_column($lag, 'committed')), array_sum(array_column($lag, 'lag')));
foreach ($lag as $row) {
    var_dump($row['lag'] === $row['end'] - $row['committed']);
}
// what kcat consumed is what is committed: per partition, the highest offset + 1
$next = [];
foreach ($consumed as $line) {
    [$p, $o] = explode(' ', $line);
    $next[(int) $p] = max($next[(int) $p] ?? 0, (int) $o + 1);
}
foreach ($lag as $row) {
    var_dump($row['committed'] === ($next[$row['partition']] ?? 0));
}
?>
--EXPECT--
array(0) {
}
int(6)
bool(true)
array(2) {
  [0]=>
  int(0)
  [1]=>
  int(1)
}
array(2) {
  [0]=>
  int(5)
  [1]=>
  int(5)
}
int(6)
int(4)
bool(true)
bool(true)
bool(true)
bool(true)
