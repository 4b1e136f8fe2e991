--TEST--
Secured broker, SASL_SSL SCRAM-SHA-512 with a wrong password: a Kafka\Consumer (assigned partition) consume() loop throws a Kafka\Exception saying authentication failed within 10 s, without the password
--FILE--
<?php
require __DIR__ . '/../lib/secure_test.php';
$password = 'wrong-' . bin2hex(random_bytes(6));
$consumer = new Kafka\Consumer(['sasl.password' => $password] + secure_test_config('sasl_ssl_scram512'));
$consumer->assign([new Kafka\TopicPartition(kafka_test_name('secure-fail'), 0, Kafka\Offset::BEGINNING)]);
secure_test_expect_failure(fn () => secure_test_consume_for($consumer, 15.0), 10.0, '/authentication/i',
    'authentication failed', [$password]);
?>
--EXPECT--
throws a Kafka\Exception: yes
within 10 s: yes
the message says authentication failed: yes
the message hides the password: yes
