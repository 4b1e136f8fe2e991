--TEST--
Secured broker, SSL listener with a CA that did not sign the broker's certificate: flush() throws a Kafka\Exception saying certificate verification failed within 5 s
--FILE--
<?php
require __DIR__ . '/../lib/secure_test.php';
$producer = new Kafka\Producer(['ssl.ca.location' => secure_test_env('UNTRUSTED_CA'), 'php.destroy.flush.timeout.ms' => 0]
    + secure_test_config('ssl'));
secure_test_expect_failure(function () use ($producer) {
    $producer->send(kafka_test_name('secure-fail'), 'never delivered');
    $producer->flush(15000);
}, 5.0, '/certificate verif|could not be verified/i', 'certificate verification failed');
secure_test_discard_producer($producer);
?>
--EXPECT--
throws a Kafka\Exception: yes
within 5 s: yes
the message says certificate verification failed: yes
the message hides the password: yes
