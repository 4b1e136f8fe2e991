--TEST--
PHP-FPM (real broker): 500 requests each send a message with a unique id on Kafka\Producer::persistent() without flush(); every one is on the broker exactly once, and each worker made its producer once
--FILE--
<?php
require __DIR__ . '/../lib/fpm_test.php';
$brokers = kafka_test_brokers();
$topic = kafka_test_name('fpm-500');
kafka_test_create_topic($topic, 3);
$fpm = new KafkaTests\FpmServer(['children' => 2]);
$statuses = [];
$servedByPid = [];
for ($i = 0; $i < 500; $i++) {
    $response = $fpm->request('send.php', ['BROKERS' => $brokers, 'TOPIC' => $topic, 'MESSAGE' => "id-$i", 'KEY' => (string) $i]);
    $statuses[$response->status] = ($statuses[$response->status] ?? 0) + 1;
    [$pid, $served] = array_map('intval', explode(' ', $response->body));
    $servedByPid[$pid] = max($servedByPid[$pid] ?? 0, $served);
}
$fpm->stop();
print_r($statuses);
$ids = kafka_test_kcat_read($brokers, $topic, '%s\n');
$expected = array_map(fn (int $i) => "id-$i", range(0, 499));
sort($ids);
sort($expected);
echo "on the broker: ", count($ids), ", distinct: ", count(array_unique($ids)), ", exactly the ids sent: ", var_export($ids === $expected, true), "\n";
// "requests served" of each worker's producer reaches that worker's share: made once, reused
echo "requests served by the workers' producers: ", array_sum($servedByPid), " (", count($servedByPid), " workers)\n";
echo "warnings: ", substr_count($fpm->errorLog(), 'Warning'), "\n";
?>
--EXPECT--
Array
(
    [200] => 500
)
on the broker: 500, distinct: 500, exactly the ids sent: true
requests served by the workers' producers: 500 (2 workers)
warnings: 0
