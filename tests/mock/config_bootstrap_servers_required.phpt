--TEST--
Producer, Consumer, ConsumerGroup, Admin: without bootstrap.servers the constructor throws a ConfigException saying what to give (librdkafka's test.mock.num.brokers is accepted instead)
--FILE--
<?php
foreach (['Kafka\Producer' => [], 'Kafka\Consumer' => [], 'Kafka\ConsumerGroup' => ['group.id' => 'g'], 'Kafka\Admin' => []] as $class => $config) {
    try {
        new $class($config);
        echo "$class: accepted\n";
    } catch (Kafka\ConfigException $e) {
        echo "$class: ", $e->getMessage(), "\n";
    }
}
$producer = new Kafka\Producer(['test.mock.num.brokers' => 1]);
echo "librdkafka's own mock cluster: ", $producer->sendAndWait('t', 'x')->offset, "\n";
?>
--EXPECT--
Kafka\Producer: Configuration property "bootstrap.servers" is missing: the brokers to connect to, e.g. ['bootstrap.servers' => 'localhost:9092']
Kafka\Consumer: Configuration property "bootstrap.servers" is missing: the brokers to connect to, e.g. ['bootstrap.servers' => 'localhost:9092']
Kafka\ConsumerGroup: Configuration property "bootstrap.servers" is missing: the brokers to connect to, e.g. ['bootstrap.servers' => 'localhost:9092']
Kafka\Admin: Configuration property "bootstrap.servers" is missing: the brokers to connect to, e.g. ['bootstrap.servers' => 'localhost:9092']
librdkafka's own mock cluster: 0
