--TEST--
Secured broker, SASL_SSL SCRAM-SHA-512 with a user the broker does not know: sendAndWait() throws a Kafka\Exception saying authentication failed within 5 s, without the password
--FILE--
<?php
require __DIR__ . '/../lib/secure_test.php';
$password = 'pw-' . bin2hex(random_bytes(6));
$producer = new Kafka\Producer(['sasl.username' => 'mallory', 'sasl.password' => $password,
    'php.destroy.flush.timeout.ms' => 0] + secure_test_config('sasl_ssl_scram512'));
secure_test_expect_failure(fn () => $producer->sendAndWait(kafka_test_name('secure-fail'), 'never delivered', timeoutMs: 15000),
    5.0, '/authentication/i', 'authentication failed', [$password]);
secure_test_discard_producer($producer);
?>
--EXPECT--
throws a Kafka\Exception: yes
within 5 s: yes
the message says authentication failed: yes
the message hides the password: yes
