--TEST--
kafka:consume --dlq: a message whose handler throws is republished to "<topic>-dlq" with its payload, key and headers plus dlq-* headers naming where it came from and the error; the consumer goes on and commits past it
--FILE--
<?php
require __DIR__ . '/lib/laravel_test.php';

$cluster = new \Kafka\MockCluster();
$cluster->createTopic('payments', 1);
$producer = new \Kafka\Producer(['bootstrap.servers' => $cluster->bootstrapServers()]);
foreach ([1, 2, 3] as $id) {
    $producer->send('payments', json_encode(['id' => $id] + ($id === 2 ? ['fail' => true] : [])), "pay-$id", ['trace-id' => "t$id"]);
}
$producer->flush();

$log = laravel_test_tmp() . '/handled.log';
[$status, $stdout, $stderr] = laravel_test_artisan(['kafka:consume', '--topics=payments', '--group=ledger', '--dlq',
    '--handler=App\Kafka\RecordingHandler', '--stop-after-last-message'],
    ['KAFKA_BROKERS' => $cluster->bootstrapServers(), 'TEST_HANDLER_LOG' => $log]);
echo "exit $status; ", trim(preg_replace('/Consuming .*\n/', '', $stderr)), "\n";
echo implode(' | ', laravel_test_handler_lines($log)), "\n";
[$message, $headers] = kafka_test_kcat_read($cluster->bootstrapServers(), 'payments-dlq', "%k %s\n%h\n");
echo $message, "\n", str_replace(',', "\n", $headers), "\n";
echo "committed: ", array_sum(laravel_test_committed($cluster->bootstrapServers(), 'ledger', 'payments', 1)), "\n";
?>
--EXPECT--
exit 0; Stopped (last_message) after 3 message(s)
start 1 0/0 | done 1 | start 2 0/1 | start 3 0/2 | done 3
pay-2 {"id":2,"fail":true}
trace-id=t2
dlq-original-topic=payments
dlq-original-partition=0
dlq-original-offset=1
dlq-error-class=DomainException
dlq-error-message=cannot handle 2
committed: 3
