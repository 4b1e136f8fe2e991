--TEST--
Example examples/exactly-once.php (real broker, given in KAFKA_BROKERS): the projector killed twice, once inside a transaction, still applies every order event exactly once; runs and verifies its own result
--FILE--
<?php
require __DIR__ . '/../lib/kafka_test.php';
putenv('KAFKA_BROKERS=' . kafka_test_brokers());
[$status, $output] = kafka_test_run_script('examples/exactly-once.php');
if ($status !== 0) {
    echo $output, "\n";
}
var_dump($status, str_contains($output, 'FAILED'), str_contains($output, 'Exactly once: every order event was applied once'));
?>
--EXPECT--
int(0)
bool(false)
bool(true)
