--TEST--
Transactions: transaction() whose commit fails with a fatal error (EndTxn answered with PRODUCER_FENCED) throws the TransactionException with isFatal(), without trying to abort; the producer refuses every later transaction
--FILE--
<?php
require __DIR__ . '/../lib/txn_test.php';
$cluster = new Kafka\MockCluster(1);
$cluster->createTopic('t', 1);
$producer = new Kafka\Producer(['bootstrap.servers' => $cluster->bootstrapServers(), 'transactional.id' => 'helper-fatal']);
$producer->initTransactions();
$cluster->pushRequestErrors(Kafka\MockCluster::API_END_TXN, [90]);   // PRODUCER_FENCED
try {
    $producer->transaction(fn (Kafka\Producer $p) => $p->send('t', 'x'));
    echo "committed\n";
} catch (Kafka\TransactionException $e) {
    echo 'transaction: ', txn_test_describe($e), "\n  ", $e->getMessage(), "\n";
    var_dump($e->getPrevious());
}
try {
    $producer->transaction(fn () => 'never called');
} catch (Kafka\TransactionException $e) {
    echo 'next transaction: ', txn_test_describe($e), "\n";
}
?>
--EXPECT--
transaction: TransactionException retriable=0 requiresAbort=0 fatal=1 _FENCED
  Kafka\Producer::commitTransaction() failed: Failed to end transaction: Local: This instance has been fenced by a newer instance (a fatal error: the producer must be recreated)
NULL
next transaction: TransactionException retriable=0 requiresAbort=0 fatal=1 _FENCED
