<?php
// Loads the Laravel-style facade (no Composer needed for the examples and tests).
spl_autoload_register(static function (string $class): void {
    if (str_starts_with($class, 'LaravelStyle\\')) {
        require __DIR__ . '/src/' . substr($class, strlen('LaravelStyle\\')) . '.php';
    }
});
