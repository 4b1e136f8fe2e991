--TEST--
ConsumerGroup/Consumer: subscribe([123]) is a TypeError; committing a Message whose offset is PHP_INT_MAX or negative is a ValueError, not an overflow
--FILE--
<?php
$cluster = new Kafka\MockCluster(1);
$group = new Kafka\ConsumerGroup(['bootstrap.servers' => $cluster->bootstrapServers(), 'group.id' => 'g']);
try {
    $group->subscribe([123]);
} catch (TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
foreach ([PHP_INT_MAX, -1001] as $offset) {
    try {
        $group->commit(new Kafka\Message('t', 'x', offset: $offset, partition: 0));
    } catch (ValueError $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
TypeError: Kafka\ConsumerGroup::subscribe(): Argument #1 ($topics) must be a list of topic names (strings), int found in it
ValueError: Kafka\ConsumerGroup::commit(): Argument #1 ($offsets) must be a consumed message: its offset 9223372036854775807 is not the offset of a stored message
ValueError: Kafka\ConsumerGroup::commit(): Argument #1 ($offsets) must be a consumed message: its offset -1001 is not the offset of a stored message
