--TEST--
OAUTHBEARER with librdkafka's built-in unsecured JWT and 3 s tokens (lifeSeconds=3): the client refreshes its token and keeps sending for 8 s, across the broker closing the connection at token expiry (librdkafka 2.0.2 alone crashes at the first refresh: see the README)
--FILE--
<?php
require __DIR__ . '/../lib/secure_test.php';
$config = secure_test_config('sasl_ssl_oauthbearer');
$config['sasl.oauthbearer.config'] = 'principal=dave lifeSeconds=3';
$producer = new Kafka\Producer($config);
$topic = kafka_test_name('secure-jwt');
$sent = 0;
$errors = [];
$started = microtime(true);
while (microtime(true) - $started < 8) {
    try {
        $producer->sendAndWait($topic, "m$sent", timeoutMs: 5000);
        $sent++;
    } catch (Kafka\Exception $e) {
        $errors[] = $e->getMessage();
    }
    usleep(300000);
}
echo 'sent for 8 s without an error: ', $errors === [] && $sent >= 10 ? 'yes' : "no ($sent sent; " . implode('; ', $errors) . ')', "\n";
?>
--EXPECT--
sent for 8 s without an error: yes
