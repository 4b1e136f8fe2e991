--TEST--
php artisan kafka:consume on the embedded cluster: prints every message of a 3-partition topic (key, headers, JSON body), stops after the last one (--stop-after-last-message), exits 0 and has committed them all
--FILE--
<?php
require __DIR__ . '/lib/laravel_test.php';

$cluster = new \Kafka\MockCluster();
$cluster->createTopic('orders', 3);
$producer = new \Kafka\Producer(['bootstrap.servers' => $cluster->bootstrapServers()]);
for ($i = 1; $i <= 12; $i++) {
    $producer->send('orders', json_encode(['order_id' => $i, 'total' => $i * 10.5]), "order-$i", ['source' => 'test']);
}
$producer->flush();

[$status, $stdout, $stderr] = laravel_test_artisan(['kafka:consume', '--topics=orders', '--group=billing', '--stop-after-last-message'],
    ['KAFKA_BROKERS' => $cluster->bootstrapServers()]);
echo "exit $status\n", $stderr;
$seen = [];
foreach (explode("\n", trim($stdout)) as $line) {
    $m = json_decode($line, true);
    $seen[$m['body']['order_id']] = "{$m['key']} {$m['headers']['source']} {$m['body']['total']}";
}
ksort($seen);
echo count($seen), " orders; 1: {$seen[1]}; 12: {$seen[12]}\n";
echo "committed: ", array_sum(laravel_test_committed($cluster->bootstrapServers(), 'billing', 'orders', 3)), "\n";
?>
--EXPECT--
exit 0
Consuming orders as group billing
Stopped (last_message) after 12 message(s)
12 orders; 1: order-1 test 10.5; 12: order-12 test 126
committed: 12
