--TEST--
ConsumerGroup and Consumer: when no broker of bootstrap.servers has answered for php.unreachable.timeout.ms (refused, or a name that does not resolve), consume() throws naming the address and the cause instead of returning null forever
--FILE--
<?php
foreach (['127.0.0.1:1' => 'Connection refused', 'kafak.invalid:9092' => 'resolve'] as $brokers => $cause) {
    $group = new Kafka\ConsumerGroup(['bootstrap.servers' => $brokers, 'group.id' => 'g',
        'php.unreachable.timeout.ms' => 1500, 'php.close.timeout.ms' => 200]);
    $group->subscribe(['t']);
    $start = microtime(true);
    try {
        while (microtime(true) - $start < 15) {
            $group->consume(200);
        }
        echo "$brokers: nothing thrown\n";
    } catch (Kafka\Exception $e) {
        printf("%s: %s after the bound (%s), names the address: %s, the cause: %s\n", $brokers, $e->errorName(),
            microtime(true) - $start >= 1.4 && microtime(true) - $start < 8 ? 'yes' : 'no',
            str_contains($e->getMessage(), "\"$brokers\"") ? 'yes' : 'no', stripos($e->getMessage(), $cause) !== false ? 'yes' : 'no');
    }
    @$group = null; // no group to leave
}
?>
--EXPECT--
127.0.0.1:1: _TRANSPORT after the bound (yes), names the address: yes, the cause: yes
kafak.invalid:9092: _RESOLVE after the bound (yes), names the address: yes, the cause: yes
