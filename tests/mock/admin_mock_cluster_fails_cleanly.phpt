--TEST--
Admin against a MockCluster (no admin requests there): clear exceptions within the timeout, no hang, metadata and watermarks still work
--FILE--
<?php
$cluster = new Kafka\MockCluster(1);
$cluster->createTopic('orders', 3);
$admin = new Kafka\Admin(['bootstrap.servers' => $cluster->bootstrapServers(), 'php.operation.timeout.ms' => 1500]);
var_dump($admin->topics(), count($admin->describeTopic('orders')['partitions']));
var_dump(array_column($admin->brokers(), 'id'), array_column($admin->describeTopics(), 'name'), $admin->watermarks('orders', 0));
$calls = [
    'createTopic' => fn () => $admin->createTopic('new-topic'),
    'topicConfig' => fn () => $admin->topicConfig('orders'),
    'groups' => fn () => $admin->groups(),
    // librdkafka 2.0.2 would lock up on DescribeConsumerGroups here: the Admin checks first
    'describeGroup' => fn () => $admin->describeGroup('g'),
    'deleteTopic' => fn () => $admin->deleteTopic('orders', 500),
    'topicConfigDetails' => fn () => $admin->topicConfigDetails('orders'),
    'deleteGroup' => fn () => $admin->deleteGroup('g'),
    'deleteGroupOffsets' => fn () => $admin->deleteGroupOffsets('g', 'orders', [0]),
];
foreach ($calls as $name => $call) {
    $start = microtime(true);
    try {
        $call();
        echo "$name: no exception\n";
    } catch (Kafka\Exception $e) {
        printf("%s: %s %s%s\n", $name, get_class($e), $e->errorName(), microtime(true) - $start < 3 ? '' : ' (too slow)');
    }
}
// the handle still works after all that, and goes away without hanging
var_dump($admin->topics());
$start = microtime(true);
unset($admin);
var_dump(microtime(true) - $start < 2);
?>
--EXPECT--
array(1) {
  [0]=>
  string(6) "orders"
}
int(3)
array(1) {
  [0]=>
  int(1)
}
array(1) {
  [0]=>
  string(6) "orders"
}
array(2) {
  [0]=>
  int(0)
  [1]=>
  int(0)
}
createTopic: Kafka\TimeoutException _TIMED_OUT
topicConfig: Kafka\TimeoutException _TIMED_OUT
groups: Kafka\Exception _UNSUPPORTED_FEATURE
describeGroup: Kafka\Exception _UNSUPPORTED_FEATURE
deleteTopic: Kafka\TimeoutException _TIMED_OUT
topicConfigDetails: Kafka\TimeoutException _TIMED_OUT
deleteGroup: Kafka\Exception _UNSUPPORTED_FEATURE
deleteGroupOffsets: Kafka\Exception _UNSUPPORTED_FEATURE
array(1) {
  [0]=>
  string(6) "orders"
}
bool(true)
