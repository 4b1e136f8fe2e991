--TEST--
Callbacks: an exception thrown by onOAuthTokenRefresh comes out of the call that served it (sendAndWait), same class and message, within 5 s; the client does not connect
--FILE--
<?php
require __DIR__ . '/../lib/secure_test.php';
$config = secure_test_config('sasl_ssl_oauthbearer');
unset($config['enable.sasl.oauthbearer.unsecure.jwt']);
$producer = new Kafka\Producer(['php.destroy.flush.timeout.ms' => 0] + $config);
$calls = 0;
$producer->onOAuthTokenRefresh(function (string $oauthbearerConfig) use (&$calls): array {
    $calls++;
    throw new RuntimeException('token endpoint unreachable');
});
$started = microtime(true);
$thrown = null;
try {
    $producer->sendAndWait(kafka_test_name('secure-cb'), 'never delivered', timeoutMs: 15000);
} catch (Throwable $e) {
    $thrown = $e;
}
echo 'callback called: ', $calls > 0 ? 'yes' : 'no', "\n";
echo 'thrown: ', $thrown === null ? 'nothing' : get_class($thrown) . ': ' . $thrown->getMessage(), "\n";
echo 'within 5 s: ', $thrown !== null && microtime(true) - $started <= 5 ? 'yes' : 'no', "\n";
secure_test_discard_producer($producer);
?>
--EXPECT--
callback called: yes
thrown: RuntimeException: token endpoint unreachable
within 5 s: yes
