--TEST--
Producer: close() after onDelivery threw resumes the report batch it interrupted: delivered messages are reported, not called lost; if the callback throws again, close() still closes, rethrows, and warns about failures no callback saw
--FILE--
<?php
$cluster = new Kafka\MockCluster(1);
// The callback throws once, on the first report of a batch of delivered messages.
$producer = new Kafka\Producer(['bootstrap.servers' => $cluster->bootstrapServers()]);
$reports = [];
$producer->onDelivery(function (Kafka\Message $m, ?Kafka\Exception $e) use (&$reports) {
    $reports[] = $m->payload . ($e ? ' failed' : ' ok');
    if (count($reports) === 1) {
        throw new RuntimeException('callback failed');
    }
});
for ($i = 0; $i < 5; $i++) {
    $producer->send('closing', "m$i", partition: 0);
}
try {
    $producer->flush();
} catch (RuntimeException $e) {
    echo "flush: ", $e->getMessage(), "\n";
}
$producer->close(100);
echo implode(', ', $reports), "\n";

// Three messages fail together; the callback always throws.
$producer = new Kafka\Producer(['bootstrap.servers' => '127.0.0.1:1', 'message.timeout.ms' => 300]);
$calls = 0;
$producer->onDelivery(function () use (&$calls) {
    $calls++;
    throw new RuntimeException("callback failed #$calls");
});
for ($i = 0; $i < 3; $i++) {
    $producer->send('closing', "f$i", partition: 0);
}
try {
    $producer->flush(5000);
} catch (RuntimeException $e) {
    echo "flush: ", $e->getMessage(), "\n";
}
try {
    $producer->close(100);
} catch (RuntimeException $e) {
    echo "close: ", $e->getMessage(), "\n";
}
try {
    $producer->pending();
} catch (Kafka\Exception $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECTF--
flush: callback failed
m0 ok, m1 ok, m2 ok, m3 ok, m4 ok
flush: callback failed #1

Warning: Kafka\Producer::close(): Kafka\Producer destroyed with 1 message(s) whose delivery failed and was not reported by flush(); first error: Local: Message timed out in %s on line %d
close: callback failed #2
This Kafka\Producer is closed
