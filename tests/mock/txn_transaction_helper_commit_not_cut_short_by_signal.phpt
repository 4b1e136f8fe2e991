--TEST--
Transactions: a signal arriving while transaction() commits does not cut the commit short (transaction() reports the outcome): the commit completes, transaction() returns, and the script's handler has run by then
--EXTENSIONS--
pcntl
--FILE--
<?php
pcntl_async_signals(true);
$handled = false;
pcntl_signal(SIGALRM, function () use (&$handled) { $handled = true; });
$cluster = new Kafka\MockCluster(1);
$cluster->createTopic('t', 1);
$producer = new Kafka\Producer(['bootstrap.servers' => $cluster->bootstrapServers(), 'transactional.id' => 'signal-helper']);
$producer->initTransactions();
$cluster->setBrokerRtt(1, 600);   // the commit's round trips take a while: the signal comes in the middle
pcntl_alarm(1);
$start = microtime(true);
$result = $producer->transaction(function (Kafka\Producer $p) {
    $p->send('t', 'x');
    return 'committed';
}, 20000);
pcntl_alarm(0);
var_dump($result, $handled, microtime(true) - $start > 1.0);
$producer->beginTransaction();   // no commit left under way
echo "next transaction begun\n";
$producer->abortTransaction();
?>
--EXPECT--
string(9) "committed"
bool(true)
bool(true)
next transaction begun
