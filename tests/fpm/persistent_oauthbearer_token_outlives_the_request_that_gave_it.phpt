--TEST--
PHP-FPM (real broker, SASL_SSL OAUTHBEARER): the token a request's onOAuthTokenRefresh gave a persistent producer keeps its connection authenticated for later requests, which need no callback of their own; the first request's callback is not called again
--FILE--
<?php
require __DIR__ . '/../lib/fpm_test.php';
$brokers = kafka_test_brokers();
$topic = kafka_test_name('fpm-oauth');
kafka_test_create_topic($topic, 1);
$fpm = new KafkaTests\FpmServer();
foreach ([['1', '1'], ['2', '0'], ['3', '1']] as [$request, $callback]) {
    echo $fpm->request('oauth.php', ['TOPIC' => $topic, 'REQUEST' => $request, 'CALLBACK' => $callback])->ok();
}
$fpm->stop();
echo "errors logged: ", preg_match('/Warning|Fatal/', $fpm->errorLog()) ? $fpm->errorLog() : 'none', "\n";
echo implode(', ', kafka_test_kcat_read($brokers, $topic, '%s\n')), "\n";
?>
--EXPECT--
request 1: acknowledged, token callback called 1 time(s)
request 2: acknowledged, token callback called 0 time(s)
request 3: acknowledged, token callback called 0 time(s)
errors logged: none
request 1, request 2, request 3
