--TEST--
Message: var_dump(), print_r() and (array) show its public fields, not the bookkeeping of repeated headers; headerValues() and serialize() keep them
--FILE--
<?php
$m = new Kafka\Message('t', 'p', 'k', ['a' => ['1', '2']], 0, 5, 1700000000000);
var_dump($m);
echo count((array) $m), " fields\n";
echo str_contains(print_r($m, true), 'repeated') ? "print_r shows internals\n" : "print_r clean\n";
echo implode(',', unserialize(serialize($m))->headerValues('a')), "\n";
?>
--EXPECT--
object(Kafka\Message)#1 (8) {
  ["topic"]=>
  string(1) "t"
  ["partition"]=>
  int(0)
  ["offset"]=>
  int(5)
  ["key"]=>
  string(1) "k"
  ["payload"]=>
  string(1) "p"
  ["headers"]=>
  array(1) {
    ["a"]=>
    string(1) "2"
  }
  ["timestamp"]=>
  int(1700000000000)
  ["timestampType"]=>
  int(1)
}
8 fields
print_r clean
1,2
