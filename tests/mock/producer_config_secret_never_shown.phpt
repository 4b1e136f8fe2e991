--TEST--
Producer config: secrets are never echoed in exception messages nor shown by var_dump()/print_r()
--FILE--
<?php
$secret = 'hunter2-very-secret';
$bad = [
    ['sasl.password' => [$secret]],
    ['security.protocol' => 'ssl', 'ssl.key.pem' => $secret, 'ssl.key.password' => $secret],
];
foreach ($bad as $config) {
    try {
        new Kafka\Producer($config);
        echo "no exception\n";
    } catch (Kafka\ConfigException $e) {
        echo str_contains($e->getMessage(), $secret) ? 'LEAKED: ' . $e->getMessage() : 'not echoed', "\n";
    }
}
$producer = new Kafka\Producer([
    'bootstrap.servers' => '127.0.0.1:1',
    'security.protocol' => 'sasl_plaintext',
    'sasl.mechanisms' => 'PLAIN',
    'sasl.username' => 'alice',
    'sasl.password' => $secret,
    'php.destroy.flush.timeout.ms' => 0,
]);
$dump = print_r($producer, true) . var_export($producer, true);
ob_start();
var_dump($producer);
$dump .= ob_get_clean();
var_dump(str_contains($dump, $secret), str_contains($dump, 'Kafka\Producer'));
?>
--EXPECT--
not echoed
not echoed
bool(false)
bool(true)
