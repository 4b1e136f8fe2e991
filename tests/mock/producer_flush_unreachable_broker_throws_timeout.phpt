--TEST--
Producer: flush() with an unreachable broker throws TimeoutException saying how many messages are in flight and why
--FILE--
<?php
$producer = new Kafka\Producer(['bootstrap.servers' => '127.0.0.1:1', 'php.destroy.flush.timeout.ms' => 0]);
for ($i = 0; $i < 3; $i++) {
    $producer->send('nowhere', "message $i");
}
var_dump($producer->pending());
$start = microtime(true);
try {
    $producer->flush(1000);
    echo "flushed?!\n";
} catch (Kafka\TimeoutException $e) {
    $elapsed = microtime(true) - $start;
    var_dump($e->inFlight(), $e->getCode() === -185, $e->isRetriable(), $elapsed >= 0.9 && $elapsed < 3);
    echo $e->getMessage(), "\n";
}
?>
--EXPECTF--
int(3)
int(3)
bool(true)
bool(true)
bool(true)
flush() timed out after 1000 ms with 3 message(s) still in flight; last error: %sConnection refused%s

Warning: %s: Kafka\Producer destroyed with 3 message(s) not delivered within 0 ms (php.destroy.flush.timeout.ms); they are lost. Last error: %s in Unknown on line 0
