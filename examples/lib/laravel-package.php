<?php
/*
 * Loads the Laravel package's classes (laravel/src, namespace Kafka\Laravel\) without Composer,
 * for the examples that use its consumer outside a Laravel application.
 */
declare(strict_types=1);

spl_autoload_register(static function (string $class): void {
    $prefix = 'Kafka\\Laravel\\';
    if (str_starts_with($class, $prefix)) {
        $file = __DIR__ . '/../../laravel/src/' . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
        if (is_file($file)) {
            require $file;
        }
    }
});
