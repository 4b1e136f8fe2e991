--TEST--
Producer: after a fatal error (an idempotence failure the broker will not let it recover from), flush() still serves the reports of what failed (onDelivery, failedMessages()), and every later call throws the fatal error naming its cause
--FILE--
<?php
$cluster = new Kafka\MockCluster(1);
$cluster->createTopic('fatal', 1);
$producer = new Kafka\Producer(['bootstrap.servers' => $cluster->bootstrapServers(), 'php.destroy.flush.timeout.ms' => 0]);
$producer->sendAndWait('fatal', 'warm', partition: 0);
$reported = [];
$producer->onDelivery(function (Kafka\Message $m, ?Kafka\Exception $e) use (&$reported) {
    $reported[] = $m->payload . ': ' . ($e ? 'failed' : 'delivered');
});
// UNKNOWN_PRODUCER_ID/OUT_OF_ORDER_SEQUENCE_NUMBER: an idempotent producer cannot go on
$cluster->pushRequestErrors(Kafka\MockCluster::API_PRODUCE, [45, 45, 45, 45, 45]);
for ($i = 0; $i < 5; $i++) {
    $producer->send('fatal', "m$i", partition: 0);
}
try {
    $producer->flush(10000);
    echo "flush: no exception\n";
} catch (Kafka\Exception $e) {
    echo "flush: ", get_class($e), ", fatal: ", var_export($e->isFatal(), true), "\n";
}
echo "reports seen by onDelivery: ", count($reported), "\n";
foreach (['send' => fn () => $producer->send('fatal', 'x'), 'flush' => fn () => $producer->flush(100)] as $what => $call) {
    try {
        $call();
        echo "$what: no exception\n";
    } catch (Kafka\Exception $e) {
        echo "$what: fatal ", var_export($e->isFatal(), true), ", ", str_contains($e->getMessage(), 'must be recreated') ? 'says so' : $e->getMessage(), "\n";
    }
}
?>
--EXPECTF--
flush: Kafka\Exception, fatal: true
reports seen by onDelivery: 5
send: fatal true, says so
flush: fatal true, says so
