--TEST--
examples/log-worker.php (the handbook's kafka:consume-logs on the Laravel package's consumer, without Laravel): SIGTERM stops it promptly and cleanly, after it committed what it stored
--SKIPIF--
<?php if (!function_exists('posix_kill')) die('skip posix is an optional PHP extension'); ?>
--FILE--
<?php
require __DIR__ . '/../lib/kafka_test.php';
$cluster = new Kafka\MockCluster();
$cluster->createTopic('application-logs', 2);
$producer = new Kafka\Producer(['bootstrap.servers' => $cluster->bootstrapServers()]);
for ($i = 1; $i <= 20; $i++) {
    $producer->send('application-logs', json_encode(['id' => "log-$i", 'level' => 'info', 'message' => "line $i"]));
}
$producer->flush();
$database = tempnam(sys_get_temp_dir(), 'logs');
$command = sprintf('exec %s -d extension=%s %s worker-1 %s %s', escapeshellarg(PHP_BINARY), escapeshellarg(getenv('KAFKA_EXTENSION_SO')),
    escapeshellarg(__DIR__ . '/../../examples/log-worker.php'), escapeshellarg($cluster->bootstrapServers()), escapeshellarg($database));
$process = proc_open($command, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
$db = new PDO('sqlite:' . $database, options: [PDO::ATTR_ERRMODE => PDO::ERRMODE_SILENT]); // the table appears when the worker starts
$deadline = microtime(true) + 30;
do {
    usleep(50000);
    $stored = $db->query('SELECT COUNT(*) FROM application_logs');
    $count = $stored ? (int) $stored->fetchColumn() : 0;
    $stored = null; // release the read lock while we sleep
} while ($count < 20 && microtime(true) < $deadline);
$pid = proc_get_status($process)['pid'];
$start = microtime(true);
posix_kill($pid, SIGTERM);
$output = stream_get_contents($pipes[1]) . stream_get_contents($pipes[2]);
$status = proc_close($process);
$elapsed = microtime(true) - $start;
kafka_test_check_child_output($output, 'consume-logs.php');
var_dump($count, $status, $elapsed < 3);
echo preg_match('/stopped \(SIGTERM\) after 20 message/', $output) ? "stopped (SIGTERM) after 20 messages\n" : $output;
$group = new Kafka\ConsumerGroup(['bootstrap.servers' => $cluster->bootstrapServers(), 'group.id' => 'log-processors']);
$committed = $group->committed([new Kafka\TopicPartition('application-logs', 0), new Kafka\TopicPartition('application-logs', 1)]);
echo "committed: ", array_sum(array_map(fn ($tp) => max(0, $tp->offset), $committed)), "\n";
$group->close();
unlink($database);
?>
--EXPECT--
int(20)
int(0)
bool(true)
stopped (SIGTERM) after 20 messages
committed: 20
