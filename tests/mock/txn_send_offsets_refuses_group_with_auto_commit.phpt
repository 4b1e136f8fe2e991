--TEST--
Transactions: sendOffsetsToTransaction() refuses a ConsumerGroup with enable.auto.commit on (its own commits would commit offsets outside the transaction) with a ConfigException naming the setting; the transaction stays open
--FILE--
<?php
$cluster = new Kafka\MockCluster(1);
$cluster->createTopic('t', 1);
$producer = new Kafka\Producer(['bootstrap.servers' => $cluster->bootstrapServers(), 'transactional.id' => 'auto-commit']);
$producer->initTransactions();
$producer->beginTransaction();
foreach (['default (auto commit on)' => [], 'enable.auto.commit => true' => ['enable.auto.commit' => true]] as $label => $extra) {
    $group = new Kafka\ConsumerGroup($extra + ['bootstrap.servers' => $cluster->bootstrapServers(), 'group.id' => 'g']);
    try {
        $producer->sendOffsetsToTransaction($group);
        echo "$label: accepted\n";
    } catch (Kafka\ConfigException $e) {
        echo "$label: ", get_class($e), ': ', $e->getMessage(), "\n";
    }
    $group->close();
}
$producer->send('t', 'x');
$producer->commitTransaction();
echo "committed\n";
?>
--EXPECT--
default (auto commit on): Kafka\ConfigException: Kafka\Producer::sendOffsetsToTransaction() needs a Kafka\ConsumerGroup created with 'enable.auto.commit' => false: with auto commit the group also commits offsets by itself, outside the transaction
enable.auto.commit => true: Kafka\ConfigException: Kafka\Producer::sendOffsetsToTransaction() needs a Kafka\ConsumerGroup created with 'enable.auto.commit' => false: with auto commit the group also commits offsets by itself, outside the transaction
committed
