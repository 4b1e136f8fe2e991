--TEST--
Example examples/log-workers.php on the embedded cluster: runs and verifies its own result
--FILE--
<?php
require __DIR__ . '/../lib/kafka_test.php';
[$status, $output] = kafka_test_run_script('examples/log-workers.php');
if ($status !== 0) {
    echo $output, "\n";
}
var_dump($status, str_contains($output, 'FAILED'));
?>
--EXPECT--
int(0)
bool(false)
