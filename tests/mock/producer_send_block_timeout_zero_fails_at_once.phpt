--TEST--
Producer: php.send.block.timeout.ms => 0 makes send() on a full local queue throw at once instead of waiting
--FILE--
<?php
$producer = new Kafka\Producer(['bootstrap.servers' => '127.0.0.1:1', 'queue.buffering.max.messages' => 1,
    'php.send.block.timeout.ms' => 0, 'php.destroy.flush.timeout.ms' => 0]);
$producer->send('full', 'first');
$start = microtime(true);
try {
    $producer->send('full', 'second');
    echo "queued\n";
} catch (Kafka\TimeoutException $e) {
    echo $e->errorName(), "\n";
}
$elapsed = microtime(true) - $start;
echo "without waiting a 100 ms slice: ", $elapsed < 0.09 ? "yes" : sprintf("no (%.0f ms)", $elapsed * 1000), "\n";
?>
--EXPECTF--
_QUEUE_FULL
without waiting a 100 ms slice: yes

Warning: %s: Kafka\Producer destroyed with 1 message(s) not delivered within 0 ms (php.destroy.flush.timeout.ms); they are lost. Last error: %s
