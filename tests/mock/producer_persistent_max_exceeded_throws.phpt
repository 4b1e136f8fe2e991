--TEST--
Producer::persistent(): past kafka.persistent_max producers in the process a new name throws a clear Kafka\Exception; existing names still work, and close() makes room
--INI--
kafka.persistent_max=2
--FILE--
<?php
$cluster = new Kafka\MockCluster();
$config = ['bootstrap.servers' => $cluster->bootstrapServers()];
$a = Kafka\Producer::persistent('a', $config);
Kafka\Producer::persistent('b', $config);
try {
    Kafka\Producer::persistent('c', $config);
} catch (Kafka\Exception $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
var_dump(Kafka\Producer::persistent('a', $config) === $a);
$a->close();
echo get_class(Kafka\Producer::persistent('c', $config)), "\n";
?>
--EXPECT--
Kafka\Exception: Kafka\Producer::persistent("c"): this process already keeps 2 persistent producer(s), the most kafka.persistent_max allows; close() one, reuse a name, or raise kafka.persistent_max
bool(true)
Kafka\Producer
