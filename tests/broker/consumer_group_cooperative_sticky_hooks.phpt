--TEST--
ConsumerGroup: with cooperative-sticky, hooks see incremental changes (a joining member takes half, the first keeps the rest) and the extension assigns incrementally
--FILE--
<?php
require __DIR__ . '/../lib/consumer_test.php';
$brokers = kafka_test_brokers();
$topic = kafka_test_name('coop');
$groupId = kafka_test_name('group');
kafka_test_create_topic($topic, 4);
$config = kafka_test_group_config($brokers, $groupId, ['partition.assignment.strategy' => 'cooperative-sticky']);
$events = [];
$member = function (string $name) use ($config, $topic, &$events) {
    $group = new Kafka\ConsumerGroup($config);
    $group->onAssign(function (array $p) use ($name, &$events) { if ($p) { $events[] = "$name assigned " . count($p); } });
    $group->onRevoke(function (array $p) use ($name, &$events) { if ($p) { $events[] = "$name revoked " . count($p); } });
    $group->subscribe($topic);
    return $group;
};
$until = function (callable $done, Kafka\ConsumerGroup ...$groups) {
    $deadline = microtime(true) + 30;
    while (!$done() && microtime(true) < $deadline) {
        foreach ($groups as $group) {
            $group->consume(50);
        }
    }
};
$a = $member('A');
$until(fn () => count($a->assignment()) === 4, $a);
$b = $member('B');
$until(fn () => count($a->assignment()) === 2 && count($b->assignment()) === 2, $a, $b);
echo implode("\n", $events), "\n";
$kept = $a->assignment();
$events = [];
$b->close();
$until(fn () => count($a->assignment()) === 4, $a);
echo implode("\n", $events), "\n";
var_dump(count(array_intersect(array_map('strval', $kept), array_map('strval', $a->assignment()))));
$a->close();
?>
--EXPECT--
A assigned 4
A revoked 2
B assigned 2
B revoked 2
A assigned 2
int(2)
