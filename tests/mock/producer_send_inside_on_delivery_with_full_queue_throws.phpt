--TEST--
Producer: send() from inside onDelivery queues the message, or (local queue full: no room can be made inside the callback) throws a clear Kafka\Exception; no crash, and every report still arrives
--FILE--
<?php
$cluster = new Kafka\MockCluster(1);
$producer = new Kafka\Producer(['bootstrap.servers' => $cluster->bootstrapServers(), 'queue.buffering.max.messages' => 1]);
$outcomes = [];
$reports = 0;
$producer->onDelivery(function (Kafka\Message $m, ?Kafka\Exception $e) use ($producer, &$outcomes, &$reports) {
    $reports++;
    if (str_starts_with($m->payload, 'resent')) {
        return;
    }
    try {
        $producer->send('reentry', 'resent-' . $m->payload);
        $outcomes[] = 'queued';
    } catch (Kafka\Exception $e) {
        $outcomes[] = $e->errorName() . ': ' . $e->getMessage();
    }
});
for ($i = 0; $i < 5; $i++) {
    $producer->send('reentry', "m$i"); // waits for room, serving reports (and the callback) meanwhile
}
$producer->flush();
print_r(array_count_values($outcomes));
echo "reports: ", $reports, ", pending: ", $producer->pending(), "\n";
?>
--EXPECTF--
Array
(
    [_QUEUE_FULL: The producer's local queue is full and no room can be made from inside the onDelivery callback (queue.buffering.max.messages/kbytes): the message was not queued] => %d
%A)
reports: %d, pending: 0
