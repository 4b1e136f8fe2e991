--TEST--
Producer: without onDelivery, failures wait for flush(); the first 1000 are kept with their Message, the rest counted (failedCount())
--FILE--
<?php
$producer = new Kafka\Producer(['bootstrap.servers' => '127.0.0.1:1', 'message.timeout.ms' => 200]);
for ($i = 0; $i < 2500; $i++) {
    $producer->send('lost', "m$i");
}
try {
    $producer->flush(10000);
    echo "no exception\n";
} catch (Kafka\DeliveryException $e) {
    echo $e->getMessage(), "\n";
    echo "failedCount: ", $e->failedCount(), ", failedMessages: ", count($e->failedMessages()), ", errors: ", count($e->errors()), "\n";
    echo "first kept: ", $e->failedMessages()[0]->payload, ", last kept: ", $e->failedMessages()[999]->payload, "\n";
}
$producer->flush(1000); // reported once: the next flush has nothing to throw
echo "second flush: ok\n";
?>
--EXPECTF--
2500 message(s) could not be delivered (the first 1000 are in failedMessages()); first error: Local: Message timed out
failedCount: 2500, failedMessages: 1000, errors: 1000
first kept: m0, last kept: m999
second flush: ok
