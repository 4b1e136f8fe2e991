--TEST--
Transactions: beginTransaction() while a transaction is open throws a TransactionException; the open transaction is untouched and commits
--FILE--
<?php
require __DIR__ . '/../lib/txn_test.php';
$cluster = new Kafka\MockCluster(1);
$cluster->createTopic('t', 1);
$producer = new Kafka\Producer(['bootstrap.servers' => $cluster->bootstrapServers(), 'transactional.id' => 'misuse-begin']);
$producer->initTransactions();
$producer->beginTransaction();
$producer->send('t', 'first');
try {
    $producer->beginTransaction();
} catch (Kafka\TransactionException $e) {
    echo txn_test_describe($e), ': ', $e->getMessage(), "\n";
}
$producer->send('t', 'second');
$producer->commitTransaction();
echo "committed, in flight: ", $producer->pending(), "\n";
?>
--EXPECT--
TransactionException retriable=0 requiresAbort=0 fatal=0 _STATE: Kafka\Producer::beginTransaction() is not possible now: a transaction is already open: commit or abort it first
committed, in flight: 0
