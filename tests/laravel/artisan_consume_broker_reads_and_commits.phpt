--TEST--
php artisan kafka:consume on the real broker: manual commit mode, every message of a 3-partition topic handled by a handler class, exits 0 after the last one and has committed them all
--FILE--
<?php
require __DIR__ . '/lib/laravel_test.php';

$brokers = kafka_test_brokers();
$topic = laravel_test_broker_topic('laravel-orders', 3);
$group = kafka_test_name('billing');
laravel_test_produce($brokers, $topic, array_map(fn ($i) => ['id' => $i], range(1, 30)), fn ($body) => "order-{$body['id']}");

$log = laravel_test_tmp() . '/handled.log';
[$status, $stdout, $stderr] = laravel_test_artisan(['kafka:consume', "--topics=$topic", "--group=$group", '--commit=manual',
    '--handler=App\Kafka\RecordingHandler', '--stop-after-last-message'], ['KAFKA_BROKERS' => $brokers, 'TEST_HANDLER_LOG' => $log]);
echo "exit $status\n", preg_replace('/laravel-orders-\S+|billing-\S+/', '<name>', $stderr);
$done = preg_grep('/^done /', laravel_test_handler_lines($log));
$ids = array_map(fn ($line) => (int) substr($line, 5), $done);
sort($ids);
echo count($ids), " handled, distinct ", count(array_unique($ids)), ", ", $ids === range(1, 30) ? 'ids 1..30' : json_encode($ids), "\n";
echo "committed: ", array_sum(laravel_test_committed($brokers, $group, $topic, 3)), "\n";
?>
--EXPECT--
exit 0
Consuming <name> as group <name>
Stopped (last_message) after 30 message(s)
30 handled, distinct 30, ids 1..30
committed: 30
