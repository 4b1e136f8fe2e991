--TEST--
Transactions: a producer destroyed (unset, or at script end) with a transaction open aborts it and warns, without calling onDelivery; after a commit or an abort, destruction says nothing
--FILE--
<?php
$cluster = new Kafka\MockCluster(1);
$cluster->createTopic('t', 1);
$brokers = $cluster->bootstrapServers();
function producer(string $brokers, string $id): Kafka\Producer
{
    $producer = new Kafka\Producer(['bootstrap.servers' => $brokers, 'transactional.id' => $id, 'linger.ms' => 5000]);
    $producer->initTransactions();
    $producer->onDelivery(fn (Kafka\Message $m) => print("onDelivery: {$m->payload}\n"));
    return $producer;
}

$done = producer($brokers, 'committed');
$done->transaction(fn (Kafka\Producer $p) => $p->send('t', 'committed'));
unset($done);
echo "committed one destroyed\n";

$aborted = producer($brokers, 'aborted');
$aborted->beginTransaction();
$aborted->send('t', 'aborted');
$aborted->abortTransaction();
unset($aborted);
echo "aborted one destroyed\n";

$open = producer($brokers, 'open');
$open->beginTransaction();
$open->send('t', 'queued in the open transaction');
unset($open);
echo "open one destroyed\n";

$atEnd = producer($brokers, 'at-end');
$atEnd->beginTransaction();
$atEnd->send('t', 'queued at script end');
echo "script ends\n";
?>
--EXPECTF--
onDelivery: committed
committed one destroyed
onDelivery: aborted
aborted one destroyed

Warning: %s: Kafka\Producer destroyed with a transaction open: the transaction was aborted (what it sent is discarded); commit or abort it before the producer goes in %s on line %d
open one destroyed
script ends

Warning: %s: Kafka\Producer destroyed with a transaction open: the transaction was aborted (what it sent is discarded); commit or abort it before the producer goes in %s on line %d
