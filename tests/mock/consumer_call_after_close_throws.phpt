--TEST--
Consumer, ConsumerGroup: every call after close() throws a Kafka\Exception saying it is closed
--FILE--
<?php
$cluster = new Kafka\MockCluster(1);
$brokers = $cluster->bootstrapServers();
$group = new Kafka\ConsumerGroup(['bootstrap.servers' => $brokers, 'group.id' => 'g']);
$group->subscribe('t');
$group->close();
$consumer = new Kafka\Consumer(['bootstrap.servers' => $brokers]);
$consumer->close();
$calls = [
    [$group, 'consume', [10]], [$group, 'commit', []], [$group, 'subscribe', ['t']], [$group, 'assignment', []],
    [$group, 'close', []], [$consumer, 'consume', [10]], [$consumer, 'assign', [[]]], [$consumer, 'close', []],
];
foreach ($calls as [$object, $method, $args]) {
    try {
        $object->$method(...$args);
        echo "$method: no exception\n";
    } catch (Kafka\Exception $e) {
        echo get_class($object), "::$method: ", $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
Kafka\ConsumerGroup::consume: This Kafka\ConsumerGroup is closed
Kafka\ConsumerGroup::commit: This Kafka\ConsumerGroup is closed
Kafka\ConsumerGroup::subscribe: This Kafka\ConsumerGroup is closed
Kafka\ConsumerGroup::assignment: This Kafka\ConsumerGroup is closed
Kafka\ConsumerGroup::close: This Kafka\ConsumerGroup is closed
Kafka\Consumer::consume: This Kafka\Consumer is closed
Kafka\Consumer::assign: This Kafka\Consumer is closed
Kafka\Consumer::close: This Kafka\Consumer is closed
