--TEST--
Admin: createPartitions grows a topic; describeTopic and kcat see the new partitions; shrinking is refused by the broker
--FILE--
<?php
require __DIR__ . '/../lib/admin_test.php';
$admin = admin_test_admin();
$topic = kafka_test_name('admin-partitions');
$admin->createTopic($topic, 2, 1);
$admin->createPartitions($topic, 5);
var_dump(array_column($admin->describeTopic($topic)['partitions'], 'id'));
// a message sent to a new partition lands there
$producer = new Kafka\Producer(['bootstrap.servers' => kafka_test_brokers()]);
var_dump($producer->sendAndWait($topic, 'to-4', null, [], 4)->partition);
try {
    $admin->createPartitions($topic, 3);
} catch (Kafka\Exception $e) {
    echo $e->errorName(), "\n";
}
?>
--EXPECT--
array(5) {
  [0]=>
  int(0)
  [1]=>
  int(1)
  [2]=>
  int(2)
  [3]=>
  int(3)
  [4]=>
  int(4)
}
int(4)
INVALID_PARTITIONS
