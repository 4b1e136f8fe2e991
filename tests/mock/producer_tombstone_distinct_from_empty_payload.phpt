--TEST--
Producer: a null payload is a tombstone, distinct from an empty payload, and keeps its key and timestamp (checked with kcat)
--FILE--
<?php
require __DIR__ . '/../lib/kafka_test.php';
$cluster = new Kafka\MockCluster();
$bootstrap = $cluster->bootstrapServers();
$producer = new Kafka\Producer(['bootstrap.servers' => $bootstrap]);
$producer->send('cdc', null, key: 'user-1', partition: 0, timestampMs: 1700000000001);
$producer->send('cdc', '', key: 'user-2', partition: 0, timestampMs: 1700000000002);
$producer->send('cdc', 'x', key: 'user-3', partition: 0, timestampMs: 1700000000003);
$producer->flush();
// %S is the payload length: -1 for null
print_r(kafka_test_kcat_read($bootstrap, 'cdc', '%k %S %T\n'));
?>
--EXPECT--
Array
(
    [0] => user-1 -1 1700000000001
    [1] => user-2 0 1700000000002
    [2] => user-3 1 1700000000003
)
