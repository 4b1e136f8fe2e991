--TEST--
PHP-FPM (real broker): a request that throws an uncaught exception, or dies of a fatal error, after send() on a persistent producer still delivers the message (the request's end flushes it)
--FILE--
<?php
require __DIR__ . '/../lib/fpm_test.php';
$brokers = kafka_test_brokers();
$topic = kafka_test_name('fpm-throw');
kafka_test_create_topic($topic, 1);
$fpm = new KafkaTests\FpmServer();
foreach (['throw', 'fatal', ''] as $then) {
    $response = $fpm->request('send.php', ['BROKERS' => $brokers, 'TOPIC' => $topic, 'MESSAGE' => "then-" . ($then ?: 'ok'), 'THEN' => $then]);
    echo "THEN=$then: status {$response->status}\n";
}
$fpm->stop();
echo "logged: ", preg_match('/Uncaught RuntimeException: +the request failed after send\(\)/', $fpm->errorLog()) ? 'uncaught exception' : 'nothing', ", ",
    preg_match('/Fatal error: +the request died after send\(\)/', $fpm->errorLog()) ? 'fatal error' : 'nothing', "\n";
print_r(kafka_test_kcat_read($brokers, $topic, '%s\n'));
?>
--EXPECT--
THEN=throw: status 500
THEN=fatal: status 500
THEN=: status 200
logged: uncaught exception, fatal error
Array
(
    [0] => then-throw
    [1] => then-fatal
    [2] => then-ok
)
