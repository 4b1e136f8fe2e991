--TEST--
Transactions: commitTransaction() delivers what is queued and serves onDelivery while it waits; when onDelivery throws, the commit stops and rethrows that exception, the rest of the reports are kept, and calling commitTransaction() again completes the commit
--FILE--
<?php
require __DIR__ . '/../lib/txn_test.php';
$cluster = new Kafka\MockCluster(1);
$cluster->createTopic('t', 1);
// linger.ms: the messages are still queued when the commit starts
$producer = new Kafka\Producer(['bootstrap.servers' => $cluster->bootstrapServers(), 'transactional.id' => 'commit-dr', 'linger.ms' => 5000]);
$producer->initTransactions();
$reports = [];
$producer->onDelivery(function (Kafka\Message $m, ?Kafka\Exception $e) use (&$reports) {
    $reports[] = $m->payload . ($e ? ' failed' : " at $m->offset");
    if ($m->payload === 'b') {
        throw new LogicException('onDelivery failed on b');
    }
});

$producer->beginTransaction();
foreach (['a', 'b', 'c', 'd'] as $payload) {
    $producer->send('t', $payload);
}
echo "reports before commit: ", count($reports), "\n";
try {
    $producer->commitTransaction();
    echo "committed\n";
} catch (LogicException $e) {
    echo 'commitTransaction() threw: ', $e->getMessage(), "\n";
}
echo 'reports so far: ', implode(', ', $reports), "\n";
try {
    $producer->abortTransaction();
} catch (Kafka\TransactionException $e) {
    echo 'abortTransaction(): ', $e->getMessage(), "\n";
}
$producer->commitTransaction();
echo 'committed on the second call; reports: ', implode(', ', $reports), "\n";
$producer->transaction(fn (Kafka\Producer $p) => $p->send('t', 'e'));
echo 'next transaction: ', end($reports), "\n";
?>
--EXPECT--
reports before commit: 0
commitTransaction() threw: onDelivery failed on b
reports so far: a at 0, b at 1
abortTransaction(): Kafka\Producer::abortTransaction() is not possible now: the transaction is being committed: commitTransaction() must complete first (if it stopped early, call it again)
committed on the second call; reports: a at 0, b at 1, c at 2, d at 3
next transaction: e at 4
