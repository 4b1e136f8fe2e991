--TEST--
Every timeout parameter and php.* timeout option: -1 is refused (ValueError / ConfigException), 0 returns at once, PHP_INT_MAX is accepted (clamped, no overflow) and the wait still ends soon after a signal
--SKIPIF--
<?php if (!function_exists('pcntl_alarm')) die('skip pcntl needed'); ?>
--FILE--
<?php
pcntl_async_signals(true);
pcntl_signal(SIGALRM, function () {});

function outcome(callable $call): string
{
    try {
        $call();
        return 'returned';
    } catch (ValueError $e) {
        return 'ValueError';
    } catch (Kafka\Exception $e) {
        return 'Kafka\Exception';
    }
}

function sweep(string $label, callable $call, bool $waits = true): void
{
    $results = [];
    foreach ([-1, 0, PHP_INT_MAX] as $timeout) {
        if ($timeout === PHP_INT_MAX && $waits) {
            pcntl_alarm(1);
        }
        $start = microtime(true);
        $result = outcome(fn () => $call($timeout));
        $elapsed = microtime(true) - $start;
        pcntl_alarm(0);
        $limit = $timeout === PHP_INT_MAX ? 3.0 : 2.0; // the signal comes after 1 s; generous for a loaded machine
        $results[] = sprintf('%s: %s%s', $timeout === PHP_INT_MAX ? 'PHP_INT_MAX' : $timeout, $result,
            $elapsed < $limit ? '' : sprintf(' (too slow: %.1f s)', $elapsed));
    }
    echo $label, ' -> ', implode(', ', $results), "\n";
}

$cluster = new Kafka\MockCluster(1);
$cluster->createTopic('timeouts', 1);
$brokers = $cluster->bootstrapServers();
$nowhere = '127.0.0.1:1';

foreach (['php.destroy.flush.timeout.ms', 'php.send.block.timeout.ms'] as $option) {
    foreach ([-1, 0, PHP_INT_MAX] as $value) {
        try {
            new Kafka\Producer(['bootstrap.servers' => $brokers, $option => $value]);
            echo "$option => $value: accepted\n";
        } catch (Kafka\ConfigException $e) {
            echo "$option => $value: ConfigException\n";
        }
    }
}
foreach (['Kafka\Consumer' => 'php.close.timeout.ms', 'Kafka\Admin' => 'php.operation.timeout.ms'] as $class => $option) {
    foreach ([-1, 0, PHP_INT_MAX] as $value) {
        try {
            new $class(['bootstrap.servers' => $brokers, $option => $value]);
            echo "$option => $value: accepted\n";
        } catch (Kafka\ConfigException $e) {
            echo "$option => $value: ConfigException\n";
        }
    }
}

$stuck = new Kafka\Producer(['bootstrap.servers' => $nowhere, 'php.destroy.flush.timeout.ms' => 0]);
$stuck->send('timeouts', 'never delivered');
sweep('Producer::flush', fn ($t) => $stuck->flush($t));
sweep('Producer::poll', fn ($t) => $stuck->poll($t));
sweep('Producer::sendAndWait', fn ($t) => $stuck->sendAndWait('timeouts', 'x', timeoutMs: $t));
sweep('Producer::close', fn ($t) => (new Kafka\Producer(['bootstrap.servers' => $nowhere, 'php.destroy.flush.timeout.ms' => 0]))->close($t), false);

$consumer = new Kafka\Consumer(['bootstrap.servers' => $brokers, 'group.id' => 'timeouts-g']);
$consumer->assign([new Kafka\TopicPartition('timeouts', 0, Kafka\Offset::END)]);
sweep('Consumer::consume', fn ($t) => $consumer->consume($t));
sweep('Consumer::consumeBatch', fn ($t) => $consumer->consumeBatch(10, $t));
$far = new Kafka\Consumer(['bootstrap.servers' => $nowhere, 'group.id' => 'timeouts-g']);
$tp = new Kafka\TopicPartition('timeouts', 0, 0);
sweep('Consumer::committed', fn ($t) => $far->committed([$tp], $t));
sweep('Consumer::watermarks', fn ($t) => $far->watermarks('timeouts', 0, $t));
sweep('Consumer::partitions', fn ($t) => $far->partitions('timeouts', $t));
sweep('Consumer::offsetsForTimes', fn ($t) => $far->offsetsForTimes([$tp], $t));
$far->assign([$tp]);
sweep('Consumer::lag', fn ($t) => $far->lag($t));

$admin = new Kafka\Admin(['bootstrap.servers' => $nowhere]);
sweep('Admin::topics', fn ($t) => $admin->topics(false, $t));
sweep('Admin::createTopic', fn ($t) => $admin->createTopic('t', 1, -1, [], $t));
sweep('Admin::deleteTopic', fn ($t) => $admin->deleteTopic('t', $t));
sweep('Admin::createPartitions', fn ($t) => $admin->createPartitions('t', 2, $t));
sweep('Admin::describeTopic', fn ($t) => $admin->describeTopic('t', $t));
sweep('Admin::topicConfig', fn ($t) => $admin->topicConfig('t', false, $t));
sweep('Admin::alterTopicConfig', fn ($t) => $admin->alterTopicConfig('t', ['retention.ms' => 1000], $t));
sweep('Admin::groups', fn ($t) => $admin->groups($t));
sweep('Admin::describeGroup', fn ($t) => $admin->describeGroup('g', $t));
sweep('Admin::groupLag', fn ($t) => $admin->groupLag('g', $t));
sweep('Admin::resetGroupOffsets', fn ($t) => $admin->resetGroupOffsets('g', 't', 'earliest', null, false, $t));
?>
--EXPECTF--
php.destroy.flush.timeout.ms => -1: ConfigException
php.destroy.flush.timeout.ms => 0: accepted
php.destroy.flush.timeout.ms => 9223372036854775807: accepted
php.send.block.timeout.ms => -1: ConfigException
php.send.block.timeout.ms => 0: accepted
php.send.block.timeout.ms => 9223372036854775807: accepted
php.close.timeout.ms => -1: ConfigException

Warning: main(): Kafka\Consumer could not leave its group within 0 ms (php.close.timeout.ms): %s
php.close.timeout.ms => 0: accepted
php.close.timeout.ms => 9223372036854775807: accepted
php.operation.timeout.ms => -1: ConfigException
php.operation.timeout.ms => 0: accepted
php.operation.timeout.ms => 9223372036854775807: accepted
Producer::flush -> -1: ValueError, 0: Kafka\Exception, PHP_INT_MAX: Kafka\Exception
Producer::poll -> -1: ValueError, 0: returned, PHP_INT_MAX: returned
Producer::sendAndWait -> -1: ValueError, 0: Kafka\Exception, PHP_INT_MAX: Kafka\Exception
Producer::close -> -1: ValueError, 0: returned, PHP_INT_MAX: returned
Consumer::consume -> -1: ValueError, 0: returned, PHP_INT_MAX: returned
Consumer::consumeBatch -> -1: ValueError, 0: returned, PHP_INT_MAX: returned
Consumer::committed -> -1: ValueError, 0: Kafka\Exception, PHP_INT_MAX: Kafka\Exception
Consumer::watermarks -> -1: ValueError, 0: Kafka\Exception, PHP_INT_MAX: Kafka\Exception
Consumer::partitions -> -1: ValueError, 0: Kafka\Exception, PHP_INT_MAX: Kafka\Exception
Consumer::offsetsForTimes -> -1: ValueError, 0: Kafka\Exception, PHP_INT_MAX: Kafka\Exception
Consumer::lag -> -1: ValueError, 0: Kafka\Exception, PHP_INT_MAX: Kafka\Exception
Admin::topics -> -1: ValueError, 0: Kafka\Exception, PHP_INT_MAX: Kafka\Exception
Admin::createTopic -> -1: ValueError, 0: Kafka\Exception, PHP_INT_MAX: Kafka\Exception
Admin::deleteTopic -> -1: ValueError, 0: Kafka\Exception, PHP_INT_MAX: Kafka\Exception
Admin::createPartitions -> -1: ValueError, 0: Kafka\Exception, PHP_INT_MAX: Kafka\Exception
Admin::describeTopic -> -1: ValueError, 0: Kafka\Exception, PHP_INT_MAX: Kafka\Exception
Admin::topicConfig -> -1: ValueError, 0: Kafka\Exception, PHP_INT_MAX: Kafka\Exception
Admin::alterTopicConfig -> -1: ValueError, 0: Kafka\Exception, PHP_INT_MAX: Kafka\Exception
Admin::groups -> -1: ValueError, 0: Kafka\Exception, PHP_INT_MAX: Kafka\Exception
Admin::describeGroup -> -1: ValueError, 0: Kafka\Exception, PHP_INT_MAX: Kafka\Exception
Admin::groupLag -> -1: ValueError, 0: Kafka\Exception, PHP_INT_MAX: Kafka\Exception
Admin::resetGroupOffsets -> -1: ValueError, 0: Kafka\Exception, PHP_INT_MAX: Kafka\Exception

Warning: %s: Kafka\Producer destroyed with %d message(s) not delivered within 0 ms (php.destroy.flush.timeout.ms); they are lost. Last error: %s
