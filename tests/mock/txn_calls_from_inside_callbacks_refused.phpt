--TEST--
Transactions: from inside the producer's own onDelivery (served by commitTransaction()), send() and beginTransaction() are refused (the transaction is being committed) and the calls that serve the producer's events are refused (they would serve the callbacks again); the commit completes
--FILE--
<?php
require __DIR__ . '/../lib/txn_test.php';
$cluster = new Kafka\MockCluster(1);
$cluster->createTopic('t', 1);
$producer = new Kafka\Producer(['bootstrap.servers' => $cluster->bootstrapServers(), 'transactional.id' => 'reentry', 'linger.ms' => 5000]);
$producer->initTransactions();
$calls = [
    'send' => fn () => $producer->send('t', 'from the callback'),
    'commitTransaction' => fn () => $producer->commitTransaction(),
    'abortTransaction' => fn () => $producer->abortTransaction(),
    'beginTransaction' => fn () => $producer->beginTransaction(),
    'transaction' => fn () => $producer->transaction(fn () => null),
];
$producer->onDelivery(function (Kafka\Message $m) use ($calls) {
    foreach ($calls as $name => $call) {
        try {
            $call();
            echo "$name: accepted\n";
        } catch (Kafka\Exception $e) {
            echo "$name: ", get_class($e), ': ', $e->getMessage(), "\n";
        }
    }
});
$producer->beginTransaction();
$producer->send('t', 'a');
$producer->commitTransaction();
echo "committed, in flight: ", $producer->pending(), "\n";
?>
--EXPECT--
send: Kafka\TransactionException: Kafka\Producer::send() outside an open transaction, the message was not queued: the transaction is being committed: commitTransaction() must complete first (if it stopped early, call it again)
commitTransaction: Kafka\Exception: Kafka\Producer::commitTransaction() cannot be called from inside the onDelivery callback of the same Kafka\Producer: it would serve that callback's events again (return from the callback first)
abortTransaction: Kafka\Exception: Kafka\Producer::abortTransaction() cannot be called from inside the onDelivery callback of the same Kafka\Producer: it would serve that callback's events again (return from the callback first)
beginTransaction: Kafka\TransactionException: Kafka\Producer::beginTransaction() is not possible now: the transaction is being committed: commitTransaction() must complete first (if it stopped early, call it again)
transaction: Kafka\Exception: Kafka\Producer::transaction() cannot be called from inside the onDelivery callback of the same Kafka\Producer: it would serve that callback's events again (return from the callback first)
committed, in flight: 0
