--TEST--
Secured broker, SASL_PLAINTEXT PLAIN with a wrong password: an Admin call (topics() with a 15 s timeout) throws a Kafka\Exception saying authentication failed within 5 s, without the password
--FILE--
<?php
require __DIR__ . '/../lib/secure_test.php';
$password = 'wrong-' . bin2hex(random_bytes(6));
$admin = new Kafka\Admin(['sasl.password' => $password] + secure_test_config('sasl_plaintext_plain'));
secure_test_expect_failure(fn () => $admin->topics(timeoutMs: 15000), 5.0, '/authentication/i',
    'authentication failed', [$password]);
?>
--EXPECT--
throws a Kafka\Exception: yes
within 5 s: yes
the message says authentication failed: yes
the message hides the password: yes
