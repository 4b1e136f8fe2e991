--TEST--
Producer: a failure reported to onDelivery is the callback's to handle: it is not kept for flush() as well, so a send()+poll() daemon does not grow
--FILE--
<?php
$producer = new Kafka\Producer(['bootstrap.servers' => '127.0.0.1:1', 'message.timeout.ms' => 200,
    'php.destroy.flush.timeout.ms' => 0]);
$failed = 0;
$producer->onDelivery(function (Kafka\Message $m, ?Kafka\Exception $e) use (&$failed) {
    $failed += $e !== null;
});
$payload = str_repeat('x', 1000);
$round = function () use ($producer, $payload) {
    for ($i = 0; $i < 2000; $i++) {
        $producer->send('lost', $payload);
    }
    while ($producer->pending() > 0) {
        $producer->poll(100);
    }
};
$round();
$before = memory_get_usage();
for ($r = 0; $r < 4; $r++) {
    $round();
}
$growth = memory_get_usage() - $before;
echo "failures reported: $failed\n";
echo "memory growth under 1 MiB for 8000 failures: ", $growth < 1 << 20 ? 'yes' : "no ($growth bytes)", "\n";
$producer->flush(1000); // nothing kept: no DeliveryException
echo "flush: ok\n";
?>
--EXPECT--
failures reported: 10000
memory growth under 1 MiB for 8000 failures: yes
flush: ok
