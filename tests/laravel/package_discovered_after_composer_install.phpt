--TEST--
Package discovery: the application installed with Composer (offline, a path repository to laravel/) gets the provider, the Kafka alias and kafka:consume from extra.laravel, without listing them in config/app.php
--FILE--
<?php
require __DIR__ . '/lib/laravel_test.php';

$tmp = laravel_test_tmp();
$app = "$tmp/app";
exec(sprintf('cp -r %s %s 2>&1', escapeshellarg(realpath(LARAVEL_TEST_APP)), escapeshellarg($app)), $out, $status);
if ($status !== 0) {
    throw new RuntimeException('cp failed: ' . implode("\n", $out));
}
// The copy is outside the repository: the package can only come from Composer's vendor/.
unlink("$app/config/kafka.php");   // it reads the package's file by a relative path
$composer = json_decode(file_get_contents("$app/composer.json"), true);
$composer['repositories'][0]['url'] = realpath(dirname(__DIR__, 2) . '/laravel');
$composer['repositories'][0]['options']['symlink'] = false;   // a copy in vendor/, as from Packagist
file_put_contents("$app/composer.json", json_encode($composer, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES));

exec(sprintf('cd %s && COMPOSER_HOME=%s composer install --no-interaction --no-progress 2>&1', escapeshellarg($app), escapeshellarg("$tmp/composer-home")), $out, $status);
echo "composer install: $status\n";
if ($status !== 0) {
    echo implode("\n", $out), "\n";
}
echo is_file("$app/vendor/ext-kafka/laravel/src/KafkaServiceProvider.php") ? "installed in vendor/ext-kafka/laravel\n" : "not in vendor/ext-kafka/laravel\n";

$env = ['KAFKA_TEST_PACKAGE_DISCOVERY' => '1', 'KAFKA_BROKERS' => 'broker-from-env:9092', 'KAFKA_LARAVEL_PACKAGE' => '/nonexistent'];
[$status, $stdout, $stderr] = laravel_test_artisan(['package:discover'], $env, 60, $app);
echo "package:discover: $status\n", preg_match('/ext-kafka\/laravel/', $stdout . $stderr) ? "discovered ext-kafka/laravel\n" : "$stdout\n$stderr\n";

[$status, $stdout, $stderr] = laravel_test_artisan(['test:inspect'], $env, 60, $app);
$inspect = json_decode($stdout, true);
if (!is_array($inspect)) {
    echo "test:inspect failed ($status): $stdout\n$stderr\n";
}
echo "provider loaded: ", var_export($inspect['kafka_provider_loaded'], true), "\n";
echo "alias Kafka -> ", $inspect['kafka_alias'], "\n";
echo "package loaded from vendor/: ", var_export(str_starts_with($inspect['package_file'], "$app/vendor/"), true), "\n";
echo "brokers: ", $inspect['brokers'], "\n";
echo "commands: ", implode(',', $inspect['commands']), "\n";
?>
--EXPECT--
composer install: 0
installed in vendor/ext-kafka/laravel
package:discover: 0
discovered ext-kafka/laravel
provider loaded: true
alias Kafka -> Kafka\Laravel\KafkaManager
package loaded from vendor/: true
brokers: broker-from-env:9092
commands: kafka:consume
