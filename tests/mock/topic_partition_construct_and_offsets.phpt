--TEST--
TopicPartition and Offset: construction, defaults, withOffset(), validation
--FILE--
<?php
use Kafka\{TopicPartition, Offset};
$tp = new TopicPartition('orders', 3);
var_dump($tp->topic, $tp->partition, $tp->offset === Offset::STORED, $tp->metadata, $tp->error);
$moved = $tp->withOffset(Offset::BEGINNING);
var_dump($moved->offset, $tp->offset, (string) $moved);
var_dump(Offset::BEGINNING, Offset::END, Offset::STORED, Offset::INVALID);
var_dump((new TopicPartition('o', 0, 42, 'meta'))->metadata);
foreach ([fn () => new TopicPartition('', 0), fn () => new TopicPartition('t', -1)] as $bad) {
    try {
        $bad();
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
try {
    new Offset();
} catch (Error $e) {
    echo get_class($e), "\n";
}
?>
--EXPECT--
string(6) "orders"
int(3)
bool(true)
NULL
NULL
int(-2)
int(-1000)
string(12) "orders[3]@-2"
int(-2)
int(-1)
int(-1000)
int(-1001)
string(4) "meta"
Kafka\TopicPartition::__construct(): Argument #1 ($topic) must not be empty
Kafka\TopicPartition::__construct(): Argument #2 ($partition) must be a partition number between 0 and 2147483647
Error
