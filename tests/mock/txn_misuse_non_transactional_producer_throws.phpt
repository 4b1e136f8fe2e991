--TEST--
Transactions: every transactional method of a producer without transactional.id throws a TransactionException saying to configure one, at once (no broker needed)
--FILE--
<?php
require __DIR__ . '/../lib/txn_test.php';
$producer = new Kafka\Producer(['bootstrap.servers' => '127.0.0.1:1']);
$group = new Kafka\ConsumerGroup(['bootstrap.servers' => '127.0.0.1:1', 'group.id' => 'g', 'enable.auto.commit' => false]);
$calls = [
    'initTransactions' => fn () => $producer->initTransactions(),
    'beginTransaction' => fn () => $producer->beginTransaction(),
    'commitTransaction' => fn () => $producer->commitTransaction(),
    'abortTransaction' => fn () => $producer->abortTransaction(),
    'sendOffsetsToTransaction' => fn () => $producer->sendOffsetsToTransaction($group),
    'transaction' => fn () => $producer->transaction(fn () => 'never called'),
];
$start = microtime(true);
foreach ($calls as $name => $call) {
    try {
        $call();
        echo "$name: accepted\n";
    } catch (Kafka\TransactionException $e) {
        echo "$name: ", txn_test_describe($e), "\n  ", $e->getMessage(), "\n";
    }
}
echo microtime(true) - $start < 1 ? "at once\n" : "too slow\n";
echo 'queued: ', $producer->pending(), "\n";
?>
--EXPECTF--
initTransactions: TransactionException retriable=0 requiresAbort=0 fatal=0 _NOT_CONFIGURED
  Kafka\Producer::initTransactions() is not possible now: this producer has no transactional.id: configure one (e.g. 'transactional.id' => 'order-projector-1') to use transactions
beginTransaction: TransactionException retriable=0 requiresAbort=0 fatal=0 _NOT_CONFIGURED
  Kafka\Producer::beginTransaction() is not possible now: this producer has no transactional.id: %s
commitTransaction: TransactionException retriable=0 requiresAbort=0 fatal=0 _NOT_CONFIGURED
  Kafka\Producer::commitTransaction() is not possible now: this producer has no transactional.id: %s
abortTransaction: TransactionException retriable=0 requiresAbort=0 fatal=0 _NOT_CONFIGURED
  Kafka\Producer::abortTransaction() is not possible now: this producer has no transactional.id: %s
sendOffsetsToTransaction: TransactionException retriable=0 requiresAbort=0 fatal=0 _NOT_CONFIGURED
  Kafka\Producer::sendOffsetsToTransaction() is not possible now: this producer has no transactional.id: %s
transaction: TransactionException retriable=0 requiresAbort=0 fatal=0 _NOT_CONFIGURED
  Kafka\Producer::transaction() is not possible now: this producer has no transactional.id: %s
at once
queued: 0
