--TEST--
Producer::persistent(): a child forked after the producer was made gets a fresh one from persistent() (the parent's handle has no threads there), the parent keeps its own, and the child exits without hanging
--SKIPIF--
<?php if (!function_exists('pcntl_fork')) die('skip pcntl is an optional PHP extension'); ?>
--FILE--
<?php
require __DIR__ . '/../lib/kafka_test.php';
$cluster = new Kafka\MockCluster();
$cluster->createTopic('forked', 1);
$config = ['bootstrap.servers' => $cluster->bootstrapServers()];
$parent = Kafka\Producer::persistent('orders', $config);
$parent->sendAndWait('forked', 'parent before fork');
$pid = pcntl_fork();
if ($pid === 0) {
    try {
        $parent->send('forked', 'child on the parent object');
    } catch (Kafka\Exception $e) {
        echo "child, parent's object: ", $e->getMessage(), "\n";
    }
    $child = Kafka\Producer::persistent('orders', $config);
    echo "child, fresh object: ", var_export($child !== $parent, true), "\n";
    $child->sendAndWait('forked', 'child');
    $child->send('forked', 'child, delivered by its end');
    exit(0);
}
$start = microtime(true);
pcntl_waitpid($pid, $status);
var_dump(pcntl_wexitstatus($status), microtime(true) - $start < 10);
var_dump(Kafka\Producer::persistent('orders', $config) === $parent);
$parent->sendAndWait('forked', 'parent after fork');
$read = kafka_test_kcat_read($cluster->bootstrapServers(), 'forked', '%s\n');
sort($read);
print_r($read);
?>
--EXPECT--
child, parent's object: This Kafka\Producer was created before fork() and cannot be used in the child process; create a new one in the child
child, fresh object: true
int(0)
bool(true)
bool(true)
Array
(
    [0] => child
    [1] => child, delivered by its end
    [2] => parent after fork
    [3] => parent before fork
)
