--TEST--
Admin: topicConfig() lists only the topic's own settings; with $includeDefaults every effective value
--FILE--
<?php
require __DIR__ . '/../lib/admin_test.php';
$admin = admin_test_admin();
$topic = kafka_test_name('admin-defaults');
$admin->createTopic($topic, 1, 1, ['retention.ms' => 3600000]);
$own = $admin->topicConfig($topic);
$all = $admin->topicConfig($topic, true);
var_dump($own);
var_dump(count($all) > 20, $all['retention.ms'], $all['cleanup.policy'], isset($all['segment.bytes']));
$keys = array_keys($all);
$sorted = $keys;
sort($sorted, SORT_STRING);
var_dump($keys === $sorted);
?>
--EXPECT--
array(1) {
  ["retention.ms"]=>
  string(7) "3600000"
}
bool(true)
string(7) "3600000"
string(6) "delete"
bool(true)
bool(true)
