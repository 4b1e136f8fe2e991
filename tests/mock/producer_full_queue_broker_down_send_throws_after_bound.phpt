--TEST--
Producer: if the queue stays full past php.send.block.timeout.ms, send() throws a TimeoutException (code _QUEUE_FULL) instead of dropping
--FILE--
<?php
$producer = new Kafka\Producer(['bootstrap.servers' => '127.0.0.1:1', 'queue.buffering.max.messages' => 10,
    'php.send.block.timeout.ms' => 300, 'php.destroy.flush.timeout.ms' => 0]);
$sent = 0;
$start = microtime(true);
try {
    for ($i = 0; $i < 11; $i++) {
        $producer->send('blocked', "m$i");
        $sent++;
    }
} catch (Kafka\TimeoutException $e) {
    $elapsed = microtime(true) - $start;
    var_dump($sent, $e->errorName(), $elapsed >= 0.29 && $elapsed < 2);
    echo $e->getMessage(), "\n";
}
var_dump($producer->pending());
?>
--EXPECTF--
int(10)
string(11) "_QUEUE_FULL"
bool(true)
The producer's local queue stayed full for 300 ms (php.send.block.timeout.ms; queue.buffering.max.messages/kbytes); the message was not queued. Last error: %s
int(10)

Warning: %s: Kafka\Producer destroyed with 10 message(s) not delivered within 0 ms (php.destroy.flush.timeout.ms); they are lost. Last error: %s in Unknown on line 0
