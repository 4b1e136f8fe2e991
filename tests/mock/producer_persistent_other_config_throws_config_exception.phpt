--TEST--
Producer::persistent(): the same name with another configuration throws Kafka\ConfigException naming the settings that differ, never their values; the same settings in another order or type are the same configuration
--FILE--
<?php
$cluster = new Kafka\MockCluster();
$base = ['bootstrap.servers' => $cluster->bootstrapServers(), 'acks' => 'all', 'linger.ms' => 5, 'enable.idempotence' => true];
$p = Kafka\Producer::persistent('orders', $base);
$same = ['enable.idempotence' => 'true', 'linger.ms' => '5', 'acks' => 'all', 'bootstrap.servers' => $cluster->bootstrapServers()];
var_dump(Kafka\Producer::persistent('orders', $same) === $p);
foreach ([
    ['linger.ms' => 10] + $base,
    $base + ['sasl.password' => 'hunter2-very-secret'],
    array_diff_key($base, ['acks' => 1]),
    $base + ['php.destroy.flush.timeout.ms' => 100],
] as $config) {
    try {
        Kafka\Producer::persistent('orders', $config);
        echo "no exception\n";
    } catch (Kafka\ConfigException $e) {
        echo $e->getMessage(), "\n";
        if (str_contains($e->getMessage() . $e->getTraceAsString(), 'hunter2')) {
            echo "the secret was shown\n";
        }
    }
}
?>
--EXPECT--
bool(true)
Kafka\Producer::persistent("orders") already exists in this process with a different configuration (differs in: linger.ms); use the same configuration, another name, or close() it first
Kafka\Producer::persistent("orders") already exists in this process with a different configuration (differs in: sasl.password); use the same configuration, another name, or close() it first
Kafka\Producer::persistent("orders") already exists in this process with a different configuration (differs in: acks); use the same configuration, another name, or close() it first
Kafka\Producer::persistent("orders") already exists in this process with a different configuration (differs in: php.destroy.flush.timeout.ms); use the same configuration, another name, or close() it first
