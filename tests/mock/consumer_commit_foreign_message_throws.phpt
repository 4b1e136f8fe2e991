--TEST--
ConsumerGroup, Consumer: committing a message of a partition not assigned to this consumer throws; Consumer without group.id cannot commit
--FILE--
<?php
require __DIR__ . '/../lib/consumer_test.php';
$cluster = new Kafka\MockCluster(1);
$cluster->createTopic('mine', 1);
$cluster->createTopic('theirs', 1);
$brokers = $cluster->bootstrapServers();
kafka_test_produce($brokers, 'mine', 1, 1);
$group = new Kafka\ConsumerGroup(kafka_test_group_config($brokers, 'g'));
$group->subscribe('mine');
$message = $group->consume(10000);
var_dump($message->payload);
$foreign = new Kafka\Message('theirs', 'x', null, [], 0, 5);
foreach ([$foreign, [new Kafka\TopicPartition('theirs', 0, 6)]] as $offsets) {
    try {
        $group->commit($offsets);
        echo "no exception\n";
    } catch (Kafka\Exception $e) {
        echo $e->getMessage(), "\n";
    }
}
$group->commit($message);
var_dump($group->committed([new Kafka\TopicPartition('mine', 0)])[0]->offset);
$group->close();

$consumer = new Kafka\Consumer(['bootstrap.servers' => $brokers]);
$consumer->assign([new Kafka\TopicPartition('mine', 0, Kafka\Offset::BEGINNING)]);
try {
    $consumer->commit($consumer->consume(10000));
} catch (Kafka\Exception $e) {
    echo $e->getMessage(), "\n";
}
$consumer = new Kafka\Consumer(['bootstrap.servers' => $brokers, 'group.id' => 'tail']);
$consumer->assign([new Kafka\TopicPartition('mine', 0, Kafka\Offset::BEGINNING)]);
try {
    $consumer->commit($foreign);
} catch (Kafka\Exception $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECT--
string(4) "p0-0"
Cannot commit an offset of theirs [0]: that partition is not assigned to this Kafka\ConsumerGroup (a message of another consumer, or a partition revoked by a rebalance)
Cannot commit an offset of theirs [0]: that partition is not assigned to this Kafka\ConsumerGroup (a message of another consumer, or a partition revoked by a rebalance)
int(1)
This Kafka\Consumer has no group.id, so it has no committed offsets: configure a group.id to use commit()
Cannot commit an offset of theirs [0]: that partition is not assigned to this Kafka\Consumer (a message of another consumer, or a partition revoked by a rebalance)
