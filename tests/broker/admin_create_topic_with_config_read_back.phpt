--TEST--
Admin: createTopic with configs; topicConfig shows exactly them, describeTopic shows partitions, leader, replicas, isr; topics() lists it
--FILE--
<?php
require __DIR__ . '/../lib/admin_test.php';
$admin = admin_test_admin();
$topic = kafka_test_name('admin-create');
$admin->createTopic($topic, 3, 1, ['retention.ms' => -1, 'cleanup.policy' => 'compact', 'min.insync.replicas' => 2, 'min.cleanable.dirty.ratio' => 0.25, 'preallocate' => false]);
var_dump($admin->topicConfig($topic));
$info = $admin->describeTopic($topic);
var_dump($info['name'] === $topic, count($info['partitions']));
foreach ($info['partitions'] as $p) {
    echo json_encode($p), "\n";
}
var_dump(in_array($topic, $admin->topics(), true));
// An independent client sees the same topic
exec('kcat -b ' . escapeshellarg(kafka_test_brokers()) . ' -L -t ' . escapeshellarg($topic) . ' 2>&1', $lines);
var_dump((bool) preg_match('/with 3 partitions/', implode("\n", $lines)));
?>
--EXPECT--
array(5) {
  ["cleanup.policy"]=>
  string(7) "compact"
  ["min.cleanable.dirty.ratio"]=>
  string(4) "0.25"
  ["min.insync.replicas"]=>
  string(1) "2"
  ["preallocate"]=>
  string(5) "false"
  ["retention.ms"]=>
  string(2) "-1"
}
bool(true)
int(3)
{"id":0,"leader":1,"replicas":[1],"isr":[1],"error":null}
{"id":1,"leader":1,"replicas":[1],"isr":[1],"error":null}
{"id":2,"leader":1,"replicas":[1],"isr":[1],"error":null}
bool(true)
bool(true)
