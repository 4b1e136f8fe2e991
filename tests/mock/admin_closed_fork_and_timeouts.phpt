--TEST--
Admin: an unreachable broker gives a retriable exception within the timeout; bad timeouts are ValueErrors; calls after close() or in a forked child throw
--SKIPIF--
<?php if (!function_exists('pcntl_fork')) die('skip pcntl needed'); ?>
--FILE--
<?php
$admin = new Kafka\Admin(['bootstrap.servers' => '127.0.0.1:1', 'php.operation.timeout.ms' => 800]);
foreach (['topics' => [], 'createTopic' => ['t'], 'groupLag' => ['g', 300]] as $method => $args) {
    $start = microtime(true);
    try {
        $admin->$method(...$args);
    } catch (Kafka\Exception $e) {
        printf("%s: %s %s retriable=%d %s\n", $method, get_class($e), $e->errorName(), $e->isRetriable(), microtime(true) - $start < 2.5 ? 'in time' : 'too slow');
    }
}
// 0 and anything above librdkafka's one-hour limit are clamped (1 ms, one hour); negative is refused
foreach ([0, -5, PHP_INT_MAX] as $timeout) {
    $start = microtime(true);
    try {
        $admin->topics(false, $timeout);
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    } catch (Kafka\Exception $e) {
        printf("%d: Kafka\\Exception %s\n", $timeout, microtime(true) - $start < 2.5 ? 'in time' : 'too slow');
    }
}
try {
    new Kafka\Admin(['php.operation.timeout.ms' => 'soon']);
} catch (Kafka\ConfigException $e) {
    echo $e->getMessage(), "\n";
}
$pid = pcntl_fork();
if ($pid === 0) {
    try {
        $admin->topics();
    } catch (Kafka\Exception $e) {
        echo "child: ", $e->getMessage(), "\n";
    }
    exit(0);
}
pcntl_waitpid($pid, $status);
$admin->close();
try {
    $admin->topics();
} catch (Kafka\Exception $e) {
    echo $e->getMessage(), "\n";
}
var_dump((new ReflectionClass(Kafka\Admin::class))->isFinal());
?>
--EXPECTF--
topics: Kafka\%SException _%s retriable=1 in time
createTopic: Kafka\TimeoutException _TIMED_OUT retriable=1 in time
groupLag: Kafka\TimeoutException _TIMED_OUT retriable=1 in time
0: Kafka\Exception in time
Kafka\Admin::topics(): Argument #2 ($timeoutMs) must be 0 or more milliseconds (larger than 2147483647 is treated as 2147483647)
%d: Kafka\Exception in time
Invalid value for configuration property "php.operation.timeout.ms": expected an integer number of milliseconds
child: This Kafka\Admin was created before fork() and cannot be used in the child process; create a new one in the child
This Kafka\Admin is closed
bool(false)
