--TEST--
Admin: brokers() lists the cluster's brokers (id, host, port); watermarks() gives a partition's earliest and end offsets, and throws for a partition that does not exist
--FILE--
<?php
require __DIR__ . '/../lib/admin_test.php';
$admin = admin_test_admin();
[$host, $port] = explode(':', kafka_test_brokers());
var_dump($admin->brokers() === [['id' => 1, 'host' => $host, 'port' => (int) $port]]);
$topic = kafka_test_name('admin-wm');
$admin->createTopic($topic, 2, 1);
admin_test_produce($topic, 5, 2);                        // 3 on partition 0, 2 on partition 1
var_dump($admin->watermarks($topic, 0), $admin->watermarks($topic, 1));
try {
    $admin->watermarks($topic, 5, 3000);
} catch (Kafka\Exception $e) {
    echo $e->errorName(), ': ', str_replace($topic, 'T', $e->getMessage()), "\n";
}
?>
--EXPECT--
bool(true)
array(2) {
  [0]=>
  int(0)
  [1]=>
  int(3)
}
array(2) {
  [0]=>
  int(0)
  [1]=>
  int(2)
}
_UNKNOWN_PARTITION: Could not read the offsets of T [5]: Local: Unknown partition
