--TEST--
Producer: bad input gives TypeError or a clear Kafka\Exception, never a crash or a silent drop
--FILE--
<?php
$cluster = new Kafka\MockCluster();
$cluster->createTopic('three', 3);
$producer = new Kafka\Producer(['bootstrap.servers' => $cluster->bootstrapServers(), 'message.max.bytes' => 2000]);
$producer->sendAndWait('three', 'warm-up'); // metadata for "three" is known from here on
$cases = [
    'empty topic' => fn () => $producer->send('', 'x'),
    'negative partition' => fn () => $producer->send('three', 'x', partition: -5),
    'negative timestamp' => fn () => $producer->send('three', 'x', timestampMs: -2),
    'too large' => fn () => $producer->send('three', str_repeat('x', 5000)),
    'partition out of range' => fn () => $producer->send('three', 'x', partition: 99),
    'payload array' => fn () => $producer->send('three', ['x']),
    'key object' => fn () => $producer->send('three', 'x', key: new stdClass()),
    'header object' => fn () => $producer->send('three', 'x', headers: ['h' => new stdClass()]),
    'timeout negative' => fn () => $producer->flush(-1),
    'callback not callable' => fn () => $producer->onDelivery('no_such_function'),
];
foreach ($cases as $name => $case) {
    try {
        $case();
        echo "$name: accepted\n";
    } catch (Throwable $e) {
        printf("%s: %s(%d) %s\n", $name, get_class($e), $e->getCode(), $e->getMessage());
    }
}
var_dump($producer->pending());
$producer->flush();
?>
--EXPECTF--
empty topic: ValueError(0) Kafka\Producer::send(): Argument #1 ($topic) must not be empty
negative partition: Kafka\Exception(-190) Partition -5 does not exist: give a partition number >= 0, or null to let the partitioner choose
negative timestamp: Kafka\Exception(-186) Timestamp must be milliseconds since the epoch (>= 0) or null, -2 given
too large: Kafka\Exception(10) Could not send to topic "three": Broker: Message size too large
partition out of range: Kafka\Exception(-190) Could not send to topic "three": Local: Unknown partition
payload array: TypeError(0) Kafka\Producer::send(): Argument #2 ($payload) must be of type ?string, array given
key object: TypeError(0) Kafka\Producer::send(): Argument #3 ($key) must be of type ?string, stdClass given
header object: TypeError(0) Header "h" must be string, int, float, bool, null or a list of them, stdClass given
timeout negative: ValueError(0) Kafka\Producer::flush(): Argument #1 ($timeoutMs) must be 0 or more milliseconds (larger than 2147483647 is treated as 2147483647)
callback not callable: TypeError(0) Kafka\Producer::onDelivery(): Argument #1 ($callback) must be a valid callback or null, function "no_such_function" not found or invalid function name
int(0)
