--TEST--
Consumer: lag() reads the partition's end offset from the broker at the time of the call, also for a paused partition whose fetch responses stopped
--FILE--
<?php
$cluster = new Kafka\MockCluster(1);
$cluster->createTopic('lagging', 1);
$producer = new Kafka\Producer(['bootstrap.servers' => $cluster->bootstrapServers()]);
for ($i = 0; $i < 5; $i++) {
    $producer->send('lagging', "a$i", partition: 0);
}
$producer->flush();
$consumer = new Kafka\Consumer(['bootstrap.servers' => $cluster->bootstrapServers(), 'group.id' => 'lag-g']);
$tp = new Kafka\TopicPartition('lagging', 0);
$consumer->assign([$tp->withOffset(Kafka\Offset::BEGINNING)]);
for ($i = 0; $i < 5; $i++) {
    $consumer->consume(5000);
}
$lag = $consumer->lag()[0];
echo "end {$lag['end']} position {$lag['position']} lag {$lag['lag']}\n";
$consumer->pause([$tp]);
for ($i = 0; $i < 100; $i++) {
    $producer->send('lagging', "b$i", partition: 0);
}
$producer->flush();
usleep(300000);
$lag = $consumer->lag()[0];
echo "end {$lag['end']} position {$lag['position']} lag {$lag['lag']}\n";
$consumer->close();
?>
--EXPECT--
end 5 position 5 lag 0
end 105 position 5 lag 100
