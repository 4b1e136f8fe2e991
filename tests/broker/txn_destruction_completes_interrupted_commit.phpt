--TEST--
Transactions (real broker): a producer destroyed while its commit is under way (onDelivery threw inside commitTransaction()) completes the commit, without calling onDelivery again: the messages become visible to read_committed consumers
--FILE--
<?php
require __DIR__ . '/../lib/txn_test.php';
$brokers = kafka_test_brokers();
$topic = kafka_test_name('txn-interrupted-commit');
kafka_test_create_topic($topic, 1);
$producer = txn_test_producer($brokers, kafka_test_name('txn'), ['linger.ms' => 5000]);
$calls = 0;
$producer->onDelivery(function () use (&$calls) {
    $calls++;
    throw new LogicException('onDelivery failed');
});
$producer->beginTransaction();
$producer->send($topic, 'm1');
$producer->send($topic, 'm2');
try {
    $producer->commitTransaction();
} catch (LogicException $e) {
    echo 'commitTransaction: ', $e->getMessage(), "\n";
}
unset($producer);
echo "onDelivery calls: $calls\n";
echo 'read_committed: ', implode(' ', txn_test_read($brokers, $topic, 1, 'read_committed')), "\n";
?>
--EXPECT--
commitTransaction: onDelivery failed
onDelivery calls: 1
read_committed: m1 m2
