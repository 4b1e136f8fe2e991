--TEST--
Producer: a delivery failure about the topic itself ("Broker: Invalid topic") names the topic in the error
--FILE--
<?php
require __DIR__ . '/../lib/kafka_test.php';
$producer = new Kafka\Producer(['bootstrap.servers' => kafka_test_brokers(), 'message.timeout.ms' => 10000]);
try {
    $producer->sendAndWait('my topic', 'x', timeoutMs: 15000);
    echo "delivered?!\n";
} catch (Kafka\DeliveryException $e) {
    echo $e->errorName(), ': ', $e->errors()[0]->getMessage(), "\n";
}
?>
--EXPECTF--
TOPIC_EXCEPTION: Broker: Invalid topic (topic "my topic")
