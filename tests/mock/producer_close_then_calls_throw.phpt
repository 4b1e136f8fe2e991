--TEST--
Producer: close() flushes and releases the handle; every later call throws a clear Kafka\Exception
--FILE--
<?php
$cluster = new Kafka\MockCluster();
$producer = new Kafka\Producer(['bootstrap.servers' => $cluster->bootstrapServers()]);
$acked = 0;
$producer->onDelivery(function ($m, $e) use (&$acked) { $acked += $e ? 0 : 1; });
for ($i = 0; $i < 20; $i++) {
    $producer->send('closing', "m$i");
}
$producer->close();
var_dump($acked);
foreach (['send' => fn () => $producer->send('closing', 'late'), 'flush' => fn () => $producer->flush(),
          'poll' => fn () => $producer->poll(), 'pending' => fn () => $producer->pending(), 'close' => fn () => $producer->close()] as $name => $call) {
    try {
        $call();
        echo "$name: accepted\n";
    } catch (Kafka\Exception $e) {
        echo "$name: ", $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
int(20)
send: This Kafka\Producer is closed
flush: This Kafka\Producer is closed
poll: This Kafka\Producer is closed
pending: This Kafka\Producer is closed
close: This Kafka\Producer is closed
