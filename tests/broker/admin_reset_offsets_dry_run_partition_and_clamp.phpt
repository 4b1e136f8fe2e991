--TEST--
Admin: resetGroupOffsets dry run commits nothing; $partition limits the reset; offsets beyond the log are clamped; bad targets are ValueErrors
--FILE--
<?php
require __DIR__ . '/../lib/admin_test.php';
$admin = admin_test_admin();
$topic = kafka_test_name('admin-dry');
$group = kafka_test_name('admin-dry-g');
$admin->createTopic($topic, 2, 1);
admin_test_produce($topic, 6, 2);                 // 3 messages per partition
$admin->resetGroupOffsets($group, $topic, 'latest');
$before = admin_test_committed($admin, $group);
var_dump(array_values($before));

$dry = $admin->resetGroupOffsets($group, $topic, 'earliest', null, true);
var_dump(array_map(fn ($tp) => [$tp->partition, $tp->offset], $dry));
var_dump(admin_test_committed($admin, $group) === $before);

$one = $admin->resetGroupOffsets($group, $topic, 1, 1);
var_dump(count($one), $one[0]->partition, $one[0]->offset, array_values(admin_test_committed($admin, $group)));

$clamped = $admin->resetGroupOffsets($group, $topic, 1000);
var_dump(array_map(fn ($tp) => $tp->offset, $clamped));

try {
    $admin->resetGroupOffsets($group, $topic, 0, 7);
} catch (Kafka\Exception $e) {
    var_dump($e->errorName());
}
foreach (['first', -1, '1.5'] as $to) {
    try {
        $admin->resetGroupOffsets($group, $topic, $to);
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
array(2) {
  [0]=>
  int(3)
  [1]=>
  int(3)
}
array(2) {
  [0]=>
  array(2) {
    [0]=>
    int(0)
    [1]=>
    int(0)
  }
  [1]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(0)
  }
}
bool(true)
int(1)
int(1)
int(1)
array(2) {
  [0]=>
  int(3)
  [1]=>
  int(1)
}
array(2) {
  [0]=>
  int(3)
  [1]=>
  int(3)
}
string(18) "_UNKNOWN_PARTITION"
Kafka\Admin::resetGroupOffsets(): Argument #3 ($to) must be 'earliest', 'latest', an offset or a DateTimeInterface, "first" given
Kafka\Admin::resetGroupOffsets(): Argument #3 ($to) must be 'earliest', 'latest', an offset >= 0 or a DateTimeInterface
Kafka\Admin::resetGroupOffsets(): Argument #3 ($to) must be 'earliest', 'latest', an offset or a DateTimeInterface, "1.5" given
