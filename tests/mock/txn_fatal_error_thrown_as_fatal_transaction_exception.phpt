--TEST--
Transactions: a fatal error (the coordinator answers EndTxn with PRODUCER_FENCED, as for a producer fenced by a newer one) comes out of commitTransaction() as a TransactionException with isFatal(); every later call says the producer must be recreated; destroying it warns about nothing
--FILE--
<?php
require __DIR__ . '/../lib/txn_test.php';
$cluster = new Kafka\MockCluster(1);
$cluster->createTopic('t', 1);
$producer = new Kafka\Producer(['bootstrap.servers' => $cluster->bootstrapServers(), 'transactional.id' => 'fatal']);
$producer->initTransactions();
$producer->beginTransaction();
$producer->send('t', 'x');
$cluster->pushRequestErrors(Kafka\MockCluster::API_END_TXN, [90]);   // PRODUCER_FENCED
try {
    $producer->commitTransaction();
} catch (Kafka\TransactionException $e) {
    echo 'commitTransaction: ', txn_test_describe($e), "\n  ", $e->getMessage(), "\n";
}
$calls = [
    'abortTransaction' => fn () => $producer->abortTransaction(),
    'beginTransaction' => fn () => $producer->beginTransaction(),
    'send' => fn () => $producer->send('t', 'y'),
    'transaction' => fn () => $producer->transaction(fn () => null),
];
foreach ($calls as $name => $call) {
    try {
        $call();
        echo "$name: accepted\n";
    } catch (Kafka\TransactionException $e) {
        echo "$name: ", txn_test_describe($e), "\n";
    }
}
unset($producer);
echo "destroyed\n";
?>
--EXPECT--
commitTransaction: TransactionException retriable=0 requiresAbort=0 fatal=1 _FENCED
  Kafka\Producer::commitTransaction() failed: Failed to end transaction: Local: This instance has been fenced by a newer instance (a fatal error: the producer must be recreated)
abortTransaction: TransactionException retriable=0 requiresAbort=0 fatal=1 _FENCED
beginTransaction: TransactionException retriable=0 requiresAbort=0 fatal=1 _FENCED
send: TransactionException retriable=0 requiresAbort=0 fatal=1 _FENCED
transaction: TransactionException retriable=0 requiresAbort=0 fatal=1 _FENCED
destroyed
