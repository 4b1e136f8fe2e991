--TEST--
ConsumerGroup: destroyed without close() after its broker went down, it gives up after php.close.timeout.ms with a warning instead of hanging
--FILE--
<?php
require __DIR__ . '/../lib/consumer_test.php';
$cluster = new Kafka\MockCluster(1);
$cluster->createTopic('jobs', 1);
kafka_test_produce($cluster->bootstrapServers(), 'jobs', 1, 1);
$group = new Kafka\ConsumerGroup(kafka_test_group_config($cluster->bootstrapServers(), 'g', ['php.close.timeout.ms' => 1000]));
$group->subscribe('jobs');
var_dump(kafka_test_consume_payloads($group, 1)); // a member of the group now
$group->consume(100); // back for more: the message is done, so leaving must commit it
$cluster->setBrokerDown(1);
$start = microtime(true);
unset($group); // librdkafka alone would wait for session.timeout.ms (6 s here) or longer
$elapsed = microtime(true) - $start;
var_dump($elapsed < 3 ? 'bounded' : "took $elapsed s");
try {
    new Kafka\ConsumerGroup(['group.id' => 'g', 'php.close.timeout.ms' => -1]);
} catch (Kafka\ConfigException $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECTF--
array(1) {
  [0]=>
  string(4) "p0-0"
}

Warning: main(): Kafka\ConsumerGroup could not leave its group within 1000 ms (php.close.timeout.ms): offsets stored since the last commit may not be committed; the connection is released in the background in %s on line %d
string(7) "bounded"
Invalid value for configuration property "php.close.timeout.ms": must be 0 or more milliseconds (larger than 2147483647 is treated as 2147483647)
