--TEST--
The application's own PHPUnit feature test (tests/laravel/app/tests/Feature/KafkaFakeTest.php, Debian's PHPUnit 9, Laravel's TestCase) uses Kafka::fake(): its assertions count as PHPUnit assertions and a failing one fails with PHPUnit's exception
--FILE--
<?php
require __DIR__ . '/lib/laravel_test.php';

$phpunit = trim((string) shell_exec('command -v phpunit'));
if ($phpunit === '') {
    throw new RuntimeException('phpunit is not installed (Debian package phpunit; scripts/setup.sh installs it)');
}
$env = laravel_test_env() + getenv();
$command = sprintf('cd %s && %s -d extension=%s %s --no-coverage --do-not-cache-result --testdox 2>&1', escapeshellarg(LARAVEL_TEST_APP), escapeshellarg(PHP_BINARY),
    escapeshellarg(getenv('KAFKA_EXTENSION_SO')), escapeshellarg($phpunit));
$process = proc_open($command, [1 => ['pipe', 'w']], $pipes, null, $env);
$output = stream_get_contents($pipes[1]);
$status = proc_close($process);
echo "exit $status\n";
// 13 = 6 of the test's own (HTTP response, Artisan::call, the expected exception) + 7 Kafka fake assertions.
echo preg_match('/^OK \((\d+) tests, (\d+) assertions\)$/m', $output, $m) ? "OK: {$m[1]} tests, {$m[2]} assertions\n" : $output;
foreach (explode("\n", $output) as $line) {
    if (preg_match('/^ \S+ ([A-Z].*)$/u', $line, $m)) {
        echo "passed: {$m[1]}\n";
    }
}
?>
--EXPECT--
exit 0
OK: 4 tests, 13 assertions
passed: The user created route publishes two user events
passed: The logger publishes nothing until used
passed: A failed assertion fails the test with what was published
passed: The handbook consumer command handles the given messages
