--TEST--
Secured broker, SASL_SSL PLAIN without ssl.ca.location (the system CA store does not know the test CA): an Admin call throws a Kafka\Exception saying certificate verification failed within 5 s, without the password
--FILE--
<?php
require __DIR__ . '/../lib/secure_test.php';
$config = secure_test_config('sasl_ssl_plain');
unset($config['ssl.ca.location']);
$admin = new Kafka\Admin($config);
secure_test_expect_failure(fn () => $admin->topics(timeoutMs: 15000), 5.0, '/certificate verif|could not be verified/i',
    'certificate verification failed', [$config['sasl.password']]);
?>
--EXPECT--
throws a Kafka\Exception: yes
within 5 s: yes
the message says certificate verification failed: yes
the message hides the password: yes
