--TEST--
Transactions: an error that fails the transaction (AddPartitionsToTxn refused with TOPIC_AUTHORIZATION_FAILED) comes out of commitTransaction() with requiresAbort(); send() and commitTransaction() then say to abort; after abortTransaction() the next transaction commits, and flush() reports none of the aborted messages
--FILE--
<?php
require __DIR__ . '/../lib/txn_test.php';
$cluster = new Kafka\MockCluster(1);
$cluster->createTopic('t', 1);
$producer = new Kafka\Producer(['bootstrap.servers' => $cluster->bootstrapServers(), 'transactional.id' => 'abortable']);
$producer->initTransactions();
$producer->beginTransaction();
$cluster->pushRequestErrors(Kafka\MockCluster::API_ADD_PARTITIONS_TO_TXN, [29]);   // TOPIC_AUTHORIZATION_FAILED
$producer->send('t', 'in the failed transaction');
try {
    $producer->commitTransaction();
} catch (Kafka\TransactionException $e) {
    echo 'commitTransaction: ', txn_test_describe($e), "\n  ", $e->getMessage(), "\n";
}
foreach (['send' => fn () => $producer->send('t', 'y'), 'commitTransaction' => fn () => $producer->commitTransaction()] as $name => $call) {
    try {
        $call();
        echo "$name: accepted\n";
    } catch (Kafka\TransactionException $e) {
        echo "$name: ", txn_test_describe($e), "\n  ", $e->getMessage(), "\n";
    }
}
$producer->abortTransaction();
echo "aborted\n";
$producer->flush();
echo "flush() reports nothing\n";
$producer->beginTransaction();
$producer->send('t', 'next');
$producer->commitTransaction();
echo "next transaction committed\n";
?>
--EXPECTF--
commitTransaction: TransactionException retriable=0 requiresAbort=1 fatal=0 TOPIC_AUTHORIZATION_FAILED
  Kafka\Producer::commitTransaction() failed: Failed to add partition(s) to transaction on broker TxnCoordinator/1: Broker: Topic authorization failed (after %d ms); the transaction must be aborted: call abortTransaction()
send: TransactionException retriable=0 requiresAbort=1 fatal=0 _STATE
  Kafka\Producer::send() outside an open transaction, the message was not queued: the transaction failed and must be aborted: call abortTransaction(), then beginTransaction()
commitTransaction: TransactionException retriable=0 requiresAbort=1 fatal=0 _STATE
  Kafka\Producer::commitTransaction() is not possible now: the transaction failed and must be aborted: call abortTransaction(), then beginTransaction()
aborted
flush() reports nothing
next transaction committed
