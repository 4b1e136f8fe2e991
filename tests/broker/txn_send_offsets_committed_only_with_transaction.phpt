--TEST--
Transactions (real broker): sendOffsetsToTransaction($group) puts the position of what the group handed out into the transaction: an aborted transaction commits no offset, a committed one commits them, and the group's next member starts there
--FILE--
<?php
require __DIR__ . '/../lib/txn_test.php';
$brokers = kafka_test_brokers();
$input = kafka_test_name('txn-offsets-in');
$output = kafka_test_name('txn-offsets-out');
$groupId = kafka_test_name('group');
kafka_test_create_topic($input, 1);
kafka_test_create_topic($output, 1);
kafka_test_produce($brokers, $input, 1, 6);            // p0-0 .. p0-5
$producer = txn_test_producer($brokers, kafka_test_name('txn'));
$config = kafka_test_group_config($brokers, $groupId, ['enable.auto.commit' => false]);
$group = new Kafka\ConsumerGroup($config);
$group->subscribe($input);
$tp = [new Kafka\TopicPartition($input, 0)];

function process(Kafka\Producer $producer, Kafka\ConsumerGroup $group, string $output): array
{
    $batch = kafka_test_consume_payloads($group, 3);
    foreach ($batch as $payload) {
        $producer->send($output, "out-$payload");
    }
    $producer->sendOffsetsToTransaction($group);
    return $batch;
}

$producer->beginTransaction();
echo 'aborted batch: ', implode(' ', process($producer, $group, $output)), "\n";
$producer->abortTransaction();
echo 'committed after abort: ', $group->committed($tp)[0]->offset, "\n";

$group->seek(new Kafka\TopicPartition($input, 0, 0));   // rewind to the committed offset: none, so the beginning
$producer->beginTransaction();
echo 'committed batch: ', implode(' ', process($producer, $group, $output)), "\n";
$producer->commitTransaction();
echo 'committed after commit: ', $group->committed($tp)[0]->offset, "\n";
$group->close();

$next = new Kafka\ConsumerGroup($config);
$next->subscribe($input);
echo 'next member starts at: ', implode(' ', kafka_test_consume_payloads($next, 3)), "\n";
$next->close();
echo 'output: ', implode(' ', txn_test_read($brokers, $output, 1, 'read_committed')), "\n";
?>
--EXPECT--
aborted batch: p0-0 p0-1 p0-2
committed after abort: -1001
committed batch: p0-0 p0-1 p0-2
committed after commit: 3
next member starts at: p0-3 p0-4 p0-5
output: out-p0-0 out-p0-1 out-p0-2
