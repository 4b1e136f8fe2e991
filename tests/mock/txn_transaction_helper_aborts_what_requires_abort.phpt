--TEST--
Transactions: transaction() whose commit fails with an error that requires an abort aborts the transaction itself and throws a retriable TransactionException (run it again from its inputs) with librdkafka's error as the previous one; the producer is ready for the next transaction()
--FILE--
<?php
require __DIR__ . '/../lib/txn_test.php';
$cluster = new Kafka\MockCluster(1);
$cluster->createTopic('t', 1);
$producer = new Kafka\Producer(['bootstrap.servers' => $cluster->bootstrapServers(), 'transactional.id' => 'helper-abort']);
$producer->initTransactions();
$reports = [];
$producer->onDelivery(function (Kafka\Message $m, ?Kafka\Exception $e) use (&$reports) {
    $reports[] = $m->payload . ': ' . ($e ? $e->errorName() : 'delivered');
});
$cluster->pushRequestErrors(Kafka\MockCluster::API_ADD_PARTITIONS_TO_TXN, [29]);   // TOPIC_AUTHORIZATION_FAILED
try {
    $producer->transaction(function (Kafka\Producer $p) {
        $p->send('t', 'first try');
        return 'never returned';
    });
} catch (Kafka\TransactionException $e) {
    echo 'transaction: ', txn_test_describe($e), "\n  ", $e->getMessage(), "\n";
    echo 'previous: ', txn_test_describe($e->getPrevious()), "\n";
}
echo implode("\n", $reports), "\n";
var_dump($producer->transaction(function (Kafka\Producer $p) {
    $p->send('t', 'second try');
    return 'committed';
}));
echo end($reports), "\n";
?>
--EXPECTF--
transaction: TransactionException retriable=1 requiresAbort=0 fatal=0 TOPIC_AUTHORIZATION_FAILED
  Kafka\Producer::transaction() could not commit, and aborted the transaction (Kafka\Producer::commitTransaction() failed: Failed to add partition(s) to transaction on broker TxnCoordinator/1: Broker: Topic authorization failed (after %d ms); the transaction must be aborted: call abortTransaction()); it may be run again from its inputs
previous: TransactionException retriable=0 requiresAbort=1 fatal=0 TOPIC_AUTHORIZATION_FAILED
first try: _PURGE_QUEUE
string(9) "committed"
second try: delivered
