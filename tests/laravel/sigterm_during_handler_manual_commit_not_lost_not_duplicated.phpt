--TEST--
SIGTERM while a handler runs (manual commit: synchronous commit after each handler, real broker): kafka:consume finishes that message, commits, leaves and exits 0 within a second of the handler's end; restarted, it goes on with the next message: none lost, none handled twice
--FILE--
<?php
require __DIR__ . '/lib/laravel_test.php';

$brokers = kafka_test_brokers();
$topic = laravel_test_broker_topic('laravel-sigterm-manual', 1);
$group = kafka_test_name('workers');
$bodies = array_map(fn ($i) => ['id' => $i] + ($i === 3 ? ['sleep_ms' => 2500] : []), range(1, 6));
laravel_test_produce($brokers, $topic, $bodies);

$log = laravel_test_tmp() . '/handled.log';
$env = ['KAFKA_BROKERS' => $brokers, 'TEST_HANDLER_LOG' => $log];
$args = ['kafka:consume', "--topics=$topic", "--group=$group", '--commit=manual', '--handler=App\Kafka\RecordingHandler'];
$worker = laravel_test_artisan_start($args, $env);
laravel_test_wait_for(fn () => in_array('start 3 0/2', laravel_test_handler_lines($log), true), 60, 'the handler of message 3');
posix_kill($worker['pid'], SIGTERM);
$signalled = microtime(true);
[$status, $stdout, $stderr] = laravel_test_artisan_wait($worker, 30);
echo "first run: exit $status; ", trim(preg_replace('/Consuming .*\n/', '', $stderr)), "\n";
// The handler had started before the signal and takes 2.5 s: the process is gone at most ~1 s after it ends.
echo "exited within 1 s of the handler's end: ", var_export(microtime(true) - $signalled < 2.5 + 1.5, true), "\n";
echo implode(' | ', laravel_test_handler_lines($log)), "\n";

[$status, $stdout, $stderr] = laravel_test_artisan([...$args, '--stop-after-last-message'], $env);
echo "second run: exit $status; ", trim(preg_replace('/Consuming .*\n/', '', $stderr)), "\n";
$starts = array_map(fn ($l) => explode(' ', $l)[1], preg_grep('/^start /', laravel_test_handler_lines($log)));
echo "handled: ", implode(',', $starts), "\n";
echo "committed: ", array_sum(laravel_test_committed($brokers, $group, $topic, 1)), "\n";
?>
--EXPECT--
first run: exit 0; Stopped (SIGTERM) after 3 message(s)
exited within 1 s of the handler's end: true
start 1 0/0 | done 1 | start 2 0/1 | done 2 | start 3 0/2 | done 3
second run: exit 0; Stopped (last_message) after 3 message(s)
handled: 1,2,3,4,5,6
committed: 6
