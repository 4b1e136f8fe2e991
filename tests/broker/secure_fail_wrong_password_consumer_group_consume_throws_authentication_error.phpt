--TEST--
Secured broker, SASL_PLAINTEXT SCRAM-SHA-256 with a wrong password: a ConsumerGroup consume() loop throws a Kafka\Exception saying authentication failed within 10 s, without the password
--FILE--
<?php
require __DIR__ . '/../lib/secure_test.php';
$password = 'wrong-' . bin2hex(random_bytes(6));
$group = new Kafka\ConsumerGroup(['sasl.password' => $password, 'group.id' => kafka_test_name('secure-fail'),
    'php.close.timeout.ms' => 1000] + secure_test_config('sasl_plaintext_scram256'));
$group->subscribe([kafka_test_name('secure-fail')]);
secure_test_expect_failure(fn () => secure_test_consume_for($group, 15.0), 10.0, '/authentication/i',
    'authentication failed', [$password]);
?>
--EXPECT--
throws a Kafka\Exception: yes
within 10 s: yes
the message says authentication failed: yes
the message hides the password: yes
