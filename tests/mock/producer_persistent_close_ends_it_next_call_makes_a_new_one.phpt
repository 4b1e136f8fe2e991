--TEST--
Producer::persistent(): close() flushes and ends it for good (the object is closed, the name free for another configuration); the next persistent() makes a new producer
--FILE--
<?php
$cluster = new Kafka\MockCluster();
$cluster->createTopic('close', 1);
$config = ['bootstrap.servers' => $cluster->bootstrapServers()];
$first = Kafka\Producer::persistent('orders', $config);
$first->send('close', 'sent before close()');
$first->close();
try {
    $first->send('close', 'after close');
} catch (Kafka\Exception $e) {
    echo $e->getMessage(), "\n";
}
$second = Kafka\Producer::persistent('orders', $config + ['linger.ms' => 1]);
var_dump($second !== $first);
echo "offset: ", $second->sendAndWait('close', 'sent by the new one')->offset, "\n";
print_r(array_map(fn ($l) => substr($l, 2), kafka_read($cluster)));
function kafka_read(Kafka\MockCluster $cluster): array
{
    require_once __DIR__ . '/../lib/kafka_test.php';
    return kafka_test_kcat_read($cluster->bootstrapServers(), 'close', '%p %s\n');
}
?>
--EXPECT--
This Kafka\Producer is closed
bool(true)
offset: 1
Array
(
    [0] => sent before close()
    [1] => sent by the new one
)
