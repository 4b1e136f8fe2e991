--TEST--
Producer: flush() throws DeliveryException listing exactly the messages that failed, each with its error; the next flush() starts clean
--FILE--
<?php
$cluster = new Kafka\MockCluster();
$cluster->createTopic('three', 3);
$producer = new Kafka\Producer(['bootstrap.servers' => $cluster->bootstrapServers()]);
// Metadata for "three" is not known yet, so partition 7 is only found missing when it arrives.
$producer->send('three', 'ok-1', key: 'a', partition: 0);
$producer->send('three', 'bad', key: 'b', partition: 7, headers: ['id' => 2]);
$producer->send('three', 'ok-2', key: 'c', partition: 1);
try {
    $producer->flush();
    echo "no exception\n";
} catch (Kafka\DeliveryException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
    foreach ($e->failedMessages() as $i => $message) {
        $error = $e->errors()[$i];
        printf("failed: %s key=%s partition=%d header id=%s: %s (%s)\n", $message->payload, $message->key, $message->partition,
            $message->header('id'), $error->getMessage(), $error->errorName());
    }
    var_dump($e->errorName(), count($e->failedMessages()), count($e->errors()));
}
$producer->send('three', 'ok-3', partition: 2);
$producer->flush();
echo "second flush clean\n";
?>
--EXPECT--
Kafka\DeliveryException: 1 message(s) could not be delivered; first error: Local: Unknown partition
failed: bad key=b partition=7 header id=2: Local: Unknown partition (_UNKNOWN_PARTITION)
string(18) "_UNKNOWN_PARTITION"
int(1)
int(1)
second flush clean
