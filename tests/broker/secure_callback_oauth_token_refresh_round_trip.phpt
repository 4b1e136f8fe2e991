--TEST--
Callbacks: onOAuthTokenRefresh supplies an unsecured JWT (built in PHP, alg none) to Admin, Producer and ConsumerGroup over SASL_SSL OAUTHBEARER: admin, produce, group consume and commit work; the callback gets sasl.oauthbearer.config
--FILE--
<?php
require __DIR__ . '/../lib/secure_test.php';
$config = secure_test_config('sasl_ssl_oauthbearer');
unset($config['enable.sasl.oauthbearer.unsecure.jwt']);
$config['sasl.oauthbearer.config'] = 'scope=kafka audience=test';
$received = [];
$refresh = function (string $oauthbearerConfig) use (&$received): array {
    $received[] = $oauthbearerConfig;
    $expiresAtMs = (time() + 600) * 1000;
    return [
        'token' => secure_test_unsecured_jwt('erin', $expiresAtMs),
        'expiresAtMs' => $expiresAtMs,
        'principal' => 'erin',
        'extensions' => ['traceId' => 'abc123'],
    ];
};
secure_test_round_trip($config, fn (object $client) => $client->onOAuthTokenRefresh($refresh));
echo 'callback calls: at least 3: ', count($received) >= 3 ? 'yes' : 'no (' . count($received) . ')', "\n";
echo 'config passed: ', array_unique($received) === ['scope=kafka audience=test'] ? 'yes' : 'no ' . json_encode($received), "\n";
?>
--EXPECT--
admin: topic created with 1 partition
producer: flushed, pending 0
consumer group: a,b,c
admin: group committed 3
callback calls: at least 3: yes
config passed: yes
