--TEST--
PHP-FPM (embedded cluster): a later request asking for a persistent producer's name with another configuration gets Kafka\ConfigException naming the settings that differ (never their values); the same configuration written differently is the same
--FILE--
<?php
require __DIR__ . '/../lib/fpm_test.php';
$cluster = new Kafka\MockCluster();
$fpm = new KafkaTests\FpmServer();
$params = ['BROKERS' => $cluster->bootstrapServers(), 'TOPIC' => 'config', 'MESSAGE' => 'm'];
foreach ([
    ['acks' => 'all', 'linger.ms' => 5],
    ['linger.ms' => '5', 'acks' => 'all'],                 // same values, other order and types
    ['acks' => 1, 'linger.ms' => 5, 'sasl.password' => 'hunter2-secret'],
    ['acks' => 'all'],
    ['acks' => 'all', 'linger.ms' => 5],
] as $config) {
    echo $fpm->request('config.php', $params + ['CONFIG' => json_encode($config)])->ok();
}
$fpm->stop();
echo "secret in the log: ", var_export(str_contains($fpm->errorLog() . $fpm->log(), 'hunter2'), true), "\n";
?>
--EXPECT--
sent
sent
Kafka\ConfigException: Kafka\Producer::persistent("fpm-test") already exists in this process with a different configuration (differs in: acks, sasl.password); use the same configuration, another name, or close() it first
Kafka\ConfigException: Kafka\Producer::persistent("fpm-test") already exists in this process with a different configuration (differs in: linger.ms); use the same configuration, another name, or close() it first
sent
secret in the log: false
