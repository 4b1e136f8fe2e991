--TEST--
Producer config: string, int, float and bool values are accepted (bool becomes "true"/"false")
--FILE--
<?php
$producer = new Kafka\Producer([
    'bootstrap.servers' => '127.0.0.1:1',
    'linger.ms' => 5,                 // int
    'batch.size' => '16384',          // string
    'queue.buffering.backpressure.threshold' => 1.0, // float
    'enable.idempotence' => false,    // bool
    'socket.keepalive.enable' => true,
    'php.destroy.flush.timeout.ms' => '100',
]);
echo get_class($producer), "\n";
try {
    new Kafka\Producer(['enable.idempotence' => 'maybe']);
} catch (Kafka\ConfigException $e) {
    echo "bool-like property refuses a non-bool: ", str_contains($e->getMessage(), '"enable.idempotence"') ? 'named' : 'unnamed', "\n";
}
?>
--EXPECT--
Kafka\Producer
bool-like property refuses a non-bool: named
