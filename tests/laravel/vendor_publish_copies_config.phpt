--TEST--
php artisan vendor:publish --tag=kafka-config copies the package's config/kafka.php into the application
--FILE--
<?php
require __DIR__ . '/lib/laravel_test.php';

$tmp = laravel_test_tmp();
$app = "$tmp/app";
exec(sprintf('cp -r %s %s', escapeshellarg(realpath(LARAVEL_TEST_APP)), escapeshellarg($app)), $out, $status);
unlink("$app/config/kafka.php");
$package = realpath(dirname(__DIR__, 2) . '/laravel');

[$status, $stdout, $stderr] = laravel_test_artisan(['vendor:publish', '--tag=kafka-config'], ['KAFKA_LARAVEL_PACKAGE' => $package], 60, $app);
echo "exit $status\n";
echo preg_match('/Copied File .*config\/kafka\.php.*To .*config\/kafka\.php/s', $stdout) ? "copied\n" : "$stdout\n$stderr\n";
echo file_get_contents("$app/config/kafka.php") === file_get_contents("$package/config/kafka.php") ? "same file\n" : "different file\n";

// The published file is read from the environment.
[$status, $stdout] = laravel_test_artisan(['test:inspect'], ['KAFKA_LARAVEL_PACKAGE' => $package, 'KAFKA_BROKERS' => 'published:9092'], 60, $app);
echo json_decode($stdout, true)['brokers'] ?? $stdout, "\n";
?>
--EXPECT--
exit 0
copied
same file
published:9092
