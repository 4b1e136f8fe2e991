--TEST--
Transactions (real broker): a second producer with the same transactional.id fences the first: its open transaction is aborted, its next transactional call fails with a fatal TransactionException, and nothing it sends afterwards appears
--FILE--
<?php
require __DIR__ . '/../lib/txn_test.php';
$brokers = kafka_test_brokers();
$topic = kafka_test_name('txn-fenced');
$transactionalId = kafka_test_name('txn');
kafka_test_create_topic($topic, 1);

$first = txn_test_producer($brokers, $transactionalId);
$first->beginTransaction();
$first->send($topic, 'first-before-fencing');
$first->flush();

$second = txn_test_producer($brokers, $transactionalId);   // fences $first, aborts its open transaction

try {
    $first->send($topic, 'first-after-fencing');
    $first->commitTransaction();
    echo "the fenced producer committed\n";
} catch (Kafka\TransactionException $e) {
    echo 'first, commit: ', txn_test_describe($e), "\n";
}
foreach (['beginTransaction' => fn () => $first->beginTransaction(), 'send' => fn () => $first->send($topic, 'first-later')] as $call => $fn) {
    try {
        $fn();
        echo "first, $call: accepted\n";
    } catch (Kafka\TransactionException $e) {
        echo "first, $call: ", txn_test_describe($e), "\n";
    }
}
unset($first);   // no warning: its transaction is dead and the application was told

$second->transaction(fn (Kafka\Producer $p) => $p->send($topic, 'second'));
echo 'read_committed: ', implode(' ', txn_test_read($brokers, $topic, 1, 'read_committed')), "\n";
?>
--EXPECT--
first, commit: TransactionException retriable=0 requiresAbort=0 fatal=1 _FENCED
first, beginTransaction: TransactionException retriable=0 requiresAbort=0 fatal=1 _FENCED
first, send: TransactionException retriable=0 requiresAbort=0 fatal=1 _FENCED
read_committed: second
