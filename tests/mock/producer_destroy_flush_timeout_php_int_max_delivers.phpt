--TEST--
Producer: php.destroy.flush.timeout.ms => PHP_INT_MAX (clamped, no overflow) lets destruction wait for delivery instead of purging at once
--FILE--
<?php
$cluster = new Kafka\MockCluster(1);
$producer = new Kafka\Producer(['bootstrap.servers' => $cluster->bootstrapServers(), 'php.destroy.flush.timeout.ms' => PHP_INT_MAX]);
for ($i = 0; $i < 10; $i++) {
    $producer->send('forever', "m$i", partition: 0);
}
unset($producer); // no flush(): destruction delivers them
$consumer = new Kafka\Consumer(['bootstrap.servers' => $cluster->bootstrapServers()]);
$consumer->assign([new Kafka\TopicPartition('forever', 0, Kafka\Offset::BEGINNING)]);
$n = 0;
while ($consumer->consume(2000)) {
    $n++;
}
echo "$n delivered\n";
?>
--EXPECT--
10 delivered
