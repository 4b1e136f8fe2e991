--TEST--
Producer: an exception thrown by onDelivery reaches the caller of flush(); the remaining reports are served by the next call
--FILE--
<?php
$cluster = new Kafka\MockCluster();
$producer = new Kafka\Producer(['bootstrap.servers' => $cluster->bootstrapServers(), 'linger.ms' => 50]);
$seen = [];
$producer->onDelivery(function (Kafka\Message $m, ?Kafka\Exception $e) use (&$seen) {
    $seen[] = $m->payload;
    if ($m->payload === 'm3') {
        throw new LogicException('handler failed on m3');
    }
});
for ($i = 0; $i < 10; $i++) {
    $producer->send('t', "m$i", partition: 0);
}
try {
    $producer->flush();
    echo "no exception\n";
} catch (LogicException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
echo "served before the throw: ", implode(',', $seen), "\n";
$producer->flush();
echo "served in all: ", implode(',', $seen), "\n";
var_dump($producer->pending());
?>
--EXPECT--
LogicException: handler failed on m3
served before the throw: m0,m1,m2,m3
served in all: m0,m1,m2,m3,m4,m5,m6,m7,m8,m9
int(0)
