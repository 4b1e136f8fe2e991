--TEST--
Example examples/secure.php (real broker, SASL_SSL SCRAM-SHA-512 listener, configured from the environment as for MSK): runs and verifies its own result, and never prints the password
--FILE--
<?php
require __DIR__ . '/../lib/secure_test.php';
$password = secure_test_env('SCRAM512_PASSWORD');
putenv('KAFKA_BROKERS=' . secure_test_env('SASL_SSL_BROKERS'));
putenv('KAFKA_CA_LOCATION=' . secure_test_env('CA'));
putenv('KAFKA_SASL_MECHANISM=SCRAM-SHA-512');
putenv('KAFKA_SASL_USERNAME=' . secure_test_env('SCRAM512_USER'));
putenv("KAFKA_SASL_PASSWORD=$password");
[$status, $output] = kafka_test_run_script('examples/secure.php');
if ($status !== 0) {
    echo $output, "\n";
}
var_dump($status, str_contains($output, 'The connection works.'), str_contains($output, $password));
?>
--EXPECT--
int(0)
bool(true)
bool(false)
