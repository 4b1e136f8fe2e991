--TEST--
Callbacks: Producer::onError receives the authentication failure (wrong password) as a Kafka\Exception within 5 s, served from poll(), which then does not throw it; the message hides the password
--FILE--
<?php
require __DIR__ . '/../lib/secure_test.php';
$password = 'wrong-' . bin2hex(random_bytes(6));
$producer = new Kafka\Producer(['sasl.password' => $password, 'php.destroy.flush.timeout.ms' => 0]
    + secure_test_config('sasl_ssl_plain'));
$errors = [];
$producer->onError(function (Kafka\Exception $e) use (&$errors) {
    $errors[] = $e;
});
$producer->send(kafka_test_name('secure-cb'), 'never delivered');
$started = microtime(true);
$thrown = null;
while ($errors === [] && microtime(true) - $started < 10) {
    try {
        $producer->poll(100);
    } catch (Throwable $e) {
        $thrown = $e;
        break;
    }
}
$elapsed = microtime(true) - $started;
$message = $errors === [] ? '' : $errors[0]->getMessage();
echo 'onError called: ', $errors !== [] ? 'yes' : 'no', "\n";
echo 'within 5 s: ', $errors !== [] && $elapsed <= 5 ? 'yes' : 'no', "\n";
echo 'says authentication: ', preg_match('/authentication/i', $message) ? 'yes' : 'no', "\n";
echo 'hides the password: ', !str_contains($message, $password) ? 'yes' : 'no', "\n";
echo 'poll() threw: ', $thrown === null ? 'nothing' : get_class($thrown) . ': ' . $thrown->getMessage(), "\n";
secure_test_discard_producer($producer);
?>
--EXPECT--
onError called: yes
within 5 s: yes
says authentication: yes
hides the password: yes
poll() threw: nothing
