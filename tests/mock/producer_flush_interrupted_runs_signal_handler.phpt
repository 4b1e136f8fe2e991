--TEST--
Producer: when a signal ends flush() with an _INTR exception, the script's pcntl handler has run by the time the exception is caught (PHP 8.2 would otherwise dispatch the signal while the exception is pending and skip the handler)
--EXTENSIONS--
pcntl
--FILE--
<?php
pcntl_async_signals(true);
$handled = 0;
pcntl_signal(SIGALRM, function () use (&$handled) { $handled++; });
$producer = new Kafka\Producer(['bootstrap.servers' => '127.0.0.1:1', 'php.destroy.flush.timeout.ms' => 0]);
$producer->send('t', 'never delivered');
pcntl_alarm(1);
try {
    $producer->flush(10000);
} catch (Kafka\Exception $e) {
    echo $e->errorName(), ", handler calls when caught: $handled\n";
}
usleep(1000);
echo "handler calls later: $handled\n";
?>
--EXPECTF--
_INTR, handler calls when caught: 1
handler calls later: 1

Warning: %s: Kafka\Producer destroyed with 1 message(s) not delivered within 0 ms (php.destroy.flush.timeout.ms); they are lost. Last error: %s
