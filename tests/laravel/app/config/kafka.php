<?php

// The package's config/kafka.php (what `php artisan vendor:publish --tag=kafka-config` copies),
// plus settings the tests change: how fast a consumer takes over a group after another member left
// or was killed, and how long a producer tries to deliver.

$config = require __DIR__ . '/../../../../laravel/config/kafka.php';

$config['consumer']['options'] = array_filter([
    'session.timeout.ms' => env('KAFKA_SESSION_TIMEOUT_MS'),
    'heartbeat.interval.ms' => env('KAFKA_HEARTBEAT_INTERVAL_MS'),
]);

$config['producer']['options'] = array_filter([
    'message.timeout.ms' => env('KAFKA_MESSAGE_TIMEOUT_MS'),
]);

return $config;
