--TEST--
Exceptions: hierarchy of API.md, errorName(), isRetriable(), isFatal()
--FILE--
<?php
foreach (['Kafka\ConfigException', 'Kafka\DeliveryException', 'Kafka\TimeoutException', 'Kafka\TransactionException'] as $class) {
    echo $class, ' extends Kafka\Exception: ', var_export(is_subclass_of($class, Kafka\Exception::class), true), "\n";
}
var_dump(is_subclass_of(Kafka\Exception::class, RuntimeException::class));
$e = new Kafka\Exception('user-made', 19);
var_dump($e->errorName(), $e->isRetriable(), $e->isFatal(), $e->getCode());
var_dump((new Kafka\Exception('x', -185))->errorName());
var_dump((new Kafka\DeliveryException('x'))->failedMessages(), (new Kafka\TimeoutException('x'))->inFlight());
$t = new Kafka\TransactionException('user-made');
var_dump($t->requiresAbort(), $t->isRetriable(), $t->isFatal());
try {
    new Kafka\Producer(['no.such.property' => 1]);
} catch (Kafka\ConfigException $e) {
    var_dump($e->errorName(), $e->isRetriable());
}
?>
--EXPECT--
Kafka\ConfigException extends Kafka\Exception: true
Kafka\DeliveryException extends Kafka\Exception: true
Kafka\TimeoutException extends Kafka\Exception: true
Kafka\TransactionException extends Kafka\Exception: true
bool(true)
string(19) "NOT_ENOUGH_REPLICAS"
bool(false)
bool(false)
int(19)
string(10) "_TIMED_OUT"
array(0) {
}
int(0)
bool(false)
bool(false)
bool(false)
string(12) "_INVALID_ARG"
bool(false)
