--TEST--
Producer: an onDelivery callback may replace or remove itself while it runs; calling flush() from inside it throws
--FILE--
<?php
$cluster = new Kafka\MockCluster();
$producer = new Kafka\Producer(['bootstrap.servers' => $cluster->bootstrapServers()]);
$calls = [];
$producer->onDelivery(function (Kafka\Message $m) use (&$calls, $producer) {
    $calls[] = "first:{$m->payload}";
    try {
        $producer->flush();
    } catch (Kafka\Exception $e) {
        $calls[] = $e->getMessage();
    }
    $producer->onDelivery(function (Kafka\Message $m) use (&$calls, $producer) {
        $calls[] = "second:{$m->payload}";
        $producer->onDelivery(null);
    });
});
foreach (['a', 'b', 'c'] as $payload) {
    $producer->send('self', $payload, partition: 0);
}
$producer->flush();
print_r($calls);
?>
--EXPECT--
Array
(
    [0] => first:a
    [1] => Kafka\Producer::flush() cannot be called from inside the onDelivery callback of the same Kafka\Producer: it would serve that callback's events again (return from the callback first)
    [2] => second:b
)
