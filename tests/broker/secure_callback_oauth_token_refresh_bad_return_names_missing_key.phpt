--TEST--
Callbacks: onOAuthTokenRefresh returning an array without expiresAtMs gets a clear exception naming expiresAtMs out of the call, within 5 s, never a crash or a hang
--FILE--
<?php
require __DIR__ . '/../lib/secure_test.php';
$config = secure_test_config('sasl_ssl_oauthbearer');
unset($config['enable.sasl.oauthbearer.unsecure.jwt']);
$producer = new Kafka\Producer(['php.destroy.flush.timeout.ms' => 0] + $config);
$producer->onOAuthTokenRefresh(fn (string $oauthbearerConfig): array => [
    'token' => secure_test_unsecured_jwt('erin', (time() + 600) * 1000),
    'principal' => 'erin',
]);
$started = microtime(true);
$thrown = null;
try {
    $producer->sendAndWait(kafka_test_name('secure-cb'), 'never delivered', timeoutMs: 15000);
} catch (Throwable $e) {
    $thrown = $e;
}
echo 'clear exception: ', $thrown instanceof Kafka\Exception || $thrown instanceof TypeError || $thrown instanceof ValueError
    ? 'yes' : 'no (' . ($thrown === null ? 'nothing' : get_class($thrown)) . ')', "\n";
echo 'names expiresAtMs: ', $thrown !== null && str_contains($thrown->getMessage(), 'expiresAtMs') ? 'yes' : 'no', "\n";
echo 'within 5 s: ', $thrown !== null && microtime(true) - $started <= 5 ? 'yes' : 'no', "\n";
secure_test_discard_producer($producer);
?>
--EXPECT--
clear exception: yes
names expiresAtMs: yes
within 5 s: yes
