--TEST--
kafka:consume --memory=1 (embedded cluster): stops as soon as the process uses more than 1 MB, with exit code 12 (as queue:work), having committed what it handled; the next run goes on from there
--FILE--
<?php
require __DIR__ . '/lib/laravel_test.php';

$cluster = new \Kafka\MockCluster();
$cluster->createTopic('imports', 1);
laravel_test_produce($cluster->bootstrapServers(), 'imports', array_map(fn ($i) => ['id' => $i], range(1, 5)));
$args = ['kafka:consume', '--topics=imports', '--group=importers'];
// The embedded cluster (librdkafka's mock) rebalances a group only once a departed member's session expired.
$env = ['KAFKA_BROKERS' => $cluster->bootstrapServers(), 'KAFKA_SESSION_TIMEOUT_MS' => '6000', 'KAFKA_HEARTBEAT_INTERVAL_MS' => '1000'];
[$status, $stdout, $stderr] = laravel_test_artisan([...$args, '--memory=1'], $env);
$first = $stdout === '' ? [] : array_map(fn ($l) => json_decode($l, true)['body']['id'], explode("\n", trim($stdout)));
echo "exit $status; ", preg_match('/^Stopped \(memory\) after (\d+) message/m', $stderr, $m) ? "stopped (memory)" : $stderr, "\n";
echo "reported count matches: ", var_export((int) ($m[1] ?? -1) === count($first), true), "\n";
echo "committed what it handled: ", var_export(array_sum(laravel_test_committed($cluster->bootstrapServers(), 'importers', 'imports', 1)) === count($first), true), "\n";

[$status, $stdout] = laravel_test_artisan([...$args, '--stop-after-last-message'], $env);
$second = array_map(fn ($l) => json_decode($l, true)['body']['id'], explode("\n", trim($stdout)));
echo "second run: exit $status; both runs: ", implode(',', [...$first, ...$second]), "\n";
?>
--EXPECT--
exit 12; stopped (memory)
reported count matches: true
committed what it handled: true
second run: exit 0; both runs: 1,2,3,4,5
