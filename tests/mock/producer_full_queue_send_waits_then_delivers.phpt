--TEST--
Producer: a full local queue makes send() wait while serving reports instead of failing; nothing is dropped
--FILE--
<?php
$cluster = new Kafka\MockCluster();
$cluster->setBrokerRtt(1, 20); // a slow broker, so the 50-message queue fills up
$producer = new Kafka\Producer(['bootstrap.servers' => $cluster->bootstrapServers(), 'queue.buffering.max.messages' => 50]);
$acked = 0;
$producer->onDelivery(function ($m, $e) use (&$acked) { $acked += $e ? 0 : 1; });
for ($i = 0; $i < 2000; $i++) {
    $producer->send('busy', "m$i");
}
$producer->flush(30000);
var_dump($acked);
?>
--EXPECT--
int(2000)
