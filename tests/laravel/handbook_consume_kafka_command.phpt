--TEST--
The handbook's app/Console/Commands/ConsumeKafka.php (kafka:consume, unchanged apart from its use line) prints each user event it consumes and stops cleanly on SIGTERM, having committed them
--FILE--
<?php
require __DIR__ . '/lib/laravel_test.php';

$cluster = new \Kafka\MockCluster();
$cluster->createTopic('user-events', 2);
$env = ['KAFKA_BROKERS' => $cluster->bootstrapServers(), 'TEST_APP_HANDBOOK_COMMANDS' => '1'];
$worker = laravel_test_artisan_start(['kafka:consume'], $env);

// Published while it runs, with the handbook's producer snippet.
laravel_test_boot($env);
foreach ([1, 2, 3] as $id) {
    Kafka\Laravel\Facades\Kafka::publishOn('user-events')->withMessage(['event' => 'user_created', 'user_id' => $id])->send();
}
Kafka\Laravel\Facades\Kafka::flush();

laravel_test_wait_for(fn () => substr_count(laravel_test_artisan_output($worker)[0], 'Processing:') >= 3, 60, 'three "Processing:" lines');
$start = microtime(true);
posix_kill($worker['pid'], SIGTERM);
[$status, $stdout, $stderr] = laravel_test_artisan_wait($worker, 30);
$lines = explode("\n", trim($stdout));
sort($lines);
echo implode("\n", $lines), "\n";
echo "exit $status", trim($stderr) === '' ? '' : ", stderr: $stderr", "\n";
echo "stopped within 3 s of SIGTERM: ", var_export(microtime(true) - $start < 3, true), "\n";
echo "committed: ", array_sum(laravel_test_committed($cluster->bootstrapServers(), 'laravel-consumer', 'user-events', 2)), "\n";
?>
--EXPECT--
Processing: {"event":"user_created","user_id":1}
Processing: {"event":"user_created","user_id":2}
Processing: {"event":"user_created","user_id":3}
exit 0
stopped within 3 s of SIGTERM: true
committed: 3
