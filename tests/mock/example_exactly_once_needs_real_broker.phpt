--TEST--
Example examples/exactly-once.php without a cluster: says it needs a real Kafka cluster (the embedded one cannot show exactly-once) and how to run it, and exits 2 without starting anything
--FILE--
<?php
require __DIR__ . '/../lib/kafka_test.php';
putenv('KAFKA_BROKERS');   // not set: the example must not find a cluster
[$status, $output] = kafka_test_run_script('examples/exactly-once.php');
var_dump($status);
echo $output, "\n";
?>
--EXPECT--
int(2)
examples/exactly-once.php needs a real Kafka cluster: the embedded cluster (librdkafka's mock) accepts transactions but neither hides aborted messages nor stores offsets committed in a transaction.
Run: php examples/exactly-once.php HOST:PORT   (or KAFKA_BROKERS=HOST:PORT php examples/exactly-once.php)
