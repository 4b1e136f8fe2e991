--TEST--
ConsumerGroup: a second member (child process) joins and leaves; six partitions are split 3/3 then return; every message is seen exactly once
--FILE--
<?php
require __DIR__ . '/../lib/consumer_test.php';
$brokers = kafka_test_brokers();
$topic = kafka_test_name('split');
$groupId = kafka_test_name('group');
kafka_test_create_topic($topic, 6);

$seen = [];
$duplicates = [];
$record = function (string $who, string $payload) use (&$seen, &$duplicates) {
    if (isset($seen[$payload])) {
        $duplicates[] = "$payload read by {$seen[$payload]} and $who";
    }
    $seen[$payload] = $who;
};
$a = new Kafka\ConsumerGroup(kafka_test_group_config($brokers, $groupId, ['enable.auto.commit' => false]));
$aPartitions = 0;
$a->onAssign(function (array $partitions) use (&$aPartitions) { $aPartitions += count($partitions); });
$a->onRevoke(function (array $partitions) use (&$aPartitions) { $aPartitions -= count($partitions); });
$a->subscribe($topic);
$consumeA = function () use ($a, $record) {
    if ($message = $a->consume(100)) {
        $record('A', $message->payload);
        $a->commit($message);
    }
};
// $done closures read the counters by reference (arrow functions would copy them)
$until = function (callable $done, callable ...$steps) {
    $deadline = microtime(true) + 30;
    while (!$done() && microtime(true) < $deadline) {
        foreach ($steps as $step) {
            $step();
        }
    }
    return $done();
};

kafka_test_produce($brokers, $topic, 6, 5, 'one-');
var_dump($until(function () use (&$seen) { return count($seen) === 30; }, $consumeA));
echo "alone: A has $aPartitions partitions\n";

// Member B: another process, committing each message it handles.
$child = tempnam(sys_get_temp_dir(), 'kafka-member-');
file_put_contents($child, <<<'PHP'
<?php
require $argv[1];
$group = new Kafka\ConsumerGroup(kafka_test_group_config($argv[2], $argv[4], ['enable.auto.commit' => false]));
$group->onAssign(function (array $partitions) { echo 'ASSIGNED ', count($partitions), "\n"; });
$group->onRevoke(function (array $partitions) { echo 'REVOKED ', count($partitions), "\n"; });
$group->subscribe($argv[3]);
stream_set_blocking(STDIN, false);
while (trim((string) fgets(STDIN)) !== 'leave') {
    if ($message = $group->consume(100)) {
        echo "MSG {$message->payload}\n";
        $group->commit($message);
    }
}
$group->close();
echo "CLOSED\n";
PHP);
$errors = tempnam(sys_get_temp_dir(), 'kafka-member-err-');
$command = kafka_test_php_command() . ' ' . implode(' ', array_map('escapeshellarg',
    [$child, __DIR__ . '/../lib/consumer_test.php', $brokers, $topic, $groupId]));
$process = proc_open($command, [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['file', $errors, 'w']], $pipes);
stream_set_blocking($pipes[1], false);
$bPartitions = 0;
$bClosed = false;
$readB = function () use ($pipes, $record, &$bPartitions, &$bClosed) {
    while (($line = fgets($pipes[1])) !== false) {
        [$what, $value] = explode(' ', trim($line) . ' ', 2);
        match ($what) {
            'ASSIGNED' => $bPartitions += (int) $value,
            'REVOKED' => $bPartitions -= (int) $value,
            'MSG' => $record('B', trim($value)),
            'CLOSED' => $bClosed = true,
        };
    }
};
var_dump($until(function () use (&$aPartitions, &$bPartitions) { return $aPartitions === 3 && $bPartitions === 3; }, $consumeA, $readB));
echo "joined: A has $aPartitions partitions, B has $bPartitions\n";

kafka_test_produce($brokers, $topic, 6, 5, 'two-');
var_dump($until(function () use (&$seen) { return count($seen) === 60; }, $consumeA, $readB));
$two = array_count_values(array_intersect_key($seen, array_flip(preg_grep('/^two-/', array_keys($seen)))));
ksort($two);
echo 'second batch read by: ', json_encode($two), "\n";

fwrite($pipes[0], "leave\n");
var_dump($until(function () use (&$bClosed, &$aPartitions) { return $bClosed && $aPartitions === 6; }, $consumeA, $readB));
echo "left: A has $aPartitions partitions\n";
kafka_test_produce($brokers, $topic, 6, 5, 'three-');
var_dump($until(function () use (&$seen) { return count($seen) === 90; }, $consumeA));
$a->close();
fclose($pipes[0]);
fclose($pipes[1]);
var_dump(proc_close($process));
echo 'child stderr: ', file_get_contents($errors), "\n";
unlink($child);
unlink($errors);
echo count($seen), ' distinct messages, duplicates: ', json_encode($duplicates), "\n";
?>
--EXPECT--
bool(true)
alone: A has 6 partitions
bool(true)
joined: A has 3 partitions, B has 3
bool(true)
second batch read by: {"A":15,"B":15}
bool(true)
left: A has 6 partitions
bool(true)
int(0)
child stderr: 
90 distinct messages, duplicates: []
