--TEST--
ConsumerGroup: subscribing to an invalid regex throws a Kafka\Exception naming the regex; a valid one is kept
--FILE--
<?php
$group = new Kafka\ConsumerGroup(['bootstrap.servers' => '127.0.0.1:1', 'group.id' => 'g']);
try {
    $group->subscribe(['orders', '^orders-(eu|us']);
    echo "no exception\n";
} catch (Kafka\Exception $e) {
    echo get_class($e), "\n";
    var_dump(str_starts_with($e->getMessage(), 'Invalid topic regex "^orders-(eu|us" (a name starting with ^ is a POSIX extended regular expression): '));
}
$group->subscribe(['orders', '^orders-(eu|us)$']);
$subscription = $group->subscription();
sort($subscription); // librdkafka keeps its own order
var_dump($subscription);
?>
--EXPECT--
Kafka\Exception
bool(true)
array(2) {
  [0]=>
  string(16) "^orders-(eu|us)$"
  [1]=>
  string(6) "orders"
}
