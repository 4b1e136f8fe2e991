--TEST--
Consumer: consumeBatch() returns soon after a signal even while messages keep trickling in (a steady stream), with what it has
--SKIPIF--
<?php if (!function_exists('pcntl_alarm')) die('skip pcntl needed'); ?>
--FILE--
<?php
$cluster = new Kafka\MockCluster(1);
$cluster->createTopic('trickle', 1);
$brokers = $cluster->bootstrapServers();
$pid = pcntl_fork();
if ($pid === 0) {
    $producer = new Kafka\Producer(['bootstrap.servers' => $brokers, 'linger.ms' => 0]);
    $end = microtime(true) + 12;
    for ($i = 0; microtime(true) < $end; $i++) { // a steady stream: the consumer's waits always get a message
        $producer->send('trickle', "t$i", partition: 0);
        if ($i % 10 === 0) {
            $producer->poll(0);
            usleep(2000);
        }
    }
    $producer->flush();
    exit(0);
}
$consumer = new Kafka\Consumer(['bootstrap.servers' => $cluster->bootstrapServers()]);
$consumer->assign([new Kafka\TopicPartition('trickle', 0, Kafka\Offset::BEGINNING)]);
$consumer->consume(5000); // the trickle has started
pcntl_async_signals(true);
$alarmed = null;
pcntl_signal(SIGALRM, function () use (&$alarmed) { $alarmed = microtime(true); });
pcntl_alarm(1);
$start = microtime(true);
$batch = $consumer->consumeBatch(10000000, 10000);
$returned = microtime(true);
printf("signal arrived: %s\n", $alarmed !== null ? 'yes' : 'no');
printf("returned within 0.5 s of the signal: %s\n", $alarmed !== null && $returned - $alarmed < 0.5 ? 'yes' : sprintf('no (%.2f s after start)', $returned - $start));
printf("with messages: %s\n", count($batch) > 5 ? 'yes' : 'no (' . count($batch) . ')');
posix_kill($pid, SIGKILL);
pcntl_waitpid($pid, $status);
?>
--EXPECT--
signal arrived: yes
returned within 0.5 s of the signal: yes
with messages: yes
