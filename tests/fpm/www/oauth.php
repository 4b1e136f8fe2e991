<?php

// A persistent producer over SASL_SSL with OAUTHBEARER tokens from onOAuthTokenRefresh (the secured
// listener of tests/kafka-broker.sh, KAFKA_SECURE_* in the environment). CALLBACK=1 gives the
// producer a callback of this request, which counts its calls. Sends one message to TOPIC and
// waits for it.
require __DIR__ . '/common.php';
require dirname(__DIR__, 2) . '/lib/secure_test.php';

$config = secure_test_config('sasl_ssl_oauthbearer');
unset($config['enable.sasl.oauthbearer.unsecure.jwt']);
$producer = Kafka\Producer::persistent('oauth', $config);
$calls = 0;
if ($_SERVER['CALLBACK'] === '1') {
    $producer->onOAuthTokenRefresh(function (string $oauthbearerConfig) use (&$calls): array {
        $calls++;
        $expiresAtMs = (time() + 600) * 1000;
        return ['token' => secure_test_unsecured_jwt('erin', $expiresAtMs), 'expiresAtMs' => $expiresAtMs,
            'principal' => 'erin'];
    });
}
$producer->sendAndWait($_SERVER['TOPIC'], 'request ' . $_SERVER['REQUEST'], timeoutMs: 15000);
echo "request {$_SERVER['REQUEST']}: acknowledged, token callback called $calls time(s)\n";
