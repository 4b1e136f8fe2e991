--TEST--
Producer: when onDelivery throws while send() serves reports, that send() still queued its message and returns; the exception comes out of the next call, before it queues anything
--FILE--
<?php
$cluster = new Kafka\MockCluster(1);
$producer = new Kafka\Producer(['bootstrap.servers' => $cluster->bootstrapServers()]);
$producer->sendAndWait('warm-up', 'warm'); // connection and metadata, on another topic
$thrown = false;
$producer->onDelivery(function () use (&$thrown) {
    if (!$thrown) {
        $thrown = true;
        throw new RuntimeException('from onDelivery');
    }
});
$sent = 0;
try {
    // send() serves ready reports every 256 calls
    for ($i = 0; $i < 2000; $i++) {
        $producer->send('next-call', "m$i", partition: 0);
        $sent++;
        if ($i % 100 === 0) {
            usleep(20000); // let reports arrive
        }
    }
} catch (RuntimeException $e) {
    echo "thrown by send() #", $sent + 1, " which queued nothing: ", $e->getMessage(), "\n";
}
echo "thrown before the end: ", $sent < 2000 ? 'yes' : 'no', "\n";
$producer->onDelivery(null);
$producer->flush();
$consumer = new Kafka\Consumer(['bootstrap.servers' => $cluster->bootstrapServers()]);
$consumer->assign([new Kafka\TopicPartition('next-call', 0, Kafka\Offset::BEGINNING)]);
$n = 0;
while ($consumer->consume(2000)) {
    $n++;
}
echo "on the broker: ", $n === $sent ? 'exactly the messages send() returned for' : "$n of $sent", "\n";
?>
--EXPECTF--
thrown by send() #%d which queued nothing: from onDelivery
thrown before the end: yes
on the broker: exactly the messages send() returned for
