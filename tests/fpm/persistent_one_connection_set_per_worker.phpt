--TEST--
PHP-FPM (real broker): the broker connections of persistent producers stay at one set per worker however many requests they serve, where a producer per request opens and closes its own
--FILE--
<?php
require __DIR__ . '/../lib/fpm_test.php';
$brokers = kafka_test_brokers();
$topic = kafka_test_name('fpm-connections');
kafka_test_create_topic($topic, 1);
$fpm = new KafkaTests\FpmServer(['children' => 2]);
$pids = [];
$run = function (int $requests) use ($fpm, $brokers, $topic, &$pids): void {
    for ($i = 0; $i < $requests; $i++) {
        $pids[(int) $fpm->request('send.php', ['BROKERS' => $brokers, 'TOPIC' => $topic, 'MESSAGE' => 'm'])->ok()] = true;
    }
};
$run(20);
$after20 = fpm_test_connections(array_keys($pids), $brokers);
$run(80);
$after100 = fpm_test_connections(array_keys($pids), $brokers);
echo "workers: ", count($pids), "\n";
echo "connections after 20 requests: ", $after20 > 0 ? 'some' : 'none', ", after 100: the same: ", var_export($after100 === $after20, true), "\n";
echo "at most 2 per worker (bootstrap and broker 1): ", var_export($after100 <= 2 * count($pids), true), "\n";
$fpm->stop();
echo "messages: ", count(kafka_test_kcat_read($brokers, $topic, '%s\n')), "\n";
?>
--EXPECT--
workers: 2
connections after 20 requests: some, after 100: the same: true
at most 2 per worker (bootstrap and broker 1): true
messages: 100
