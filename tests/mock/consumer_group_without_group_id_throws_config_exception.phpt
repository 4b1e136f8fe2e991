--TEST--
ConsumerGroup: constructing without group.id throws Kafka\ConfigException naming it; bad keys name the key
--FILE--
<?php
foreach ([['bootstrap.servers' => '127.0.0.1:1'], ['bootstrap.servers' => '127.0.0.1:1', 'group.id' => '']] as $config) {
    try {
        new Kafka\ConsumerGroup($config);
        echo "no exception\n";
    } catch (Kafka\ConfigException $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
try {
    new Kafka\ConsumerGroup(['group.id' => 'g', 'no.such.key' => 1]);
} catch (Kafka\ConfigException $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECT--
Kafka\ConfigException: Kafka\ConsumerGroup needs "group.id": the name of the group whose members share the partitions (use Kafka\Consumer to read partitions without a group)
Kafka\ConfigException: Kafka\ConsumerGroup needs "group.id": the name of the group whose members share the partitions (use Kafka\Consumer to read partitions without a group)
Unknown configuration property "no.such.key"
