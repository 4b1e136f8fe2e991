--TEST--
Secured broker, wrong mechanism: OAUTHBEARER on the SASL_PLAINTEXT listener, which enables only PLAIN and SCRAM: an Admin call throws a Kafka\Exception naming the unsupported SASL mechanism within 5 s
--FILE--
<?php
require __DIR__ . '/../lib/secure_test.php';
$admin = new Kafka\Admin([
    'bootstrap.servers' => secure_test_env('SASL_PLAINTEXT_BROKERS'),
    'security.protocol' => 'SASL_PLAINTEXT',
] + secure_test_config('sasl_ssl_oauthbearer'));
secure_test_expect_failure(fn () => $admin->createTopic(kafka_test_name('secure-fail'), 1, 1, [], 15000), 5.0,
    '/mechanism/i', 'which mechanism');
?>
--EXPECT--
throws a Kafka\Exception: yes
within 5 s: yes
the message says which mechanism: yes
the message hides the password: yes
