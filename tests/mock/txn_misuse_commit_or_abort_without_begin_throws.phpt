--TEST--
Transactions: commitTransaction(), abortTransaction() and sendOffsetsToTransaction() with no transaction open (before initTransactions(), after it, after a commit) throw a TransactionException naming what to call, without waiting
--FILE--
<?php
require __DIR__ . '/../lib/txn_test.php';
$cluster = new Kafka\MockCluster(1);
$cluster->createTopic('t', 1);
$producer = new Kafka\Producer(['bootstrap.servers' => $cluster->bootstrapServers(), 'transactional.id' => 'misuse-commit']);
$group = new Kafka\ConsumerGroup(['bootstrap.servers' => $cluster->bootstrapServers(), 'group.id' => 'g', 'enable.auto.commit' => false]);

function attempt(string $when, Kafka\Producer $producer, Kafka\ConsumerGroup $group): void
{
    $calls = [
        'commitTransaction' => fn () => $producer->commitTransaction(),
        'abortTransaction' => fn () => $producer->abortTransaction(),
        'sendOffsetsToTransaction' => fn () => $producer->sendOffsetsToTransaction($group),
    ];
    foreach ($calls as $name => $call) {
        $start = microtime(true);
        try {
            $call();
            echo "$when, $name: accepted\n";
        } catch (Kafka\TransactionException $e) {
            printf("%s, %s: %s%s\n  %s\n", $when, $name, txn_test_describe($e), microtime(true) - $start < 1 ? '' : ' (slow)', $e->getMessage());
        }
    }
}

attempt('before initTransactions', $producer, $group);
$producer->initTransactions();
attempt('after initTransactions', $producer, $group);
$producer->transaction(fn (Kafka\Producer $p) => $p->send('t', 'x'));
attempt('after a commit', $producer, $group);
?>
--EXPECT--
before initTransactions, commitTransaction: TransactionException retriable=0 requiresAbort=0 fatal=0 _STATE
  Kafka\Producer::commitTransaction() is not possible now: initTransactions() has not been called: call it once, after creating the producer
before initTransactions, abortTransaction: TransactionException retriable=0 requiresAbort=0 fatal=0 _STATE
  Kafka\Producer::abortTransaction() is not possible now: initTransactions() has not been called: call it once, after creating the producer
before initTransactions, sendOffsetsToTransaction: TransactionException retriable=0 requiresAbort=0 fatal=0 _STATE
  Kafka\Producer::sendOffsetsToTransaction() is not possible now: initTransactions() has not been called: call it once, after creating the producer
after initTransactions, commitTransaction: TransactionException retriable=0 requiresAbort=0 fatal=0 _STATE
  Kafka\Producer::commitTransaction() is not possible now: no transaction is open: call beginTransaction() first
after initTransactions, abortTransaction: TransactionException retriable=0 requiresAbort=0 fatal=0 _STATE
  Kafka\Producer::abortTransaction() is not possible now: no transaction is open: call beginTransaction() first
after initTransactions, sendOffsetsToTransaction: TransactionException retriable=0 requiresAbort=0 fatal=0 _STATE
  Kafka\Producer::sendOffsetsToTransaction() is not possible now: no transaction is open: call beginTransaction() first
after a commit, commitTransaction: TransactionException retriable=0 requiresAbort=0 fatal=0 _STATE
  Kafka\Producer::commitTransaction() is not possible now: no transaction is open: call beginTransaction() first
after a commit, abortTransaction: TransactionException retriable=0 requiresAbort=0 fatal=0 _STATE
  Kafka\Producer::abortTransaction() is not possible now: no transaction is open: call beginTransaction() first
after a commit, sendOffsetsToTransaction: TransactionException retriable=0 requiresAbort=0 fatal=0 _STATE
  Kafka\Producer::sendOffsetsToTransaction() is not possible now: no transaction is open: call beginTransaction() first
