--TEST--
kafka:consume --max-messages=3 (embedded cluster): handles three messages, commits them, exits 0; the rest stay for the next run
--FILE--
<?php
require __DIR__ . '/lib/laravel_test.php';

$cluster = new \Kafka\MockCluster();
$cluster->createTopic('jobs', 1);
laravel_test_produce($cluster->bootstrapServers(), 'jobs', array_map(fn ($i) => ['id' => $i], range(1, 10)));
[$status, $stdout, $stderr] = laravel_test_artisan(['kafka:consume', '--topics=jobs', '--group=runners', '--max-messages=3'],
    ['KAFKA_BROKERS' => $cluster->bootstrapServers()]);
echo "exit $status; ", trim(preg_replace('/Consuming .*\n/', '', $stderr)), "\n";
echo implode(',', array_map(fn ($l) => json_decode($l, true)['body']['id'], explode("\n", trim($stdout)))), "\n";
echo "committed: ", array_sum(laravel_test_committed($cluster->bootstrapServers(), 'runners', 'jobs', 1)), "\n";
?>
--EXPECT--
exit 0; Stopped (max_messages) after 3 message(s)
1,2,3
committed: 3
