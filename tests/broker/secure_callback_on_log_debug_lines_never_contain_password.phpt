--TEST--
Callbacks: with debug=security,broker,protocol,conf, onLog receives librdkafka's debug lines (level 7) of a successful SASL_SSL PLAIN connection, and none contains the password
--FILE--
<?php
require __DIR__ . '/../lib/secure_test.php';
$config = ['debug' => 'security,broker,protocol,conf'] + secure_test_config('sasl_ssl_plain');
$producer = new Kafka\Producer($config);
$lines = [];
$producer->onLog(function (int $level, string $facility, string $message) use (&$lines) {
    $lines[] = [$level, $facility, $message];
});
$producer->sendAndWait(kafka_test_name('secure-cb'), 'delivered', timeoutMs: 15000);
$producer->poll(100);
$debug = array_filter($lines, fn ($l) => $l[0] === 7);
echo 'debug lines received: ', count($debug) > 0 ? 'yes' : 'no', "\n";
echo 'a line about SASL: ', array_filter($debug, fn ($l) => str_contains($l[2], 'SASL')) !== [] ? 'yes' : 'no', "\n";
echo 'no line contains the password: ',
    array_filter($lines, fn ($l) => str_contains($l[2], $config['sasl.password'])) === [] ? 'yes' : 'no', "\n";
?>
--EXPECT--
debug lines received: yes
a line about SASL: yes
no line contains the password: yes
