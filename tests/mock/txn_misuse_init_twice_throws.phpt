--TEST--
Transactions: initTransactions() a second time throws a TransactionException (once per producer); the producer keeps working
--FILE--
<?php
require __DIR__ . '/../lib/txn_test.php';
$cluster = new Kafka\MockCluster(1);
$cluster->createTopic('t', 1);
$producer = new Kafka\Producer(['bootstrap.servers' => $cluster->bootstrapServers(), 'transactional.id' => 'misuse-init']);
$producer->initTransactions();
foreach (['ready' => null, 'in a transaction' => 'begin'] as $when => $begin) {
    if ($begin) {
        $producer->beginTransaction();
    }
    try {
        $producer->initTransactions();
    } catch (Kafka\TransactionException $e) {
        echo "$when: ", txn_test_describe($e), ': ', $e->getMessage(), "\n";
    }
}
$producer->send('t', 'x');
$producer->commitTransaction();
echo "committed\n";
?>
--EXPECT--
ready: TransactionException retriable=0 requiresAbort=0 fatal=0 _STATE: Kafka\Producer::initTransactions() was already called: it is called once per producer
in a transaction: TransactionException retriable=0 requiresAbort=0 fatal=0 _STATE: Kafka\Producer::initTransactions() was already called: it is called once per producer
committed
