--TEST--
Transactions: Kafka\Producer::persistent() refuses a transactional.id with a ConfigException (every PHP-FPM worker would keep a producer under the same id and fence the others), whatever kafka.persistent says
--FILE--
<?php
foreach (['1', '0'] as $enabled) {
    ini_set('kafka.persistent', $enabled);
    try {
        Kafka\Producer::persistent('orders', ['bootstrap.servers' => '127.0.0.1:1', 'transactional.id' => 'orders-1']);
        echo "kafka.persistent=$enabled: accepted\n";
    } catch (Kafka\ConfigException $e) {
        echo "kafka.persistent=$enabled: ", $e->getMessage(), "\n";
    }
}
$producer = new Kafka\Producer(['bootstrap.servers' => '127.0.0.1:1', 'transactional.id' => 'orders-' . getmypid()]);
echo "a new producer takes it\n";
?>
--EXPECT--
kafka.persistent=1: Kafka\Producer::persistent() takes no "transactional.id": each PHP-FPM worker would keep a producer with the same id and fence the others; create a new Kafka\Producer with a transactional.id of its own for transactions
kafka.persistent=0: Kafka\Producer::persistent() takes no "transactional.id": each PHP-FPM worker would keep a producer with the same id and fence the others; create a new Kafka\Producer with a transactional.id of its own for transactions
a new producer takes it
