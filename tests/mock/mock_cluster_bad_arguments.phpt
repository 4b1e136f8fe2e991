--TEST--
MockCluster: bad arguments give ValueError/TypeError naming the argument; an existing topic gives Kafka\Exception
--FILE--
<?php
$cluster = new Kafka\MockCluster(2);
$cluster->createTopic('exists', 1);
$cases = [
    fn () => new Kafka\MockCluster(0),
    fn () => $cluster->setBrokerDown(3),
    fn () => $cluster->setBrokerUp(0),
    fn () => $cluster->createTopic('', 1),
    fn () => $cluster->createTopic('t', 0),
    fn () => $cluster->createTopic('t', 1, 3),
    fn () => $cluster->createTopic('exists', 1),
    fn () => $cluster->pushRequestErrors(-1, [1]),
    fn () => $cluster->pushRequestErrors(Kafka\MockCluster::API_PRODUCE, ['x']),
    fn () => $cluster->setBrokerRtt(1, -5),
];
foreach ($cases as $case) {
    try {
        $case();
        echo "accepted\n";
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
?>
--EXPECTF--
ValueError: Kafka\MockCluster::__construct(): Argument #1 ($brokers) must be between 1 and 64
ValueError: Kafka\MockCluster::setBrokerDown(): Argument #1 ($id) must be a broker id between 1 and 2
ValueError: Kafka\MockCluster::setBrokerUp(): Argument #1 ($id) must be a broker id between 1 and 2
ValueError: Kafka\MockCluster::createTopic(): Argument #1 ($name) must not be empty
ValueError: Kafka\MockCluster::createTopic(): Argument #2 ($partitions) must be between 1 and 100000
ValueError: Kafka\MockCluster::createTopic(): Argument #3 ($replicationFactor) must be between 1 and the number of brokers (2)
Kafka\Exception: Could not create the topic: %s
ValueError: Kafka\MockCluster::pushRequestErrors(): Argument #1 ($apiKey) must be a Kafka API key (MockCluster::API_*)
TypeError: Kafka\MockCluster::pushRequestErrors(): Argument #2 ($errorCodes) must be a list of int error codes, string found in it
ValueError: Kafka\MockCluster::setBrokerRtt(): Argument #2 ($rttMs) must be 0 or more milliseconds
