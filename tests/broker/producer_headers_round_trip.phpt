--TEST--
Producer (real broker): headers round-trip through Kafka: null, int, float, bool, binary and repeated names, in order
--FILE--
<?php
require __DIR__ . '/../lib/kafka_test.php';
$brokers = kafka_test_brokers();
$topic = kafka_test_name('headers');
kafka_test_create_topic($topic, 1);
$producer = new Kafka\Producer(['bootstrap.servers' => $brokers]);
$binary = "\x00\xff\x01binary\x00";
$producer->send($topic, 'with headers', key: 'k', headers: [
    'null' => null, 'int' => 42, 'float' => 1.5, 'bool' => false, 'binary' => $binary,
    'trace' => ['first', 'second', null, 'last'], 'empty' => '',
]);
$producer->send($topic, 'no headers');
$producer->flush();

$consumer = new Kafka\Consumer(['bootstrap.servers' => $brokers]);
$consumer->assign([new Kafka\TopicPartition($topic, 0, Kafka\Offset::BEGINNING)]);
$messages = [];
$deadline = microtime(true) + 20;
while (count($messages) < 2 && microtime(true) < $deadline) {
    if ($m = $consumer->consume(500)) {
        $messages[] = $m;
    }
}
[$with, $without] = $messages;
var_dump($with->headers['null'], $with->headers['int'], $with->headers['float'], $with->headers['bool']);
var_dump($with->header('binary') === $binary, $with->header('empty'), array_keys($with->headers));
var_dump($with->headerValues('trace'), $with->header('trace'));
var_dump($without->headers, $without->headerValues('trace'));
?>
--EXPECT--
NULL
string(2) "42"
string(3) "1.5"
string(5) "false"
bool(true)
string(0) ""
array(7) {
  [0]=>
  string(4) "null"
  [1]=>
  string(3) "int"
  [2]=>
  string(5) "float"
  [3]=>
  string(4) "bool"
  [4]=>
  string(6) "binary"
  [5]=>
  string(5) "trace"
  [6]=>
  string(5) "empty"
}
array(4) {
  [0]=>
  string(5) "first"
  [1]=>
  string(6) "second"
  [2]=>
  NULL
  [3]=>
  string(4) "last"
}
string(4) "last"
array(0) {
}
array(0) {
}
