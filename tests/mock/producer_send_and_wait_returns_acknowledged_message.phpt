--TEST--
Producer: sendAndWait() returns the acknowledged message with its partition, offset, key, headers and timestamp
--FILE--
<?php
$cluster = new Kafka\MockCluster();
$cluster->createTopic('acks', 3);
$producer = new Kafka\Producer(['bootstrap.servers' => $cluster->bootstrapServers()]);
$first = $producer->sendAndWait('acks', 'one', key: 'k', headers: ['h' => 'v'], partition: 2, timestampMs: 1700000000123);
$second = $producer->sendAndWait('acks', 'two', key: 'k', partition: 2);
var_dump($first->topic, $first->partition, $first->offset, $first->key, $first->payload, $first->headers);
var_dump($second->partition, $second->offset, $producer->pending());
?>
--EXPECT--
string(4) "acks"
int(2)
int(0)
string(1) "k"
string(3) "one"
array(1) {
  ["h"]=>
  string(1) "v"
}
int(2)
int(1)
int(0)
