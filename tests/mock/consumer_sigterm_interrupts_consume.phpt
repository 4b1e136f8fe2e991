--TEST--
ConsumerGroup: a SIGTERM (pcntl_async_signals) makes consume(30000) return null within 0.5 s; the script's handler runs; no handler of the extension
--EXTENSIONS--
pcntl
--FILE--
<?php
$cluster = new Kafka\MockCluster(1);
$cluster->createTopic('jobs', 1);
$group = new Kafka\ConsumerGroup(['bootstrap.servers' => $cluster->bootstrapServers(), 'group.id' => 'g']);
$group->subscribe('jobs');
var_dump(pcntl_signal_get_handler(SIGTERM)); // the extension installed none
pcntl_async_signals(true);
$running = true;
pcntl_signal(SIGTERM, function () use (&$running) { $running = false; });
// another process sends the signal 0.8 s from now and notes when
$sentFile = tempnam(sys_get_temp_dir(), 'kafka-sigterm-');
exec(sprintf('(sleep 0.8; date +%%s.%%N > %s; kill -TERM %d) >/dev/null 2>&1 &', escapeshellarg($sentFile), getmypid()));
$message = $group->consume(30000);
$returned = microtime(true);
$sent = (float) file_get_contents($sentFile);
unlink($sentFile);
var_dump($message, $running);
$late = $returned - $sent;
var_dump($sent > 0 && $late >= 0 ? 'after the signal' : "not after the signal ($late s)");
var_dump($late < 0.5 ? 'within 0.5 s' : "too late ($late s)");
$group->close();
?>
--EXPECT--
int(0)
NULL
bool(false)
string(16) "after the signal"
string(12) "within 0.5 s"
