--TEST--
Callbacks: ConsumerGroup::onStats receives decoded statistics from consume() on a mutual-TLS connection: type consumer, the group's state "up" once it has joined
--FILE--
<?php
require __DIR__ . '/../lib/secure_test.php';
$topic = kafka_test_name('secure-cb');
$config = secure_test_config('mtls');
(new Kafka\Admin($config))->createTopic($topic, 1, 1, [], 15000);
$group = new Kafka\ConsumerGroup(['statistics.interval.ms' => 200, 'group.id' => kafka_test_name('secure-cb'),
    'auto.offset.reset' => 'earliest'] + $config);
$stats = [];
$group->onStats(function (array $s) use (&$stats) {
    $stats[] = $s;
});
$group->subscribe([$topic]);
$started = microtime(true);
$joined = false;
while (!$joined && microtime(true) - $started < 20) {
    $group->consume(100);
    $joined = $stats !== [] && (end($stats)['cgrp']['state'] ?? '') === 'up' && $group->assignment() !== [];
}
$last = $stats === [] ? [] : end($stats);
echo 'stats received: ', $stats !== [] ? 'yes' : 'no', "\n";
echo 'type: ', $last['type'] ?? '-', "\n";
echo 'group state: ', $last['cgrp']['state'] ?? '-', "\n";
$group->close();
?>
--EXPECT--
stats received: yes
type: consumer
group state: up
