--TEST--
Example examples/cdc.php (real broker): runs and verifies its own result
--FILE--
<?php
require __DIR__ . '/../lib/kafka_test.php';
[$status, $output] = kafka_test_run_script('examples/cdc.php', [kafka_test_brokers()]);
if ($status !== 0) {
    echo $output, "\n";
}
var_dump($status, str_contains($output, 'FAILED'));
?>
--EXPECT--
int(0)
bool(false)
