--TEST--
Secured broker, mutual TLS listener without a client certificate: a ConsumerGroup consume() loop throws a Kafka\Exception naming the TLS certificate failure within 10 s
--FILE--
<?php
require __DIR__ . '/../lib/secure_test.php';
$config = secure_test_config('mtls');
unset($config['ssl.certificate.location'], $config['ssl.key.location']);
$group = new Kafka\ConsumerGroup(['group.id' => kafka_test_name('secure-fail'), 'php.close.timeout.ms' => 1000] + $config);
$group->subscribe([kafka_test_name('secure-fail')]);
secure_test_expect_failure(fn () => secure_test_consume_for($group, 15.0), 10.0, '/(SSL|TLS).*certificate/i',
    'the TLS certificate failure');
?>
--EXPECT--
throws a Kafka\Exception: yes
within 10 s: yes
the message says the TLS certificate failure: yes
the message hides the password: yes
