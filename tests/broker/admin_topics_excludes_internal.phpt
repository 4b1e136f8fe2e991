--TEST--
Admin: topics() is sorted and leaves out __consumer_offsets unless $includeInternal
--FILE--
<?php
require __DIR__ . '/../lib/admin_test.php';
$admin = admin_test_admin();
$topic = kafka_test_name('admin-internal');
$admin->createTopic($topic, 1, 1);
// committing offsets for a group makes the broker create __consumer_offsets
$admin->resetGroupOffsets(kafka_test_name('admin-internal-group'), $topic, 'earliest');
$plain = $admin->topics();
$all = $admin->topics(true);
var_dump(in_array($topic, $plain, true), in_array('__consumer_offsets', $plain, true), in_array('__consumer_offsets', $all, true));
$sorted = $all;
sort($sorted, SORT_STRING);
var_dump($all === $sorted, array_values(array_diff($all, $plain)) === array_values(array_filter($all, fn ($t) => str_starts_with($t, '__'))));
?>
--EXPECT--
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
