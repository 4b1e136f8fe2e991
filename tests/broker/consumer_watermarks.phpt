--TEST--
Consumer: watermarks() returns [low, high] of a partition from the broker
--FILE--
<?php
require __DIR__ . '/../lib/consumer_test.php';
$brokers = kafka_test_brokers();
$topic = kafka_test_name('marks');
kafka_test_create_topic($topic, 2);
kafka_test_produce($brokers, $topic, 1, 7);
$consumer = new Kafka\Consumer(['bootstrap.servers' => $brokers]);
var_dump($consumer->watermarks($topic, 0, 5000), $consumer->watermarks($topic, 1));
try {
    $consumer->watermarks($topic, 7, 2000);
} catch (Kafka\Exception $e) {
    echo get_class($e), ': ', $e->errorName(), "\n";
}
$consumer->close();
?>
--EXPECTF--
array(2) {
  [0]=>
  int(0)
  [1]=>
  int(7)
}
array(2) {
  [0]=>
  int(0)
  [1]=>
  int(0)
}
Kafka\Exception: %s
