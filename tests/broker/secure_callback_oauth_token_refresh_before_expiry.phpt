--TEST--
Callbacks: with 5 to 6 s tokens, onOAuthTokenRefresh is called again before the first token expires, and sends keep succeeding after that expiry (the broker closes OAUTHBEARER connections whose token has expired, so they use the refreshed token)
--FILE--
<?php
require __DIR__ . '/../lib/secure_test.php';
$config = secure_test_config('sasl_ssl_oauthbearer');
unset($config['enable.sasl.oauthbearer.unsecure.jwt']);
$refreshes = [];
$producer = new Kafka\Producer($config);
$producer->onOAuthTokenRefresh(function (string $oauthbearerConfig) use (&$refreshes): array {
    $expiresAtMs = intdiv((int) (microtime(true) * 1000) + 6000, 1000) * 1000;
    $refreshes[] = ['at' => microtime(true), 'expires' => $expiresAtMs / 1000];
    return ['token' => secure_test_unsecured_jwt('erin', $expiresAtMs), 'expiresAtMs' => $expiresAtMs,
        'principal' => 'erin', 'extensions' => []];
});
$topic = kafka_test_name('secure-cb');
$sent = $failed = 0;
$started = microtime(true);
while (microtime(true) - $started < 10) {
    try {
        $producer->sendAndWait($topic, "m$sent", timeoutMs: 5000);
        $sent++;
    } catch (Kafka\Exception $e) {
        $failed++;
        echo 'send failed after ', round(microtime(true) - $started, 1), ' s: ', $e->getMessage(), "\n";
    }
    $producer->poll(300);
}
$first = $refreshes[0] ?? null;
$second = $refreshes[1] ?? null;
echo 'refreshed at least twice: ', count($refreshes) >= 2 ? 'yes' : 'no (' . count($refreshes) . ')', "\n";
echo 'second refresh before the first token expired: ', $first && $second && $second['at'] < $first['expires'] ? 'yes' : 'no', "\n";
echo 'sends after the first token expired succeeded: ', $first && $sent > 0 && $failed === 0 && microtime(true) > $first['expires'] + 2 ? 'yes' : 'no', "\n";
?>
--EXPECT--
refreshed at least twice: yes
second refresh before the first token expired: yes
sends after the first token expired succeeded: yes
