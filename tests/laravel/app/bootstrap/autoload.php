<?php

/*
 * The test application's autoloader. Laravel comes from Debian's php-laravel-framework (in PHP's
 * include path, /usr/share/php); there is no Composer install. When Composer did install this
 * application (the package discovery test copies it and runs `composer install` with a path
 * repository), vendor/autoload.php is loaded first and provides the package.
 */

declare(strict_types=1);

if (is_file(__DIR__ . '/../vendor/autoload.php')) {
    require __DIR__ . '/../vendor/autoload.php';
}

$illuminate = stream_resolve_include_path('Illuminate/autoload.php');
if ($illuminate === false) {
    fwrite(STDERR, "Laravel is not installed: Illuminate/autoload.php is not in PHP's include path ("
        . get_include_path() . "). Install Debian's php-laravel-framework (scripts/setup.sh does).\n");
    exit(1);
}
require_once $illuminate;

spl_autoload_register(static function (string $class): void {
    $roots = [
        'App\\' => __DIR__ . '/../app/',
        'Tests\\' => __DIR__ . '/../tests/',
        // The package from this repository (when Composer did not install it).
        'Kafka\\Laravel\\' => (getenv('KAFKA_LARAVEL_PACKAGE') ?: __DIR__ . '/../../../../laravel') . '/src/',
    ];
    foreach ($roots as $prefix => $dir) {
        if (str_starts_with($class, $prefix)) {
            $file = $dir . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
            if (is_file($file)) {
                require $file;
            }
            return;
        }
    }
});
