--TEST--
Transactions: initTransactions(), commitTransaction() and abortTransaction() with PHP_INT_MAX while the broker is down end soon after a signal with a retriable _INTR TransactionException, the script's handler having run; called again once the broker is back, each completes where it stopped
--EXTENSIONS--
pcntl
--FILE--
<?php
require __DIR__ . '/../lib/txn_test.php';
pcntl_async_signals(true);
$handled = 0;
pcntl_signal(SIGALRM, function () use (&$handled) { $handled++; });
$cluster = new Kafka\MockCluster(1);
$cluster->createTopic('t', 1);
$producer = new Kafka\Producer(['bootstrap.servers' => $cluster->bootstrapServers(), 'transactional.id' => 'signals']);

/** Calls $call(PHP_INT_MAX) with SIGALRM after 1 s; says how it ended and whether within 0.5 s of the signal. */
function interrupted(string $name, callable $call): void
{
    global $handled;
    $before = $handled;
    pcntl_alarm(1);
    $start = microtime(true);
    try {
        $call(PHP_INT_MAX);
        echo "$name: returned\n";
    } catch (Kafka\TransactionException $e) {
        $late = microtime(true) - $start - 1;
        printf("%s: %s %s, %s\n  %s\n", $name, txn_test_describe($e), $late < 0.5 ? 'within 0.5 s of the signal' : "$late s after the signal",
            $handled === $before + 1 ? 'the handler has run' : 'the handler has not run', $e->getMessage());
    }
    pcntl_alarm(0);
}

$cluster->setBrokerDown(1);
interrupted('initTransactions', fn ($t) => $producer->initTransactions($t));
$cluster->setBrokerUp(1);
$producer->initTransactions(20000);
echo "initialised\n";

$producer->beginTransaction();
$producer->send('t', 'to commit');
$cluster->setBrokerDown(1);
interrupted('commitTransaction', fn ($t) => $producer->commitTransaction($t));
$cluster->setBrokerUp(1);
$producer->commitTransaction(20000);
echo "committed, in flight: ", $producer->pending(), "\n";

$producer->beginTransaction();
$producer->send('t', 'to abort');
$producer->flush(10000);
$cluster->setBrokerDown(1);
interrupted('abortTransaction', fn ($t) => $producer->abortTransaction($t));
$cluster->setBrokerUp(1);
$producer->abortTransaction(20000);
echo "aborted\n";
$producer->transaction(fn (Kafka\Producer $p) => $p->send('t', 'next'));
echo "next committed\n";
?>
--EXPECT--
initTransactions: TransactionException retriable=1 requiresAbort=0 fatal=0 _INTR within 0.5 s of the signal, the handler has run
  Kafka\Producer::initTransactions() was interrupted by a signal before it completed; it goes on in the background: call initTransactions() again to complete it
initialised
commitTransaction: TransactionException retriable=1 requiresAbort=0 fatal=0 _INTR within 0.5 s of the signal, the handler has run
  Kafka\Producer::commitTransaction() was interrupted by a signal before it completed; it goes on in the background: call commitTransaction() again to complete it
committed, in flight: 0
abortTransaction: TransactionException retriable=1 requiresAbort=0 fatal=0 _INTR within 0.5 s of the signal, the handler has run
  Kafka\Producer::abortTransaction() was interrupted by a signal before it completed; it goes on in the background: call abortTransaction() again to complete it
aborted
next committed
