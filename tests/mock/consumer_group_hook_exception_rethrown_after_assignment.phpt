--TEST--
ConsumerGroup: an exception thrown by onAssign is rethrown by the consume() that served the rebalance; the assignment is complete and no message is lost
--FILE--
<?php
require __DIR__ . '/../lib/consumer_test.php';
$cluster = new Kafka\MockCluster(1);
$cluster->createTopic('jobs', 2);
$brokers = $cluster->bootstrapServers();
kafka_test_produce($brokers, 'jobs', 2, 2);
$group = new Kafka\ConsumerGroup(kafka_test_group_config($brokers, 'g'));
$group->onAssign(function (array $partitions) {
    echo 'onAssign: ', implode(' ', array_map('strval', $partitions)), "\n";
    throw new LogicException('hook failed');
});
$group->subscribe('jobs');
$deadline = microtime(true) + 10;
$payloads = [];
while (microtime(true) < $deadline) {
    try {
        $message = $group->consume(500);
        if ($message) {
            $payloads[] = $message->payload;
        }
    } catch (LogicException $e) {
        echo 'consume() threw: ', $e->getMessage(), "\n";
        echo 'assignment: ', implode(' ', array_map('strval', $group->assignment())), "\n";
    }
    if (count($payloads) === 4) {
        break;
    }
}
sort($payloads);
echo implode(' ', $payloads), "\n";
$group->close();
?>
--EXPECT--
onAssign: jobs[0]@-1001 jobs[1]@-1001
consume() threw: hook failed
assignment: jobs[0]@-1000 jobs[1]@-1000
p0-0 p0-1 p1-0 p1-1
