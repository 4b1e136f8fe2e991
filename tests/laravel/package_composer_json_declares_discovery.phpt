--TEST--
laravel/composer.json: valid for Composer, requires ext-kafka and illuminate 8 to 12, autoloads Kafka\Laravel\ and declares the provider and the Kafka alias for package discovery
--FILE--
<?php
require __DIR__ . '/lib/laravel_test.php';

$dir = dirname(__DIR__, 2) . '/laravel';
$json = json_decode(file_get_contents("$dir/composer.json"), true, 512, JSON_THROW_ON_ERROR);
echo $json['name'], "\n";
$flags = JSON_UNESCAPED_SLASHES;
echo json_encode(array_intersect_key($json['require'], array_flip(['php', 'ext-kafka', 'illuminate/support'])), $flags), "\n";
echo json_encode($json['autoload'], $flags), "\n";
echo json_encode($json['extra']['laravel'], $flags), "\n";

// The classes it names exist where PSR-4 says (the test application's autoloader maps Kafka\Laravel\ to laravel/src).
foreach ([...$json['extra']['laravel']['providers'], ...array_values($json['extra']['laravel']['aliases'])] as $class) {
    $file = "$dir/src/" . str_replace('\\', '/', substr($class, strlen('Kafka\\Laravel\\'))) . '.php';
    echo $class, ': ', is_file($file) && class_exists($class) ? 'found' : 'MISSING', "\n";
}

// Composer's own check (strict: warnings count).
exec('cd ' . escapeshellarg($dir) . ' && composer validate --strict --no-check-publish --no-check-lock 2>&1', $out, $status);
echo "composer validate: $status ", trim(implode(' ', $out)), "\n";
?>
--EXPECT--
ext-kafka/laravel
{"php":">=8.1","ext-kafka":"*","illuminate/support":"^8.0 || ^9.0 || ^10.0 || ^11.0 || ^12.0"}
{"psr-4":{"Kafka\\Laravel\\":"src/"}}
{"providers":["Kafka\\Laravel\\KafkaServiceProvider"],"aliases":{"Kafka":"Kafka\\Laravel\\Facades\\Kafka"}}
Kafka\Laravel\KafkaServiceProvider: found
Kafka\Laravel\Facades\Kafka: found
composer validate: 0 ./composer.json is valid
