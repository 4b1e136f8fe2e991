--TEST--
ConsumerGroup: consume() returns null when nothing arrives within the timeout (no error object, no exception)
--FILE--
<?php
$cluster = new Kafka\MockCluster(1);
$cluster->createTopic('quiet', 2);
$group = new Kafka\ConsumerGroup(['bootstrap.servers' => $cluster->bootstrapServers(), 'group.id' => 'g']);
$group->subscribe('quiet');
$start = microtime(true);
var_dump($group->consume(700));
$elapsed = microtime(true) - $start;
var_dump($elapsed >= 0.65, $elapsed < 2.0);
$start = microtime(true);
var_dump($group->consume(0));
var_dump(microtime(true) - $start < 0.5);
$group->close();
?>
--EXPECT--
NULL
bool(true)
bool(true)
NULL
bool(true)
