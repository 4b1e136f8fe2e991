--TEST--
Producer: a producer created before fork() throws a clear Kafka\Exception in the child, and the child exits without hanging
--SKIPIF--
<?php if (!function_exists('pcntl_fork')) die('skip pcntl is an optional PHP extension'); ?>
--FILE--
<?php
$cluster = new Kafka\MockCluster();
$producer = new Kafka\Producer(['bootstrap.servers' => $cluster->bootstrapServers()]);
$producer->sendAndWait('forked', 'parent before fork');
$pid = pcntl_fork();
if ($pid === 0) {
    try {
        $producer->send('forked', 'child');
        echo "child: accepted\n";
    } catch (Kafka\Exception $e) {
        echo "child: ", $e->getMessage(), "\n";
    }
    exit(0); // must not hang on librdkafka's (absent) threads
}
$start = microtime(true);
pcntl_waitpid($pid, $status);
var_dump(pcntl_wexitstatus($status), microtime(true) - $start < 5);
$producer->sendAndWait('forked', 'parent after fork');
echo "parent still works\n";
?>
--EXPECT--
child: This Kafka\Producer was created before fork() and cannot be used in the child process; create a new one in the child
int(0)
bool(true)
parent still works
