--TEST--
Secured broker, mutual TLS with the CA, client certificate and key given as PEM text (ssl.ca.pem, ssl.certificate.pem, ssl.key.pem) instead of files: admin, produce, group consume and commit work
--FILE--
<?php
require __DIR__ . '/../lib/secure_test.php';
$config = secure_test_config('mtls');
unset($config['ssl.ca.location'], $config['ssl.certificate.location'], $config['ssl.key.location']);
$config += [
    'ssl.ca.pem' => file_get_contents(secure_test_env('CA')),
    'ssl.certificate.pem' => file_get_contents(secure_test_env('CLIENT_CERT')),
    'ssl.key.pem' => file_get_contents(secure_test_env('CLIENT_KEY')),
];
secure_test_round_trip($config);
?>
--EXPECT--
admin: topic created with 1 partition
producer: flushed, pending 0
consumer group: a,b,c
admin: group committed 3
