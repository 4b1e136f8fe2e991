--TEST--
Example examples/secure.php with a wrong password: exits 1 within 10 s with a FAILED line saying authentication failed, without the password
--FILE--
<?php
require __DIR__ . '/../lib/secure_test.php';
$password = 'wrong-' . bin2hex(random_bytes(6));
putenv('KAFKA_BROKERS=' . secure_test_env('SASL_SSL_BROKERS'));
putenv('KAFKA_CA_LOCATION=' . secure_test_env('CA'));
putenv('KAFKA_SASL_MECHANISM=PLAIN');
putenv('KAFKA_SASL_USERNAME=' . secure_test_env('PLAIN_USER'));
putenv("KAFKA_SASL_PASSWORD=$password");
$started = microtime(true);
[$status, $output] = kafka_test_run_script('examples/secure.php');
$elapsed = microtime(true) - $started;
$failed = preg_match('/^FAILED: .*$/m', $output, $m) ? $m[0] : '';
echo 'exit status: ', $status, "\n";
echo 'within 10 s: ', $elapsed <= 10 ? 'yes' : sprintf('no (%.1f s)', $elapsed), "\n";
echo 'FAILED line says authentication: ', preg_match('/authentication/i', $failed) ? 'yes' : "no: $failed", "\n";
echo 'output hides the password: ', !str_contains($output, $password) ? 'yes' : 'no', "\n";
?>
--EXPECT--
exit status: 1
within 10 s: yes
FAILED line says authentication: yes
output hides the password: yes
