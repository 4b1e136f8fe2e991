--TEST--
Producer (real broker): the same key always lands on the same partition, the one the Java client picks (murmur2)
--FILE--
<?php
require __DIR__ . '/../lib/kafka_test.php';
$brokers = kafka_test_brokers();
$topic = kafka_test_name('keyed');
kafka_test_create_topic($topic, 6);
$producer = new Kafka\Producer(['bootstrap.servers' => $brokers]);
$keys = ['user-1', 'user-2', 'order-42', '21', 'a', 'ab', 'abc', 'émoji-🙂', str_repeat('k', 100), "bin\x00ary"];
$placed = [];
$mismatch = 0;
for ($round = 0; $round < 3; $round++) {
    foreach ($keys as $key) {
        $message = $producer->sendAndWait($topic, "round $round", key: $key);
        $placed[$key][] = $message->partition;
        if ($message->partition !== kafka_test_java_partition($key, 6)) {
            $mismatch++;
            printf("key %s: partition %d, Java would pick %d\n", bin2hex($key), $message->partition, kafka_test_java_partition($key, 6));
        }
    }
}
$stable = array_filter($placed, fn ($partitions) => count(array_unique($partitions)) === 1);
var_dump(count($stable) === count($keys), $mismatch, count(array_unique(array_map(fn ($p) => $p[0], $placed))) > 1);
?>
--EXPECT--
bool(true)
int(0)
bool(true)
