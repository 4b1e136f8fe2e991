<?php

return [
    'name' => 'ext-kafka test application',
    'env' => env('APP_ENV', 'testing'),
    'debug' => (bool) env('APP_DEBUG', true),
    'url' => 'http://localhost',
    'timezone' => 'UTC',
    'locale' => 'en',
    'fallback_locale' => 'en',
    'key' => 'base64:' . base64_encode(str_repeat('k', 32)),
    'cipher' => 'AES-256-CBC',

    'providers' => array_values(array_filter([
        // Laravel's own (the list of a new Laravel 8 application, without auth, mail and sessions)
        Illuminate\Bus\BusServiceProvider::class,
        Illuminate\Cache\CacheServiceProvider::class,
        Illuminate\Foundation\Providers\ConsoleSupportServiceProvider::class,
        Illuminate\Database\DatabaseServiceProvider::class,
        Illuminate\Filesystem\FilesystemServiceProvider::class,
        Illuminate\Foundation\Providers\FoundationServiceProvider::class,
        Illuminate\Pipeline\PipelineServiceProvider::class,
        Illuminate\Queue\QueueServiceProvider::class,
        Illuminate\Translation\TranslationServiceProvider::class,
        Illuminate\Validation\ValidationServiceProvider::class,
        Illuminate\View\ViewServiceProvider::class,
        App\Providers\AppServiceProvider::class,
        // Debian's Laravel has no Composer vendor/ directory, so package discovery (extra.laravel in
        // laravel/composer.json) has nothing to read: the provider is listed here. The discovery test
        // installs the application with Composer and sets KAFKA_TEST_PACKAGE_DISCOVERY=1.
        env('KAFKA_TEST_PACKAGE_DISCOVERY') ? null : Kafka\Laravel\KafkaServiceProvider::class,
    ])),

    'aliases' => array_filter([
        'Artisan' => Illuminate\Support\Facades\Artisan::class,
        'Log' => Illuminate\Support\Facades\Log::class,
        'Route' => Illuminate\Support\Facades\Route::class,
        'Kafka' => env('KAFKA_TEST_PACKAGE_DISCOVERY') ? null : Kafka\Laravel\Facades\Kafka::class,
    ]),
];
