--TEST--
--stop-after-last-message stops at the end offsets the partitions had when assigned (real broker, 2 partitions): messages published while it runs are left for the next run, which handles exactly those
--FILE--
<?php
require __DIR__ . '/lib/laravel_test.php';

$brokers = kafka_test_brokers();
$topic = laravel_test_broker_topic('laravel-last', 2);
$group = kafka_test_name('last');
// Message 1's handler publishes three more messages to the topic before it returns.
laravel_test_produce($brokers, $topic, [['id' => 1, 'publish' => 3], ['id' => 2], ['id' => 3], ['id' => 4]], fn ($body) => "k{$body['id']}");

$log = laravel_test_tmp() . '/handled.log';
$env = ['KAFKA_BROKERS' => $brokers, 'TEST_HANDLER_LOG' => $log];
$args = ['kafka:consume', "--topics=$topic", "--group=$group", '--handler=App\Kafka\RecordingHandler', '--stop-after-last-message'];
$handled = function () use ($log): string {
    $ids = array_map(fn ($l) => substr($l, 5), preg_grep('/^done /', laravel_test_handler_lines($log)));
    sort($ids);
    return implode(',', $ids);
};

[$status, , $stderr] = laravel_test_artisan($args, $env);
echo "first run: exit $status; ", trim(preg_replace('/Consuming .*\n/', '', $stderr)), "; handled ", $handled(), "\n";
file_put_contents($log, '');
[$status, , $stderr] = laravel_test_artisan($args, $env);
echo "second run: exit $status; ", trim(preg_replace('/Consuming .*\n/', '', $stderr)), "; handled ", $handled(), "\n";
echo "committed: ", array_sum(laravel_test_committed($brokers, $group, $topic, 2)), "\n";
?>
--EXPECT--
first run: exit 0; Stopped (last_message) after 4 message(s); handled 1,2,3,4
second run: exit 0; Stopped (last_message) after 3 message(s); handled late-1,late-2,late-3
committed: 7
