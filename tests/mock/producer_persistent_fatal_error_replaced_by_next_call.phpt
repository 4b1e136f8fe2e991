--TEST--
Producer::persistent(): after a fatal librdkafka error (idempotence: sequence desynchronized) the next persistent() call replaces the handle instead of keeping the process on a dead producer
--FILE--
<?php
$cluster = new Kafka\MockCluster();
$cluster->createTopic('fatal', 1);
$config = ['bootstrap.servers' => $cluster->bootstrapServers()];
$broken = Kafka\Producer::persistent('orders', $config);
$broken->sendAndWait('fatal', 'first');
$cluster->pushRequestErrors(Kafka\MockCluster::API_PRODUCE, [45]); // OUT_OF_ORDER_SEQUENCE_NUMBER
try {
    $broken->send('fatal', 'fails with it, seen by no flush()'); // the replacement warns about it
    $broken->sendAndWait('fatal', 'hits the fatal error', timeoutMs: 5000);
} catch (Kafka\Exception $e) {
    echo "fatal: ", var_export($e->isFatal(), true), "\n";
}
try {
    $broken->send('fatal', 'refused');
} catch (Kafka\Exception $e) {
    echo "still the same object: ", $e->getMessage() === '' ? '' : strtok($e->getMessage(), ':'), "\n";
}
$fresh = Kafka\Producer::persistent('orders', $config); // warns about the failure no flush() reported
var_dump($fresh !== $broken);
echo "new handle works: offset ", $fresh->sendAndWait('fatal', 'after the replacement')->offset >= 1 ? 'ok' : 'wrong', "\n";
try {
    $broken->send('fatal', 'old object');
} catch (Kafka\Exception $e) {
    echo "the old object: ", $e->getMessage(), "\n";
}
?>
--EXPECTF--
fatal: true
still the same object: This Kafka\Producer hit a fatal error and must be recreated

Warning: Kafka\Producer::persistent(): Kafka\Producer::persistent("orders") was replaced after a fatal error with 1 message(s) whose delivery failed and was not reported by flush(); first error: Broker: Broker received an out of order sequence number in %s on line %d
bool(true)
new handle works: offset ok
the old object: This Kafka\Producer is closed
