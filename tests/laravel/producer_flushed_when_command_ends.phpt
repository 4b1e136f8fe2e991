--TEST--
An artisan command that publishes and returns without flushing: the package flushes in Laravel's terminating callbacks (nothing pending afterwards) and every message is on the topic
--FILE--
<?php
require __DIR__ . '/lib/laravel_test.php';

$cluster = new \Kafka\MockCluster();
$cluster->createTopic('signups', 2);
[$status, $stdout, $stderr] = laravel_test_artisan(['test:publish', 'signups', '50', '--key'], ['KAFKA_BROKERS' => $cluster->bootstrapServers()]);
echo "exit $status\n", trim($stderr), "\n";
$lines = kafka_test_kcat_read($cluster->bootstrapServers(), 'signups', "%k %s\n");
sort($lines, SORT_NATURAL);
echo count($lines), " messages; first: {$lines[0]}; last: {$lines[49]}\n";
?>
--EXPECT--
exit 0
after terminate: 1 producer(s), 0 message(s) pending
50 messages; first: key-1 {"id":1}; last: key-50 {"id":50}
