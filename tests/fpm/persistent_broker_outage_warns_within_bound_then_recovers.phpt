--TEST--
PHP-FPM (embedded cluster): with the broker down, a request's end waits no longer than php.destroy.flush.timeout.ms, warns about what it could not deliver, and the worker's producer works again once the broker is back
--FILE--
<?php
require __DIR__ . '/../lib/fpm_test.php';
$cluster = new Kafka\MockCluster();
$cluster->createTopic('outage', 1);
$fpm = new KafkaTests\FpmServer();
$params = ['BROKERS' => $cluster->bootstrapServers(), 'TOPIC' => 'outage', 'CONFIG' => json_encode(['php.destroy.flush.timeout.ms' => 800])];
$before = $fpm->request('send.php', $params + ['MESSAGE' => 'before']);
$cluster->setBrokerDown(1);
$during = $fpm->request('send.php', $params + ['MESSAGE' => 'during']);
echo "during the outage: status {$during->status}, bounded: ", $during->seconds < 0.8 + 2 ? 'yes' : "no ({$during->seconds} s)",
    ", waited the bound: ", $during->seconds >= 0.75 ? 'yes' : "no ({$during->seconds} s)", "\n";
$cluster->setBrokerUp(1);
// librdkafka reconnects after its backoff: waited for here, not by the request's end
$after = $fpm->request('send.php', $params + ['MESSAGE' => 'after', 'WAIT_MS' => 20000]);
[$pid1, $served1] = explode(' ', $before->ok());
[$pid3, $served3] = explode(' ', $after->ok());
echo "same worker, same producer: ", var_export($pid1 === $pid3 && $served1 === '1' && $served3 === '3', true), "\n";
$fpm->stop();
preg_match_all('/PHP Warning: +(.*)/', $fpm->errorLog(), $warnings);
echo implode("\n", $warnings[1]), "\n";
print_r(kafka_test_kcat_read($cluster->bootstrapServers(), 'outage', '%s\n'));
?>
--EXPECTF--
during the outage: status 200, bounded: yes, waited the bound: yes
same worker, same producer: true
PHP Request Shutdown: Kafka\Producer::persistent("fpm-test"): the request ended with 1 message(s) not delivered within 800 ms (php.destroy.flush.timeout.ms); they are lost. Last error: %s in Unknown on line 0
Array
(
    [0] => before
    [1] => after
)
