--TEST--
Transactions: a negative timeout is refused (ValueError) by every transactional method; 0 makes initTransactions() and commitTransaction() return at once with a retriable error (the call goes on when made again)
--FILE--
<?php
require __DIR__ . '/../lib/txn_test.php';
$cluster = new Kafka\MockCluster(1);
$cluster->createTopic('t', 1);
$producer = new Kafka\Producer(['bootstrap.servers' => $cluster->bootstrapServers(), 'transactional.id' => 'timeouts']);
$group = new Kafka\ConsumerGroup(['bootstrap.servers' => $cluster->bootstrapServers(), 'group.id' => 'g', 'enable.auto.commit' => false]);
$calls = [
    'initTransactions' => fn () => $producer->initTransactions(-1),
    'commitTransaction' => fn () => $producer->commitTransaction(-1),
    'abortTransaction' => fn () => $producer->abortTransaction(-1),
    'sendOffsetsToTransaction' => fn () => $producer->sendOffsetsToTransaction($group, null, -1),
    'transaction' => fn () => $producer->transaction(fn () => null, -1),
];
foreach ($calls as $name => $call) {
    try {
        $call();
        echo "$name: accepted\n";
    } catch (ValueError $e) {
        echo "$name: ", $e->getMessage(), "\n";
    }
}

function at_once(string $name, callable $call): void
{
    $start = microtime(true);
    try {
        $call();
        echo "$name(0): completed\n";
    } catch (Kafka\TransactionException $e) {
        echo "$name(0): ", txn_test_describe($e), "\n";
    }
    echo microtime(true) - $start < 1 ? "  at once\n" : "  too slow\n";
}

$cluster->setBrokerDown(1);
at_once('initTransactions', fn () => $producer->initTransactions(0));
$cluster->setBrokerUp(1);
$producer->initTransactions(20000);
$producer->beginTransaction();
$producer->send('t', 'x');
$cluster->setBrokerDown(1);
at_once('commitTransaction', fn () => $producer->commitTransaction(0));
$cluster->setBrokerUp(1);
$producer->commitTransaction(20000);
echo "committed\n";
?>
--EXPECTF--
initTransactions: Kafka\Producer::initTransactions(): Argument #1 ($timeoutMs) must be 0 or more milliseconds (larger than 2147483647 is treated as 2147483647)
commitTransaction: Kafka\Producer::commitTransaction(): Argument #1 ($timeoutMs) must be 0 or more milliseconds (larger than 2147483647 is treated as 2147483647)
abortTransaction: Kafka\Producer::abortTransaction(): Argument #1 ($timeoutMs) must be 0 or more milliseconds (larger than 2147483647 is treated as 2147483647)
sendOffsetsToTransaction: Kafka\Producer::sendOffsetsToTransaction(): Argument #3 ($timeoutMs) must be 0 or more milliseconds (larger than 2147483647 is treated as 2147483647)
transaction: Kafka\Producer::transaction(): Argument #2 ($timeoutMs) must be 0 or more milliseconds (larger than 2147483647 is treated as 2147483647)
initTransactions(0): TransactionException retriable=1 requiresAbort=0 fatal=0 %s
  at once
commitTransaction(0): TransactionException retriable=1 requiresAbort=0 fatal=0 _TIMED_OUT
  at once
committed
