--TEST--
Producer: php.destroy.flush.timeout.ms => PHP_INT_MAX (clamped, no overflow) lets destruction wait for delivery instead of purging at once
--FILE--
<?php
$cluster = new Kafka\MockCluster(1);
$cluster->createTopic('forever', 1);
$cluster->setBrokerRtt(1, 400); // delivery takes a while: destruction has to wait for it
$producer = new Kafka\Producer(['bootstrap.servers' => $cluster->bootstrapServers(), 'php.destroy.flush.timeout.ms' => PHP_INT_MAX]);
for ($i = 0; $i < 10; $i++) {
    $producer->send('forever', "m$i", partition: 0);
}
$start = microtime(true);
unset($producer); // no flush(): destruction delivers them
echo "destruction waited: ", microtime(true) - $start > 0.3 ? 'yes' : 'no', "\n";
$cluster->setBrokerRtt(1, 0);
$consumer = new Kafka\Consumer(['bootstrap.servers' => $cluster->bootstrapServers()]);
$consumer->assign([new Kafka\TopicPartition('forever', 0, Kafka\Offset::BEGINNING)]);
$n = 0;
while ($consumer->consume(2000)) {
    $n++;
}
echo "$n delivered\n";
?>
--EXPECT--
destruction waited: yes
10 delivered
