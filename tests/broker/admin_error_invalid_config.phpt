--TEST--
Admin: an unknown or invalid topic config throws the broker's INVALID_CONFIG; a failed alter changes nothing
--FILE--
<?php
require __DIR__ . '/../lib/admin_test.php';
$admin = admin_test_admin();
$topic = kafka_test_name('admin-badconfig');
try {
    $admin->createTopic($topic, 1, 1, ['no.such.setting' => 1]);
} catch (Kafka\Exception $e) {
    var_dump($e->getCode(), $e->errorName());
}
var_dump(in_array($topic, $admin->topics(), true));
$admin->createTopic($topic, 1, 1, ['retention.ms' => 1000]);
try {
    $admin->alterTopicConfig($topic, ['retention.ms' => 'forever', 'segment.ms' => 3600000]);
} catch (Kafka\Exception $e) {
    var_dump($e->getCode(), $e->errorName(), str_contains($e->getMessage(), 'retention.ms'));
}
var_dump($admin->topicConfig($topic));
try {
    $admin->createTopic($topic . '-x', 1, 1, ['retention.ms' => [1]]);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECT--
int(40)
string(14) "INVALID_CONFIG"
bool(false)
int(40)
string(14) "INVALID_CONFIG"
bool(true)
array(1) {
  ["retention.ms"]=>
  string(4) "1000"
}
Kafka\Admin::createTopic(): Argument #4 ($config) value of "retention.ms" must be string, int, float or bool, array given
