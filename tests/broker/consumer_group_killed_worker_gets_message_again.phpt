--TEST--
ConsumerGroup (auto commit): a worker killed (SIGKILL) while handling message N gets N again after restart; earlier messages are not repeated
--FILE--
<?php
require __DIR__ . '/../lib/consumer_test.php';
$brokers = kafka_test_brokers();
$topic = kafka_test_name('worker');
$groupId = kafka_test_name('group');
kafka_test_create_topic($topic, 1);
kafka_test_produce($brokers, $topic, 1, 6);
// Static membership: the restarted worker takes the killed one's place without waiting for its session to expire.
$extra = ['auto.commit.interval.ms' => 100, 'group.instance.id' => 'worker-1'];

$worker = tempnam(sys_get_temp_dir(), 'kafka-worker-');
file_put_contents($worker, <<<'PHP'
<?php
require $argv[1];
$group = new Kafka\ConsumerGroup(kafka_test_group_config($argv[2], $argv[4], json_decode($argv[5], true)));
$group->subscribe($argv[3]);
while (true) {
    $message = $group->consume(1000);
    if ($message === null) {
        continue;
    }
    echo "HANDLING {$message->payload}\n";
    if ($message->payload === 'p0-3') {
        sleep(60); // stuck handling it: killed here
    }
}
PHP);
$command = 'exec ' . kafka_test_php_command() . ' ' . implode(' ', array_map('escapeshellarg',
    [$worker, __DIR__ . '/../lib/consumer_test.php', $brokers, $topic, $groupId, json_encode($extra)]));
$process = proc_open($command, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
$handled = [];
$deadline = microtime(true) + 20;
while (end($handled) !== 'p0-3' && microtime(true) < $deadline && ($line = fgets($pipes[1])) !== false) {
    $handled[] = substr(trim($line), strlen('HANDLING '));
}
echo 'worker handled: ', implode(' ', $handled), "\n";
usleep(1000000); // several auto-commit intervals pass while it is stuck
proc_terminate($process, SIGKILL);
echo 'stderr: ', stream_get_contents($pipes[2]), "\n";
fclose($pipes[1]);
fclose($pipes[2]);
proc_close($process);
unlink($worker);

$group = new Kafka\ConsumerGroup(kafka_test_group_config($brokers, $groupId, $extra));
$group->subscribe($topic);
echo 'restarted worker gets: ', implode(' ', kafka_test_consume_payloads($group, 3)), "\n";
$group->close();
?>
--EXPECT--
worker handled: p0-0 p0-1 p0-2 p0-3
stderr: 
restarted worker gets: p0-3 p0-4 p0-5
