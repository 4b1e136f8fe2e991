--TEST--
Callbacks: Consumer::onError receives the TLS certificate verification failure (untrusted CA) within 5 s, served from consume()
--FILE--
<?php
require __DIR__ . '/../lib/secure_test.php';
$consumer = new Kafka\Consumer(['ssl.ca.location' => secure_test_env('UNTRUSTED_CA')] + secure_test_config('ssl'));
$errors = [];
$consumer->onError(function (Kafka\Exception $e) use (&$errors) {
    $errors[] = $e;
});
$consumer->assign([new Kafka\TopicPartition(kafka_test_name('secure-cb'), 0, Kafka\Offset::BEGINNING)]);
$started = microtime(true);
while ($errors === [] && microtime(true) - $started < 10) {
    try {
        $consumer->consume(100);
    } catch (Kafka\Exception $e) {
        echo 'consume() threw ', get_class($e), ': ', $e->getMessage(), "\n";
        break;
    }
}
$elapsed = microtime(true) - $started;
$message = $errors === [] ? '' : $errors[0]->getMessage();
echo 'onError called: ', $errors !== [] ? 'yes' : 'no', "\n";
echo 'within 5 s: ', $errors !== [] && $elapsed <= 5 ? 'yes' : 'no', "\n";
echo 'says certificate verification failed: ', preg_match('/certificate verif|could not be verified/i', $message) ? 'yes' : 'no', "\n";
?>
--EXPECT--
onError called: yes
within 5 s: yes
says certificate verification failed: yes
