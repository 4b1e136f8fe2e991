--TEST--
kafka:consume --max-time=2 (embedded cluster, nothing to read): exits 0 about two seconds after it started consuming, not at the next message
--FILE--
<?php
require __DIR__ . '/lib/laravel_test.php';

$cluster = new \Kafka\MockCluster();
$cluster->createTopic('quiet', 1);
$start = microtime(true);
[$status, $stdout, $stderr] = laravel_test_artisan(['kafka:consume', '--topics=quiet', '--group=idle', '--max-time=2'],
    ['KAFKA_BROKERS' => $cluster->bootstrapServers()]);
$elapsed = microtime(true) - $start;
echo "exit $status; ", trim(preg_replace('/Consuming .*\n/', '', $stderr)), "\n";
echo "took at least 2 s: ", var_export($elapsed >= 2, true), "; under 10 s: ", var_export($elapsed < 10, true), "\n";
?>
--EXPECT--
exit 0; Stopped (max_time) after 0 message(s)
took at least 2 s: true; under 10 s: true
