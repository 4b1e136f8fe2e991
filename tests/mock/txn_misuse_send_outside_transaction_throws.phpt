--TEST--
Transactions: send() and sendAndWait() on a transactional producer outside a transaction (before initTransactions(), after it, after a commit, after an abort) throw a TransactionException naming what to call, and queue nothing
--FILE--
<?php
require __DIR__ . '/../lib/txn_test.php';
$cluster = new Kafka\MockCluster(1);
$cluster->createTopic('t', 1);
$producer = new Kafka\Producer(['bootstrap.servers' => $cluster->bootstrapServers(), 'transactional.id' => 'misuse-send']);

function attempt(string $when, Kafka\Producer $producer): void
{
    foreach (['send' => fn () => $producer->send('t', 'x'), 'sendAndWait' => fn () => $producer->sendAndWait('t', 'x', timeoutMs: 5000)] as $name => $call) {
        try {
            $call();
            echo "$when, $name: accepted\n";
        } catch (Kafka\TransactionException $e) {
            echo "$when, $name: ", txn_test_describe($e), ': ', $e->getMessage(), "\n";
        }
    }
    echo "$when: queued ", $producer->pending(), "\n";
}

attempt('before initTransactions', $producer);
$producer->initTransactions();
attempt('after initTransactions', $producer);
$producer->beginTransaction();
$producer->send('t', 'inside');
$producer->commitTransaction();
attempt('after commit', $producer);
$producer->beginTransaction();
$producer->abortTransaction();
attempt('after abort', $producer);
?>
--EXPECT--
before initTransactions, send: TransactionException retriable=0 requiresAbort=0 fatal=0 _STATE: Kafka\Producer::send() outside an open transaction, the message was not queued: initTransactions() has not been called: call it once, after creating the producer
before initTransactions, sendAndWait: TransactionException retriable=0 requiresAbort=0 fatal=0 _STATE: Kafka\Producer::sendAndWait() outside an open transaction, the message was not queued: initTransactions() has not been called: call it once, after creating the producer
before initTransactions: queued 0
after initTransactions, send: TransactionException retriable=0 requiresAbort=0 fatal=0 _STATE: Kafka\Producer::send() outside an open transaction, the message was not queued: a transactional producer only sends inside a transaction: call beginTransaction() first
after initTransactions, sendAndWait: TransactionException retriable=0 requiresAbort=0 fatal=0 _STATE: Kafka\Producer::sendAndWait() outside an open transaction, the message was not queued: a transactional producer only sends inside a transaction: call beginTransaction() first
after initTransactions: queued 0
after commit, send: TransactionException retriable=0 requiresAbort=0 fatal=0 _STATE: Kafka\Producer::send() outside an open transaction, the message was not queued: a transactional producer only sends inside a transaction: call beginTransaction() first
after commit, sendAndWait: TransactionException retriable=0 requiresAbort=0 fatal=0 _STATE: Kafka\Producer::sendAndWait() outside an open transaction, the message was not queued: a transactional producer only sends inside a transaction: call beginTransaction() first
after commit: queued 0
after abort, send: TransactionException retriable=0 requiresAbort=0 fatal=0 _STATE: Kafka\Producer::send() outside an open transaction, the message was not queued: a transactional producer only sends inside a transaction: call beginTransaction() first
after abort, sendAndWait: TransactionException retriable=0 requiresAbort=0 fatal=0 _STATE: Kafka\Producer::sendAndWait() outside an open transaction, the message was not queued: a transactional producer only sends inside a transaction: call beginTransaction() first
after abort: queued 0
