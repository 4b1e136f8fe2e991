--TEST--
Consumer, ConsumerGroup: consumeBatch() returns up to $max messages in order, waiting at most $timeoutMs; [] when nothing comes
--FILE--
<?php
require __DIR__ . '/../lib/consumer_test.php';
$brokers = kafka_test_brokers();
$topic = kafka_test_name('batch');
kafka_test_create_topic($topic, 1);
kafka_test_produce($brokers, $topic, 1, 10);
$payloads = fn (array $messages) => implode(' ', array_map(fn (Kafka\Message $m) => $m->payload, $messages));

$consumer = new Kafka\Consumer(['bootstrap.servers' => $brokers]);
$consumer->assign([new Kafka\TopicPartition($topic, 0, Kafka\Offset::BEGINNING)]);
$start = microtime(true);
echo $payloads($consumer->consumeBatch(4, 10000)), "\n";
var_dump(microtime(true) - $start < 5);
$start = microtime(true);
echo $payloads($consumer->consumeBatch(100, 1000)), "\n"; // the 6 left, after waiting for more
$elapsed = microtime(true) - $start;
var_dump($elapsed >= 0.9 && $elapsed < 3);
var_dump($consumer->consumeBatch(10, 200));
$consumer->close();

// A group under auto commit: a batch counts as finished when the next call comes.
$groupId = kafka_test_name('group');
$group = new Kafka\ConsumerGroup(kafka_test_group_config($brokers, $groupId));
$group->subscribe($topic);
$batch = [];
while (!$batch) {
    $batch = $group->consumeBatch(3, 10000);
}
echo $payloads($batch), "\n";
$group->consumeBatch(3, 10000); // the first 3 are done; these 3 are not until the next call
$group->close(); // ... or close()
$group = new Kafka\ConsumerGroup(kafka_test_group_config($brokers, $groupId));
$group->subscribe($topic);
echo implode(' ', kafka_test_consume_payloads($group, 4)), "\n";
$group->close();
try {
    $group->consumeBatch(0, 100);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECT--
p0-0 p0-1 p0-2 p0-3
bool(true)
p0-4 p0-5 p0-6 p0-7 p0-8 p0-9
bool(true)
array(0) {
}
p0-0 p0-1 p0-2
p0-6 p0-7 p0-8 p0-9
Kafka\ConsumerGroup::consumeBatch(): Argument #1 ($max) must be between 1 and 2147483647
