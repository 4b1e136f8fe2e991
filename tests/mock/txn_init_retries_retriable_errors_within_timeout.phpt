--TEST--
Transactions: initTransactions() goes on through retriable errors of the coordinator (COORDINATOR_LOAD_IN_PROGRESS, as a broker that just started answers) within its timeout, and completes
--FILE--
<?php
$cluster = new Kafka\MockCluster(1);
$cluster->createTopic('t', 1);
$producer = new Kafka\Producer(['bootstrap.servers' => $cluster->bootstrapServers(), 'transactional.id' => 'init-retry']);
$cluster->pushRequestErrors(Kafka\MockCluster::API_INIT_PRODUCER_ID, array_fill(0, 6, 14));   // COORDINATOR_LOAD_IN_PROGRESS
$producer->initTransactions(20000);
echo "initialised\n";
$producer->transaction(fn (Kafka\Producer $p) => $p->send('t', 'x'));
echo "committed\n";
?>
--EXPECT--
initialised
committed
