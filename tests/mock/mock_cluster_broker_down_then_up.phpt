--TEST--
MockCluster: setBrokerDown() stops deliveries, setBrokerUp() lets the waiting messages through
--FILE--
<?php
$cluster = new Kafka\MockCluster();
$cluster->createTopic('flaky', 1);
$producer = new Kafka\Producer(['bootstrap.servers' => $cluster->bootstrapServers()]);
$producer->sendAndWait('flaky', 'first');
$cluster->setBrokerDown(1);
$producer->send('flaky', 'while down');
try {
    $producer->flush(1500);
} catch (Kafka\TimeoutException $e) {
    echo "down: ", $e->inFlight(), " in flight\n";
}
$cluster->setBrokerUp(1);
$producer->flush(15000);
echo "up: pending ", $producer->pending(), "\n";
?>
--EXPECT--
down: 1 in flight
up: pending 0
