--TEST--
PHP-FPM (real broker): workers recycled by pm.max_requests lose nothing a persistent producer queued, and the request's end sends at once instead of waiting for linger.ms
--FILE--
<?php
require __DIR__ . '/../lib/fpm_test.php';
$brokers = kafka_test_brokers();
$topic = kafka_test_name('fpm-recycle');
kafka_test_create_topic($topic, 3);
$fpm = new KafkaTests\FpmServer(['children' => 1, 'max_requests' => 3]);
$pids = [];
$slowest = 0.0;
$sent = [];
for ($r = 0; $r < 20; $r++) {
    $messages = array_map(fn (int $n) => "r$r-m$n", range(0, 49));
    $response = $fpm->request('send.php', ['BROKERS' => $brokers, 'TOPIC' => $topic, 'MESSAGE' => implode(',', $messages),
        'CONFIG' => json_encode(['linger.ms' => 5000])]);
    $response->ok();
    $pids[(int) $response->body] = true;
    $slowest = max($slowest, $response->seconds);
    array_push($sent, ...$messages);
}
$fpm->stop();
echo "workers: ", count($pids), "\n";
echo "slowest request under linger.ms: ", $slowest < 2.5 ? 'yes' : "no ($slowest s)", "\n";
$read = kafka_test_kcat_read($brokers, $topic, '%s\n');
sort($read);
sort($sent);
echo "on the broker: ", count($read), ", exactly those sent: ", var_export($read === $sent, true), "\n";
?>
--EXPECT--
workers: 7
slowest request under linger.ms: yes
on the broker: 1000, exactly those sent: true
