--TEST--
MockCluster: listens on loopback; kcat (another process) lists its brokers and topics
--FILE--
<?php
$cluster = new Kafka\MockCluster(3);
$cluster->createTopic('orders', 6, 3);
$bootstrap = $cluster->bootstrapServers();
var_dump(count(explode(',', $bootstrap)), $cluster->brokerCount());
exec('kcat -b ' . escapeshellarg($bootstrap) . ' -L -t orders 2>&1', $lines, $status);
var_dump($status);
$text = implode("\n", $lines);
var_dump(preg_match('/3 brokers:/', $text), preg_match('/topic "orders" with 6 partitions/', $text));
?>
--EXPECT--
int(3)
int(3)
int(0)
int(1)
int(1)
