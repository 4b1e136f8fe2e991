--TEST--
Message: an application can build one (fakes), with repeated and null headers, tombstones and a timestamp
--FILE--
<?php
$before = (int) (microtime(true) * 1000);
$m = new Kafka\Message('user-events', '{"id":1}', key: '42', headers: ['version' => 2, 'trace' => ['a', 'b', null], 'flag' => true, 'gone' => null, '7' => 1.5]);
$after = (int) (microtime(true) * 1000);
var_dump($m->topic, $m->payload, $m->key, $m->partition, $m->offset);
var_dump($m->headers);
var_dump($m->header('version'), $m->header('trace'), $m->header('missing'), $m->header('7'));
var_dump($m->headerValues('trace'), $m->headerValues('version'), $m->headerValues('missing'));
var_dump($m->timestamp >= $before && $m->timestamp <= $after, $m->timestampType === Kafka\Message::TIMESTAMP_CREATE_TIME);

$tombstone = new Kafka\Message('t', null, 'k', timestamp: 1700000000000);
var_dump($tombstone->payload, $tombstone->timestamp, $tombstone->headers);
$empty = new Kafka\Message('t', '');
var_dump($empty->payload);

try {
    $m->payload = 'changed';
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
try {
    new Kafka\Message('t', 'x', headers: ['bad' => new stdClass()]);
} catch (TypeError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
try {
    new Kafka\Message('t', 'x', headers: ['bad' => [[1]]]);
} catch (TypeError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
?>
--EXPECT--
string(11) "user-events"
string(8) "{"id":1}"
string(2) "42"
int(-1)
int(-1001)
array(5) {
  ["version"]=>
  string(1) "2"
  ["trace"]=>
  NULL
  ["flag"]=>
  string(4) "true"
  ["gone"]=>
  NULL
  [7]=>
  string(3) "1.5"
}
string(1) "2"
NULL
NULL
string(3) "1.5"
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  NULL
}
array(1) {
  [0]=>
  string(1) "2"
}
array(0) {
}
bool(true)
bool(true)
NULL
int(1700000000000)
array(0) {
}
string(0) ""
Error: Cannot modify readonly property Kafka\Message::$payload
TypeError: Header "bad" must be string, int, float, bool, null or a list of them, stdClass given
TypeError: Header "bad" must be string, int, float, bool, null or a list of them, array given
