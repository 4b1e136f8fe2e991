--TEST--
ConsumerGroup: commit($m4) after consumeBatch() returned m0..m9 commits 5 and marks m0..m4 done; auto commit does not commit past m4 until the application asks for more
--FILE--
<?php
$cluster = new Kafka\MockCluster(1);
$cluster->createTopic('batch', 1);
$producer = new Kafka\Producer(['bootstrap.servers' => $cluster->bootstrapServers()]);
for ($i = 0; $i < 10; $i++) {
    $producer->send('batch', "m$i", partition: 0);
}
$producer->flush();

$group = new Kafka\ConsumerGroup(['bootstrap.servers' => $cluster->bootstrapServers(), 'group.id' => 'g',
    'auto.offset.reset' => 'earliest', 'auto.commit.interval.ms' => 100]);
$group->subscribe('batch');
$batch = [];
$deadline = microtime(true) + 15;
while (count($batch) < 10 && microtime(true) < $deadline) {
    $batch = array_merge($batch, $group->consumeBatch(10 - count($batch), 1000));
}
echo count($batch), " consumed\n";
$group->commit($batch[4]);
$tp = new Kafka\TopicPartition('batch', 0);
echo "after commit: ", $group->committed([$tp])[0]->offset, "\n";
usleep(700000); // several auto-commit intervals: m5..m9 are still being handled
echo "after auto commit: ", $group->committed([$tp])[0]->offset, "\n";
var_dump($group->consume(100)); // the application is back: m5..m9 are done
usleep(700000);
echo "after asking for more: ", $group->committed([$tp])[0]->offset, "\n";
$group->close();
?>
--EXPECT--
10 consumed
after commit: 5
after auto commit: 5
NULL
after asking for more: 10
