--TEST--
ConsumerGroup: with php.close.timeout.ms => PHP_INT_MAX and the broker gone, close() neither spins nor hangs: it waits quietly and a signal ends it (the connection is then released in the background)
--SKIPIF--
<?php if (!function_exists('pcntl_alarm')) die('skip pcntl needed'); ?>
--FILE--
<?php
$cluster = new Kafka\MockCluster(1);
$cluster->createTopic('gone', 1);
(new Kafka\Producer(['bootstrap.servers' => $cluster->bootstrapServers()]))->sendAndWait('gone', 'job');
$group = new Kafka\ConsumerGroup(['bootstrap.servers' => $cluster->bootstrapServers(), 'group.id' => 'gone-g',
    'auto.offset.reset' => 'earliest', 'php.close.timeout.ms' => PHP_INT_MAX]);
$group->subscribe('gone');
$deadline = microtime(true) + 20;
$message = null;
while (!$message && microtime(true) < $deadline) {
    $message = $group->consume(100);
}
echo "consumed: ", $message ? $message->payload : 'nothing', "\n";
$group->consume(100); // back for more: the message is done, so leaving must commit it
$cluster->setBrokerDown(1);
pcntl_async_signals(true);
pcntl_signal(SIGALRM, function () {});
pcntl_alarm(2);
$cpu = getrusage();
$start = microtime(true);
$group->close();
$elapsed = microtime(true) - $start;
$after = getrusage();
$cpuSeconds = ($after['ru_utime.tv_sec'] + $after['ru_utime.tv_usec'] / 1e6 + $after['ru_stime.tv_sec'] + $after['ru_stime.tv_usec'] / 1e6)
    - ($cpu['ru_utime.tv_sec'] + $cpu['ru_utime.tv_usec'] / 1e6 + $cpu['ru_stime.tv_sec'] + $cpu['ru_stime.tv_usec'] / 1e6);
echo "ended by the signal: ", $elapsed > 1.5 && $elapsed < 4 ? 'yes' : sprintf('no (%.1f s)', $elapsed), "\n";
echo "CPU while waiting under half the wall time: ", $cpuSeconds < $elapsed / 2 ? 'yes' : sprintf('no (%.2f s of %.2f s)', $cpuSeconds, $elapsed), "\n";
?>
--EXPECTF--
consumed: job

Warning: Kafka\ConsumerGroup::close(): Kafka\ConsumerGroup could not leave its group within 2147483647 ms (php.close.timeout.ms) or was interrupted by a signal: offsets stored since the last commit may not be committed; the connection is released in the background in %s on line %d
ended by the signal: yes
CPU while waiting under half the wall time: yes
