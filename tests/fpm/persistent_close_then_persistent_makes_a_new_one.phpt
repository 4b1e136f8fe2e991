--TEST--
PHP-FPM (embedded cluster): close() ends a persistent producer for good (the object is closed); persistent() then makes a new one, which later requests reuse
--FILE--
<?php
require __DIR__ . '/../lib/fpm_test.php';
$cluster = new Kafka\MockCluster();
$cluster->createTopic('close', 1);
$fpm = new KafkaTests\FpmServer();
$params = ['BROKERS' => $cluster->bootstrapServers(), 'TOPIC' => 'close'];
echo "-- request 1 (keeps it)\n", $fpm->request('close.php', $params + ['MESSAGE' => 'r1', 'CLOSE' => '0'])->ok();
echo "-- request 2 (closes it)\n", $fpm->request('close.php', $params + ['MESSAGE' => 'r2', 'CLOSE' => '1'])->ok();
echo "-- request 3\n", $fpm->request('close.php', $params + ['MESSAGE' => 'r3', 'CLOSE' => '0'])->ok();
$fpm->stop();
echo implode(' ', kafka_test_kcat_read($cluster->bootstrapServers(), 'close', '%s\n')), "\n";
?>
--EXPECT--
-- request 1 (keeps it)
same object: true
fpm-test: delivered 2, failed 0, requests 1
-- request 2 (closes it)
closed object: This Kafka\Producer is closed
same object: false
fpm-test: delivered 1, failed 0, requests 1
-- request 3
same object: true
fpm-test: delivered 3, failed 0, requests 2
r1-first r1-second r2-first r2-second r3-first r3-second
