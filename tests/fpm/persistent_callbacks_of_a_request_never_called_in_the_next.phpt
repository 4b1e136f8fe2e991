--TEST--
PHP-FPM (embedded cluster): the onDelivery, onStats, onLog and onError callbacks a request gives a persistent producer (capturing its objects) are forgotten at its end; later requests' events never reach them, and a later request's own callbacks work
--FILE--
<?php
require __DIR__ . '/../lib/fpm_test.php';
$cluster = new Kafka\MockCluster();
$cluster->createTopic('callbacks', 1);
$fpm = new KafkaTests\FpmServer();
$log = $fpm->dir . '/callbacks.log';
$params = ['BROKERS' => $cluster->bootstrapServers(), 'TOPIC' => 'callbacks', 'LOG' => $log,
    'CONFIG' => json_encode(['statistics.interval.ms' => 100, 'debug' => 'msg'])];
$lines = function () use ($log): array {
    $counts = [];
    foreach (file($log, FILE_IGNORE_NEW_LINES) ?: [] as $line) {
        $counts[$line] = ($counts[$line] ?? 0) + 1;
    }
    ksort($counts);
    return $counts;
};
echo $fpm->request('callbacks.php', $params + ['REQUEST' => 1, 'REGISTER' => '1', 'WAIT_MS' => 0])->ok();
$afterFirst = $lines();
echo "request 1's callbacks ran in request 1: ", isset($afterFirst['1:delivery'], $afterFirst['1:log']) ? 'onDelivery, onLog' : implode(', ', array_keys($afterFirst)), "\n";
// its end delivered "1-at-end" without calling onDelivery: once, for "1-acked"
echo "onDelivery calls in request 1: ", $afterFirst['1:delivery'] ?? 0, "\n";
echo $fpm->request('callbacks.php', $params + ['REQUEST' => 2, 'REGISTER' => '0', 'WAIT_MS' => 400])->ok();
echo $fpm->request('callbacks.php', $params + ['REQUEST' => 3, 'REGISTER' => '1', 'WAIT_MS' => 400])->ok();
$all = $lines();
$first = array_filter($all, fn (string $line) => str_starts_with($line, '1:'), ARRAY_FILTER_USE_KEY);
echo "request 1's callbacks called after request 1: ", var_export($first !== $afterFirst, true), "\n";
echo "request 3's callbacks: ", implode(', ', array_unique(array_map(fn ($l) => substr($l, 2), array_filter(array_keys($all), fn ($l) => str_starts_with($l, '3:'))))), "\n";
echo "request 2's own: ", count(array_filter(array_keys($all), fn ($l) => str_starts_with($l, '2:'))), "\n";
$fpm->stop();
echo "errors logged: ", preg_match('/(Fatal|Warning|Segmentation|SIGSEGV|exited on signal)/', $fpm->errorLog() . $fpm->log()) ? $fpm->errorLog() . $fpm->log() : 'none', "\n";
$read = kafka_test_kcat_read($cluster->bootstrapServers(), 'callbacks', '%s\n');
sort($read);
echo implode(' ', $read), "\n";
?>
--EXPECT--
request 1 served
request 1's callbacks ran in request 1: onDelivery, onLog
onDelivery calls in request 1: 1
request 2 served
request 3 served
request 1's callbacks called after request 1: false
request 3's callbacks: delivery, log, stats
request 2's own: 0
errors logged: none
1-acked 1-at-end 2-acked 2-at-end 3-acked 3-at-end
