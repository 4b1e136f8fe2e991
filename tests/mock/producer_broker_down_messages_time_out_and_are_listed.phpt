--TEST--
Producer: with the broker down past message.timeout.ms, every message is listed as failed by flush() (none silently dropped)
--FILE--
<?php
$cluster = new Kafka\MockCluster();
$cluster->createTopic('down', 1);
$producer = new Kafka\Producer(['bootstrap.servers' => $cluster->bootstrapServers(), 'message.timeout.ms' => 1000]);
$producer->sendAndWait('down', 'before');
$cluster->setBrokerDown(1);
for ($i = 0; $i < 5; $i++) {
    $producer->send('down', "lost-$i");
}
try {
    $producer->flush(10000);
} catch (Kafka\DeliveryException $e) {
    echo implode(',', array_map(fn ($m) => $m->payload, $e->failedMessages())), "\n";
    echo implode(',', array_unique(array_map(fn ($x) => $x->errorName(), $e->errors()))), "\n";
    var_dump($e->isRetriable());
}
var_dump($producer->pending());
?>
--EXPECT--
lost-0,lost-1,lost-2,lost-3,lost-4
_MSG_TIMED_OUT
bool(true)
int(0)
