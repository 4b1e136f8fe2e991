--TEST--
Secured broker, SASL_SSL PLAIN with a wrong password: flush() throws a Kafka\Exception saying authentication failed within 5 s (not after message.timeout.ms), without the password
--FILE--
<?php
require __DIR__ . '/../lib/secure_test.php';
$password = 'wrong-' . bin2hex(random_bytes(6));
$producer = new Kafka\Producer(['sasl.password' => $password, 'php.destroy.flush.timeout.ms' => 0]
    + secure_test_config('sasl_ssl_plain'));
secure_test_expect_failure(function () use ($producer) {
    $producer->send(kafka_test_name('secure-fail'), 'never delivered');
    $producer->flush(15000);
}, 5.0, '/authentication/i', 'authentication failed', [$password]);
secure_test_discard_producer($producer);
?>
--EXPECT--
throws a Kafka\Exception: yes
within 5 s: yes
the message says authentication failed: yes
the message hides the password: yes
