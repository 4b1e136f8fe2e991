--TEST--
A handler that throws without a dead-letter topic (real broker, auto commit): kafka:consume exits 1 with the error, the message is not committed, and the next run gets it again (at least once)
--FILE--
<?php
require __DIR__ . '/lib/laravel_test.php';

$brokers = kafka_test_brokers();
$topic = laravel_test_broker_topic('laravel-failing', 1);
$group = kafka_test_name('failing');
laravel_test_produce($brokers, $topic, [['id' => 1], ['id' => 2, 'fail' => true], ['id' => 3]]);

$log = laravel_test_tmp() . '/handled.log';
$env = ['KAFKA_BROKERS' => $brokers, 'TEST_HANDLER_LOG' => $log, 'LOG_CHANNEL' => 'null'];
$args = ['kafka:consume', "--topics=$topic", "--group=$group", '--handler=App\Kafka\RecordingHandler', '--stop-after-last-message'];
[$status, $stdout, $stderr] = laravel_test_artisan($args, $env);
echo "exit $status; ", trim(preg_replace('/Consuming .*\n/', '', $stderr)), "\n";
echo "committed: ", array_sum(laravel_test_committed($brokers, $group, $topic, 1)), "\n";
[$status] = laravel_test_artisan($args, $env);
echo "second run: exit $status\n";
echo implode(' | ', laravel_test_handler_lines($log)), "\n";
?>
--EXPECT--
exit 1; Stopped by an error after 2 message(s): DomainException: cannot handle 2
committed: 1
second run: exit 1
start 1 0/0 | done 1 | start 2 0/1 | start 2 0/1
