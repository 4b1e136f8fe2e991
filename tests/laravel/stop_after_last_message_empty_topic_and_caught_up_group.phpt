--TEST--
--stop-after-last-message with nothing to read (real broker): on an empty topic, and for a group already at the end, kafka:consume stops as soon as it holds its partitions, with 0 messages
--FILE--
<?php
require __DIR__ . '/lib/laravel_test.php';

$brokers = kafka_test_brokers();
$topic = laravel_test_broker_topic('laravel-empty', 3);
$group = kafka_test_name('empty');
$env = ['KAFKA_BROKERS' => $brokers];
$args = ['kafka:consume', "--topics=$topic", "--group=$group", '--stop-after-last-message'];
$run = function (string $what) use ($args, $env): void {
    $start = microtime(true);
    [$status, $stdout, $stderr] = laravel_test_artisan($args, $env);
    printf("%s: exit %d; %s; %d line(s) printed; under 15 s: %s\n", $what, $status, trim(preg_replace('/Consuming .*\n/', '', $stderr)),
        $stdout === '' ? 0 : substr_count($stdout, "\n"), var_export(microtime(true) - $start < 15, true));
};
$run('empty topic');
laravel_test_produce($brokers, $topic, [['id' => 1], ['id' => 2]], fn ($body) => "k{$body['id']}");
$run('two messages');
$run('caught up');
?>
--EXPECT--
empty topic: exit 0; Stopped (last_message) after 0 message(s); 0 line(s) printed; under 15 s: true
two messages: exit 0; Stopped (last_message) after 2 message(s); 2 line(s) printed; under 15 s: true
caught up: exit 0; Stopped (last_message) after 0 message(s); 0 line(s) printed; under 15 s: true
