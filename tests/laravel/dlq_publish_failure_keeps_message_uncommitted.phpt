--TEST--
kafka:consume --dlq when the dead letter itself cannot be published (embedded cluster refusing Produce): the failed message is not committed and the worker exits 1; the next run sends it to the dead-letter topic (a message counts as done only once its dead letter is acknowledged)
--FILE--
<?php
require __DIR__ . '/lib/laravel_test.php';

$cluster = new \Kafka\MockCluster();
$cluster->createTopic('payments', 1);
$cluster->createTopic('payments-dlq', 1);
laravel_test_produce($cluster->bootstrapServers(), 'payments', [['id' => 1], ['id' => 2, 'fail' => true], ['id' => 3]]);
// From now on the cluster refuses Produce requests: TOPIC_AUTHORIZATION_FAILED, not retriable.
$cluster->pushRequestErrors(\Kafka\MockCluster::API_PRODUCE, array_fill(0, 20, 29));

$log = laravel_test_tmp() . '/handled.log';
// The embedded cluster (librdkafka's mock) rebalances a group only once a departed member's session expired.
$env = ['KAFKA_BROKERS' => $cluster->bootstrapServers(), 'TEST_HANDLER_LOG' => $log, 'LOG_CHANNEL' => 'null',
    'KAFKA_SESSION_TIMEOUT_MS' => '6000', 'KAFKA_HEARTBEAT_INTERVAL_MS' => '1000'];
$args = ['kafka:consume', '--topics=payments', '--group=ledger', '--dlq', '--handler=App\Kafka\RecordingHandler', '--stop-after-last-message'];
[$status, , $stderr] = laravel_test_artisan($args, $env);
echo "exit $status; ", preg_match('/Stopped by an error after 2 message\(s\): (\S+)/', $stderr, $m) ? "error: {$m[1]}" : $stderr, "\n";
echo "committed: ", array_sum(laravel_test_committed($cluster->bootstrapServers(), 'ledger', 'payments', 1)), "\n";

$cluster->clearRequestErrors(\Kafka\MockCluster::API_PRODUCE);
[$status, , $stderr] = laravel_test_artisan($args, $env);
echo "second run: exit $status; ", trim(preg_replace('/Consuming .*\n/', '', $stderr)), "\n";
echo implode(' | ', laravel_test_handler_lines($log)), "\n";
echo "dead letters: ", implode(', ', kafka_test_kcat_read($cluster->bootstrapServers(), 'payments-dlq', "%s\n")), "\n";
echo "committed: ", array_sum(laravel_test_committed($cluster->bootstrapServers(), 'ledger', 'payments', 1)), "\n";
?>
--EXPECT--
exit 1; error: Kafka\DeliveryException:
committed: 1
second run: exit 0; Stopped (last_message) after 2 message(s)
start 1 0/0 | done 1 | start 2 0/1 | start 2 0/1 | start 3 0/2 | done 3
dead letters: {"id":2,"fail":true}
committed: 3
