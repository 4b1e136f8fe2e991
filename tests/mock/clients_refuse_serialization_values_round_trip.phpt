--TEST--
serialize()/unserialize() are refused for Producer, Consumer, ConsumerGroup, Admin and MockCluster; Message and TopicPartition round-trip, and a crafted string cannot give them a wrong type
--FILE--
<?php
$cluster = new Kafka\MockCluster(1);
$brokers = $cluster->bootstrapServers();
$objects = [
    new Kafka\Producer(['bootstrap.servers' => $brokers]),
    new Kafka\Consumer(['bootstrap.servers' => $brokers]),
    new Kafka\ConsumerGroup(['bootstrap.servers' => $brokers, 'group.id' => 'g']),
    new Kafka\Admin(['bootstrap.servers' => $brokers]),
    $cluster,
];
foreach ($objects as $object) {
    try {
        serialize($object);
        echo get_class($object), ": serialized\n";
    } catch (Exception $e) {
        echo $e->getMessage(), "\n";
    }
}
$message = new Kafka\Message('orders', 'payload', 'key', ['h' => ['a', 'b'], 'one' => '1'], 3, 42, 1700000000000);
$copy = unserialize(serialize($message));
var_dump($copy == $message, $copy->headerValues('h'), $copy->header('one'), $copy->offset);
$tp = new Kafka\TopicPartition('orders', 3, 42, 'meta');
$copy = unserialize(serialize($tp));
echo $copy, " ", $copy->metadata, "\n";
try {
    unserialize('O:20:"Kafka\TopicPartition":1:{s:5:"topic";i:5;}');
} catch (TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
$crafted = unserialize('O:20:"Kafka\TopicPartition":3:{s:5:"topic";s:1:"t";s:9:"partition";i:-7;s:6:"offset";i:0;}');
try {
    echo $crafted, "\n";
} catch (ValueError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
?>
--EXPECT--
Serialization of 'Kafka\Producer' is not allowed
Serialization of 'Kafka\Consumer' is not allowed
Serialization of 'Kafka\ConsumerGroup' is not allowed
Serialization of 'Kafka\Admin' is not allowed
Serialization of 'Kafka\MockCluster' is not allowed
bool(true)
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
}
string(1) "1"
int(42)
orders[3]@42 meta
TypeError: Cannot assign int to property Kafka\TopicPartition::$topic of type string
ValueError: Kafka\TopicPartition::__toString(): a Kafka\TopicPartition's partition must be between 0 and 2147483647, -7 found
