--TEST--
Transactions: a signal arriving while transaction() commits, or aborts after $fn threw, does not cut that short (transaction() reports the outcome): it completes, transaction() returns or rethrows, and the script's handler has run by then
--EXTENSIONS--
pcntl
--FILE--
<?php
pcntl_async_signals(true);
$handled = 0;
pcntl_signal(SIGALRM, function () use (&$handled) { $handled++; });
$cluster = new Kafka\MockCluster(1);
$cluster->createTopic('t', 1);
$producer = new Kafka\Producer(['bootstrap.servers' => $cluster->bootstrapServers(), 'transactional.id' => 'signal-helper']);
$producer->initTransactions();
$cluster->setBrokerRtt(1, 600);   // the round trips take a while: the signal comes in the middle

pcntl_alarm(1);
$start = microtime(true);
$result = $producer->transaction(function (Kafka\Producer $p) {
    $p->send('t', 'x');
    return 'committed';
}, 20000);
pcntl_alarm(0);
var_dump($result, $handled, microtime(true) - $start > 1.0);

$cluster->setBrokerRtt(1, 0);
try {
    $producer->transaction(function (Kafka\Producer $p) use ($cluster, &$start) {
        $p->send('t', 'y');
        $p->flush(20000);              // in the log: the abort needs the coordinator
        $cluster->setBrokerRtt(1, 2000);
        pcntl_alarm(1);
        $start = microtime(true);
        throw new RuntimeException('$fn failed');
    }, 20000);
} catch (RuntimeException $e) {
    echo $e->getMessage(), "\n";
}
pcntl_alarm(0);
var_dump($handled, microtime(true) - $start > 1.0);

$producer->beginTransaction();   // nothing left under way
echo "next transaction begun\n";
$producer->abortTransaction();
?>
--EXPECT--
string(9) "committed"
int(1)
bool(true)
$fn failed
int(2)
bool(true)
next transaction begun
