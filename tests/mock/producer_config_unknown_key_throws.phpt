--TEST--
Producer config: an unknown key, a bad value, a non-scalar value or an unknown php.* option throws ConfigException naming the key
--FILE--
<?php
$cases = [
    ['bootstrap.servers' => '127.0.0.1:1', 'no.such.property' => 'x'],
    ['acks' => 'sometimes'],
    ['linger.ms' => [5]],
    ['php.no.such.option' => 1],
    ['php.destroy.flush.timeout.ms' => -1],
    ['php.send.block.timeout.ms' => 'soon'],
    [0 => 'bootstrap.servers'],
];
foreach ($cases as $config) {
    try {
        new Kafka\Producer($config);
        echo "no exception\n";
    } catch (Kafka\ConfigException $e) {
        echo $e->getMessage(), "\n";
    }
}
?>
--EXPECTF--
Unknown configuration property "no.such.property"
Invalid value for configuration property "acks" (allowed: -1 .. 1000)
Configuration property "linger.ms" must be string, int, float or bool, array given
Unknown configuration property "php.no.such.option" (php.* options are the extension's own; see the README for which class takes which)
Invalid value for configuration property "php.destroy.flush.timeout.ms": must be 0 or more milliseconds (larger than 2147483647 is treated as 2147483647)
Invalid value for configuration property "php.send.block.timeout.ms": expected an integer number of milliseconds
Configuration keys must be property names, got the integer key 0
