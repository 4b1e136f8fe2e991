--TEST--
Transactions: sendOffsetsToTransaction() with offsets that cannot be consumed positions (negative, Offset::END), of a partition not assigned to the group, not TopicPartition objects, or with a closed group throws a clear exception; the transaction stays open and commits
--FILE--
<?php
require __DIR__ . '/../lib/consumer_test.php';
$cluster = new Kafka\MockCluster(1);
$cluster->createTopic('in', 1);
$cluster->createTopic('t', 1);
$brokers = $cluster->bootstrapServers();
(new Kafka\Producer(['bootstrap.servers' => $brokers]))->sendAndWait('in', 'input');
$producer = new Kafka\Producer(['bootstrap.servers' => $brokers, 'transactional.id' => 'bad-offsets']);
$producer->initTransactions();
$group = new Kafka\ConsumerGroup(kafka_test_group_config($brokers, 'g', ['enable.auto.commit' => false]));
$group->subscribe('in');
echo 'consumed: ', implode(' ', kafka_test_consume_payloads($group, 1)), "\n";
$producer->beginTransaction();
$cases = [
    'negative' => [new Kafka\TopicPartition('in', 0, -5)],
    'Offset::END' => [new Kafka\TopicPartition('in', 0, Kafka\Offset::END)],
    'not assigned' => [new Kafka\TopicPartition('t', 0, 1)],
    'not a TopicPartition' => ['in:0:1'],
];
foreach ($cases as $label => $offsets) {
    try {
        $producer->sendOffsetsToTransaction($group, $offsets);
        echo "$label: accepted\n";
    } catch (Throwable $e) {
        echo "$label: ", get_class($e), ': ', $e->getMessage(), "\n";
    }
}
$closed = new Kafka\ConsumerGroup(kafka_test_group_config($brokers, 'other', ['enable.auto.commit' => false]));
$closed->close();
try {
    $producer->sendOffsetsToTransaction($closed);
} catch (Kafka\Exception $e) {
    echo 'closed group: ', get_class($e), ': ', $e->getMessage(), "\n";
}
$producer->sendOffsetsToTransaction($group, [new Kafka\TopicPartition('in', 0, 1)]);
$producer->send('t', 'x');
$producer->commitTransaction();
echo "committed\n";
$group->close();
?>
--EXPECTF--
consumed: input
negative: ValueError: Kafka\Producer::sendOffsetsToTransaction(): Argument #2 ($offsets) must hold the next offset to consume of each partition (>= 0), in [0] has -5
Offset::END: ValueError: Kafka\Producer::sendOffsetsToTransaction(): Argument #2 ($offsets) must hold the next offset to consume of each partition (>= 0), in [0] has -1
not assigned: Kafka\Exception: Cannot commit an offset of t [0]: that partition is not assigned to this Kafka\ConsumerGroup (a message of another consumer, or a partition revoked by a rebalance)
not a TopicPartition: TypeError: %s
closed group: Kafka\Exception: This Kafka\ConsumerGroup is closed
committed
