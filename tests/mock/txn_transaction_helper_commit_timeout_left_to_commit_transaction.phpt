--TEST--
Transactions: a commit that transaction() could not complete within its timeout (broker down) throws a retriable _TIMED_OUT TransactionException saying the outcome is not known; beginTransaction() then says so too, and commitTransaction() completes it once the broker is back
--FILE--
<?php
require __DIR__ . '/../lib/txn_test.php';
$cluster = new Kafka\MockCluster(1);
$cluster->createTopic('t', 1);
$producer = new Kafka\Producer(['bootstrap.servers' => $cluster->bootstrapServers(), 'transactional.id' => 'helper-timeout']);
$producer->initTransactions();
try {
    $producer->transaction(function (Kafka\Producer $p) use ($cluster) {
        $p->send('t', 'x');
        $cluster->setBrokerDown(1);
    }, 1000);
} catch (Kafka\TransactionException $e) {
    echo 'transaction: ', txn_test_describe($e), "\n  ", $e->getMessage(), "\n";
}
try {
    $producer->beginTransaction();
} catch (Kafka\TransactionException $e) {
    echo 'beginTransaction: ', $e->getMessage(), "\n";
}
$cluster->setBrokerUp(1);
$producer->commitTransaction(20000);
echo "committed, in flight: ", $producer->pending(), "\n";
?>
--EXPECTF--
transaction: TransactionException retriable=1 requiresAbort=0 fatal=0 _TIMED_OUT
  Kafka\Producer::commitTransaction() failed: %s; it goes on in the background and its outcome is not known yet: call commitTransaction() again to complete it
beginTransaction: Kafka\Producer::beginTransaction() is not possible now: the transaction is being committed: commitTransaction() must complete first (if it stopped early, call it again)
committed, in flight: 0
