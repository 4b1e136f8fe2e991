--TEST--
Producer::persistent(): an empty name, a name with a NUL byte, or a bad configuration on first use throw clear errors and keep nothing
--FILE--
<?php
$cluster = new Kafka\MockCluster();
foreach ([
    fn () => Kafka\Producer::persistent('', []),
    fn () => Kafka\Producer::persistent("a\0b", []),
    fn () => Kafka\Producer::persistent('orders', ['no.such.property' => 1]),
    fn () => Kafka\Producer::persistent('orders', ['php.no.such.option' => 1]),
    fn () => Kafka\Producer::persistent('orders', ['linger.ms' => []]),
    fn () => Kafka\Producer::persistent('orders', 'not an array'),
] as $call) {
    try {
        $call();
        echo "no exception\n";
    } catch (Throwable $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
$p = Kafka\Producer::persistent('orders', ['bootstrap.servers' => $cluster->bootstrapServers()]);
echo "then made with a good configuration: offset ", $p->sendAndWait('bad', 'x')->offset, "\n";
?>
--EXPECT--
ValueError: Kafka\Producer::persistent(): Argument #1 ($name) must not be empty
ValueError: Kafka\Producer::persistent(): Argument #1 ($name) must not contain NUL bytes
Kafka\ConfigException: Unknown configuration property "no.such.property"
Kafka\ConfigException: Unknown configuration property "php.no.such.option" (php.* options are the extension's own; see the README for which class takes which)
Kafka\ConfigException: Configuration property "linger.ms" must be string, int, float or bool, array given
TypeError: Kafka\Producer::persistent(): Argument #2 ($config) must be of type array, string given
then made with a good configuration: offset 0
