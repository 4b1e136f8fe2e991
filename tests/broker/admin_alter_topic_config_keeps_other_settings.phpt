--TEST--
Admin: alterTopicConfig changes the given settings and keeps the topic's others (AlterConfigs sends the full set); null removes one
--FILE--
<?php
require __DIR__ . '/../lib/admin_test.php';
$admin = admin_test_admin();
$topic = kafka_test_name('admin-alter');
$admin->createTopic($topic, 1, 1, ['cleanup.policy' => 'compact', 'retention.ms' => -1, 'max.message.bytes' => 200000]);
$admin->alterTopicConfig($topic, ['retention.ms' => 604800000, 'segment.ms' => 3600000]);
var_dump(admin_test_eventually(fn () => $admin->topicConfig($topic), fn ($c) => isset($c['segment.ms'])));
$admin->alterTopicConfig($topic, ['max.message.bytes' => null]);
var_dump(admin_test_eventually(fn () => $admin->topicConfig($topic), fn ($c) => !isset($c['max.message.bytes'])));
// the removed setting is back to the broker's default
var_dump($admin->topicConfig($topic, true)['max.message.bytes'] !== '200000');
?>
--EXPECT--
array(4) {
  ["cleanup.policy"]=>
  string(7) "compact"
  ["max.message.bytes"]=>
  string(6) "200000"
  ["retention.ms"]=>
  string(9) "604800000"
  ["segment.ms"]=>
  string(7) "3600000"
}
array(3) {
  ["cleanup.policy"]=>
  string(7) "compact"
  ["retention.ms"]=>
  string(9) "604800000"
  ["segment.ms"]=>
  string(7) "3600000"
}
bool(true)
