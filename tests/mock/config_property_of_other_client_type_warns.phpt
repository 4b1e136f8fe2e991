--TEST--
A property of the other kind of client (group.id on a Producer, linger.ms on a ConsumerGroup) has no effect: a warning names it; both-sided properties (client.id) say nothing
--FILE--
<?php
new Kafka\Producer(['bootstrap.servers' => '127.0.0.1:1', 'group.id' => 'g', 'auto.offset.reset' => 'earliest', 'client.id' => 'c',
    'php.destroy.flush.timeout.ms' => 0]);
new Kafka\ConsumerGroup(['bootstrap.servers' => '127.0.0.1:1', 'group.id' => 'g', 'linger.ms' => 1, 'client.id' => 'c',
    'php.close.timeout.ms' => 100]);
echo "done\n";
?>
--EXPECTF--
Warning: Kafka\Producer::__construct(): Configuration property "group.id" is for consumers and has no effect on a producer in %s on line %d

Warning: Kafka\Producer::__construct(): Configuration property "auto.offset.reset" is for consumers and has no effect on a producer in %s on line %d

Warning: Kafka\ConsumerGroup::__construct(): Configuration property "linger.ms" is for producers and has no effect on a consumer in %s on line %d
%Adone
