<?php

use App\Services\KafkaLogger;
use Illuminate\Support\Facades\Route;
use Kafka\Laravel\Facades\Kafka;

// The handbook's producer snippets, as a request would run them.
Route::get('/users/{id}/created', function (int $id) {
    // Простая отправка (simple send)
    Kafka::publishOn('user-events')
        ->withMessage([
            'event' => 'user_created',
            'user_id' => $id,
        ])
        ->send();

    // С ключом и headers (with a key and headers)
    Kafka::publishOn('user-events')
        ->withHeaders(['version' => '1.0'])
        ->withBodyKey('user_id', $id)
        ->withMessage([
            'event' => 'user_created',
            'email' => 'user@example.com',
        ])
        ->send();

    // Metrics & Logging
    Kafka::publishOn('app-metrics')
        ->withMessage([
            'metric' => 'api.response_time',
            'value' => 150,  // ms
            'timestamp' => microtime(true),
        ])
        ->send();

    (new KafkaLogger())->info('User logged in', ['user_id' => $id]);

    return 'published';
});
