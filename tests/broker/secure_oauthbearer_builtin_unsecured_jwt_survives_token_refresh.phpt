--TEST--
OAUTHBEARER with unsecured JWTs (enable.sasl.oauthbearer.unsecure.jwt) of 6 s (lifeSeconds=6): the client refreshes its token and keeps sending for 14 s, across the broker closing the connection at token expiry (librdkafka 2.0.2's own unsecured JWTs crash at the first refresh; the extension makes them itself)
--FILE--
<?php
require __DIR__ . '/../lib/secure_test.php';
$config = secure_test_config('sasl_ssl_oauthbearer');
$config['sasl.oauthbearer.config'] = 'principal=dave lifeSeconds=6';
$producer = new Kafka\Producer($config);
$topic = kafka_test_name('secure-jwt');
$sent = 0;
$errors = [];
$started = microtime(true);
while (microtime(true) - $started < 14) {
    try {
        $producer->sendAndWait($topic, "m$sent", timeoutMs: 5000);
        $sent++;
    } catch (Kafka\Exception $e) {
        $errors[] = $e->getMessage();
    }
    usleep(300000);
}
echo 'sent for 14 s without an error: ', $errors === [] && $sent >= 20 ? 'yes' : "no ($sent sent; " . implode('; ', $errors) . ')', "\n";
?>
--EXPECT--
sent for 14 s without an error: yes
