--TEST--
Callbacks: Producer::onLog receives librdkafka's log line about a failed authentication (syslog level 3 or more severe, facility and message as strings) within 5 s; no line contains the password
--FILE--
<?php
require __DIR__ . '/../lib/secure_test.php';
$password = 'wrong-' . bin2hex(random_bytes(6));
$producer = new Kafka\Producer(['sasl.password' => $password, 'php.destroy.flush.timeout.ms' => 0]
    + secure_test_config('sasl_plaintext_plain'));
$lines = [];
$producer->onLog(function (int $level, string $facility, string $message) use (&$lines) {
    $lines[] = [$level, $facility, $message];
});
$producer->onError(function (Kafka\Exception $e) {
    // handled: this test is about the log line
});
$producer->send(kafka_test_name('secure-cb'), 'never delivered');
$found = null;
$started = microtime(true);
while ($found === null && microtime(true) - $started < 10) {
    $producer->poll(100);
    foreach ($lines as $line) {
        if ($line[0] <= 3 && preg_match('/authentication/i', $line[2])) {
            $found = $line;
            break;
        }
    }
}
echo 'error line about authentication: ', $found !== null ? 'yes' : 'no', "\n";
echo 'within 5 s: ', $found !== null && microtime(true) - $started <= 5 ? 'yes' : 'no', "\n";
echo 'facility: ', $found === null ? '-' : $found[1], "\n";
echo 'no line contains the password: ', array_filter($lines, fn ($l) => str_contains($l[2], $password)) === [] ? 'yes' : 'no', "\n";
secure_test_discard_producer($producer);
?>
--EXPECT--
error line about authentication: yes
within 5 s: yes
facility: FAIL
no line contains the password: yes
