--TEST--
consume() on a ConsumerGroup that subscribed to nothing, or a Consumer assigned nothing, throws instead of returning null forever
--FILE--
<?php
$cluster = new Kafka\MockCluster(1);
$brokers = $cluster->bootstrapServers();
$group = new Kafka\ConsumerGroup(['bootstrap.servers' => $brokers, 'group.id' => 'g']);
$consumer = new Kafka\Consumer(['bootstrap.servers' => $brokers]);
foreach ([$group, $consumer] as $client) {
    try {
        $client->consume(300);
    } catch (Kafka\Exception $e) {
        echo $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
Kafka\ConsumerGroup::consume() has nothing to consume: call subscribe() first
Kafka\Consumer::consume() has nothing to consume: call assign() first
