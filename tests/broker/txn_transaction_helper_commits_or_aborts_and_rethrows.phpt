--TEST--
Transactions (real broker): transaction($fn) commits what $fn sent and returns its result; when $fn throws, the transaction is aborted (nothing it sent is ever visible) and the exception comes out unchanged
--FILE--
<?php
require __DIR__ . '/../lib/txn_test.php';
$brokers = kafka_test_brokers();
$topic = kafka_test_name('txn-helper');
kafka_test_create_topic($topic, 1);
$producer = txn_test_producer($brokers, kafka_test_name('txn'));

$result = $producer->transaction(function (Kafka\Producer $p) use ($topic): array {
    $p->send($topic, 'kept-1');
    $p->send($topic, 'kept-2');
    return ['sent' => 2];
});
var_dump($result);

$thrown = new DomainException('the handler failed');
try {
    $producer->transaction(function (Kafka\Producer $p) use ($topic, $thrown): void {
        $p->send($topic, 'dropped-1');
        $p->flush();                                    // in the log already
        throw $thrown;
    });
} catch (DomainException $e) {
    var_dump($e === $thrown);
}
// the producer is ready for the next transaction
$producer->transaction(fn (Kafka\Producer $p) => $p->send($topic, 'kept-3'));
echo 'read_committed: ', implode(' ', txn_test_read($brokers, $topic, 1, 'read_committed')), "\n";
echo 'read_uncommitted: ', implode(' ', txn_test_read($brokers, $topic, 1, 'read_uncommitted')), "\n";
?>
--EXPECT--
array(1) {
  ["sent"]=>
  int(2)
}
bool(true)
read_committed: kept-1 kept-2 kept-3
read_uncommitted: kept-1 kept-2 dropped-1 kept-3
