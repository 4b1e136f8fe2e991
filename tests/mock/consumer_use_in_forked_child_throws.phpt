--TEST--
ConsumerGroup: used in a child after fork() it throws at once; the child exits without hanging; the parent's still works
--EXTENSIONS--
pcntl
--FILE--
<?php
require __DIR__ . '/../lib/consumer_test.php';
$cluster = new Kafka\MockCluster(1);
$cluster->createTopic('jobs', 1);
$brokers = $cluster->bootstrapServers();
kafka_test_produce($brokers, 'jobs', 1, 1);
$group = new Kafka\ConsumerGroup(['bootstrap.servers' => $brokers, 'group.id' => 'g', 'auto.offset.reset' => 'earliest']);
$group->subscribe('jobs');
$group->consume(100); // librdkafka's threads are running now
$pid = pcntl_fork();
if ($pid === 0) {
    $start = microtime(true);
    try {
        $group->consume(5000);
        echo "child: no exception\n";
    } catch (Kafka\Exception $e) {
        printf("child: %s (%s)\n", $e->getMessage(), microtime(true) - $start < 0.5 ? 'at once' : 'slow');
    }
    exit(7); // the destructors of $group and $cluster must not wait for the parent's threads
}
$start = microtime(true);
while (pcntl_waitpid($pid, $status, WNOHANG) === 0 && microtime(true) - $start < 10) {
    usleep(20000);
}
var_dump(pcntl_wifexited($status) ? pcntl_wexitstatus($status) : 'child hung');
var_dump(kafka_test_consume_payloads($group, 1));
$group->close();
?>
--EXPECT--
child: This Kafka\ConsumerGroup was created before fork() and cannot be used in the child process; create a new one in the child (at once)
int(7)
array(1) {
  [0]=>
  string(4) "p0-0"
}
