--TEST--
Producer: sendAndWait(), flush() and close() make librdkafka send at once instead of waiting out linger.ms
--FILE--
<?php
$cluster = new Kafka\MockCluster(1);
$producer = new Kafka\Producer(['bootstrap.servers' => $cluster->bootstrapServers(), 'linger.ms' => 3000]);
$producer->sendAndWait('warm', 'up'); // connection and metadata
$start = microtime(true);
$producer->sendAndWait('linger', 'a');
printf("sendAndWait well under linger.ms: %s\n", microtime(true) - $start < 1.0 ? 'yes' : 'no');
$producer->send('linger', 'b');
$start = microtime(true);
$producer->flush();
printf("flush well under linger.ms: %s\n", microtime(true) - $start < 1.0 ? 'yes' : 'no');
$producer->send('linger', 'c');
$start = microtime(true);
$producer->close();
printf("close well under linger.ms: %s\n", microtime(true) - $start < 1.0 ? 'yes' : 'no');
?>
--EXPECT--
sendAndWait well under linger.ms: yes
flush well under linger.ms: yes
close well under linger.ms: yes
