--TEST--
Secured broker, wrong mechanism: a SCRAM-SHA-256 user connecting with SCRAM-SHA-512 (enabled on the listener, but the user has no such credential): flush() throws a Kafka\Exception saying authentication failed within 5 s, without the password
--FILE--
<?php
require __DIR__ . '/../lib/secure_test.php';
$config = ['sasl.mechanisms' => 'SCRAM-SHA-512', 'php.destroy.flush.timeout.ms' => 0] + secure_test_config('sasl_plaintext_scram256');
$producer = new Kafka\Producer($config);
secure_test_expect_failure(function () use ($producer) {
    $producer->send(kafka_test_name('secure-fail'), 'never delivered');
    $producer->flush(15000);
}, 5.0, '/authentication/i', 'authentication failed', [$config['sasl.password']]);
secure_test_discard_producer($producer);
?>
--EXPECT--
throws a Kafka\Exception: yes
within 5 s: yes
the message says authentication failed: yes
the message hides the password: yes
