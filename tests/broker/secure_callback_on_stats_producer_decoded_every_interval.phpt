--TEST--
Callbacks: Producer::onStats receives librdkafka's statistics decoded to an array every statistics.interval.ms (200 ms: 5 to 15 calls in 2 s), showing the SASL_SSL broker UP and the message sent
--FILE--
<?php
require __DIR__ . '/../lib/secure_test.php';
$producer = new Kafka\Producer(['statistics.interval.ms' => 200] + secure_test_config('sasl_ssl_scram512'));
$calls = [];
$producer->onStats(function (array $stats) use (&$calls) {
    $calls[] = [microtime(true), $stats];
});
$producer->sendAndWait(kafka_test_name('secure-cb'), 'counted', timeoutMs: 15000);
$calls = [];
$started = microtime(true);
while (microtime(true) - $started < 2.0) {
    $producer->poll(50);
}
$last = $calls === [] ? [] : end($calls)[1];
$up = array_filter($last['brokers'] ?? [], fn ($b) => str_starts_with($b['name'] ?? '', 'sasl_ssl://') && ($b['state'] ?? '') === 'UP');
echo 'calls in 2 s between 5 and 15: ', count($calls) >= 5 && count($calls) <= 15 ? 'yes' : 'no (' . count($calls) . ')', "\n";
echo 'type: ', $last['type'] ?? '-', "\n";
echo 'a sasl_ssl broker UP: ', $up !== [] ? 'yes' : 'no', "\n";
echo 'txmsgs at least 1: ', ($last['txmsgs'] ?? 0) >= 1 ? 'yes' : 'no', "\n";
?>
--EXPECT--
calls in 2 s between 5 and 15: yes
type: producer
a sasl_ssl broker UP: yes
txmsgs at least 1: yes
