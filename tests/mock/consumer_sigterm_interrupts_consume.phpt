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
// another process sends the signal 0.8 s from now
exec(sprintf('(sleep 0.8; kill -TERM %d) >/dev/null 2>&1 &', getmypid()));
$start = microtime(true);
$message = $group->consume(30000);
$elapsed = microtime(true) - $start;
var_dump($message, $running);
var_dump($elapsed > 0.7 ? 'after the signal' : "too early ($elapsed s)");
var_dump($elapsed < 1.3 ? 'within 0.5 s' : "too late ($elapsed s)");
$group->close();
?>
--EXPECT--
int(0)
NULL
bool(false)
string(16) "after the signal"
string(12) "within 0.5 s"
