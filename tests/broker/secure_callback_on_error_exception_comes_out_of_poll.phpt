--TEST--
Callbacks: an exception thrown by the onError callback comes out of the poll() call that served it (same class and message), within 5 s
--FILE--
<?php
require __DIR__ . '/../lib/secure_test.php';
$producer = new Kafka\Producer(['sasl.password' => 'wrong', 'php.destroy.flush.timeout.ms' => 0]
    + secure_test_config('sasl_plaintext_plain'));
$producer->onError(function (Kafka\Exception $e): void {
    throw new LogicException('stop: ' . $e->errorName());
});
$producer->send(kafka_test_name('secure-cb'), 'never delivered');
$started = microtime(true);
$thrown = null;
while (microtime(true) - $started < 10) {
    try {
        $producer->poll(100);
    } catch (Throwable $e) {
        $thrown = $e;
        break;
    }
}
echo 'poll() threw: ', $thrown === null ? 'nothing' : get_class($thrown), "\n";
echo 'message from the callback: ', $thrown !== null && str_starts_with($thrown->getMessage(), 'stop: ') ? 'yes' : 'no', "\n";
echo 'within 5 s: ', $thrown !== null && microtime(true) - $started <= 5 ? 'yes' : 'no', "\n";
secure_test_discard_producer($producer);
?>
--EXPECT--
poll() threw: LogicException
message from the callback: yes
within 5 s: yes
