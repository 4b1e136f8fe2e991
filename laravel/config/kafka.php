<?php

/*
 * ext-kafka for Laravel. Publish this file with:
 *   php artisan vendor:publish --tag=kafka-config
 * Every key can also be set from the environment (.env).
 */

return [

    // The cluster: a comma-separated list of host:port (librdkafka's bootstrap.servers).
    'brokers' => env('KAFKA_BROKERS', 'localhost:9092'),

    // The consumer group of consumers that do not name one (withConsumerGroupId(), kafka:consume --group).
    'consumer_group_id' => env('KAFKA_CONSUMER_GROUP_ID', 'laravel'),

    // true: the extension's at-least-once auto commit (a message counts as done once its handler
    // returned). false: each message is committed synchronously after its handler returned.
    'auto_commit' => env('KAFKA_AUTO_COMMIT', true),

    // Where a consumer group without a committed offset starts reading: 'earliest' (every message
    // still in the topic) or 'latest' (only messages produced from now on).
    'offset_reset' => env('KAFKA_OFFSET_RESET', 'earliest'),

    // PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL.
    'security_protocol' => env('KAFKA_SECURITY_PROTOCOL', 'PLAINTEXT'),

    'sasl' => [
        // PLAIN, SCRAM-SHA-256, SCRAM-SHA-512 or OAUTHBEARER
        'mechanisms' => env('KAFKA_SASL_MECHANISMS'),
        'username' => env('KAFKA_SASL_USERNAME'),
        'password' => env('KAFKA_SASL_PASSWORD'),
    ],

    // librdkafka properties given to every producer and consumer (ssl.ca.location, client.id, ...).
    'options' => [],

    'producer' => [
        // librdkafka properties of producers only (compression.type, linger.ms, acks, ...).
        'options' => [],

        // How long the flush at the end of a request or command may wait for acknowledgements.
        'flush_timeout_ms' => env('KAFKA_FLUSH_TIMEOUT_MS', 10000),

        // The producer class: Kafka\Producer or a subclass of it (instrumentation, tests).
        'class' => Kafka\Producer::class,

        // Keep the producer alive across PHP-FPM requests (Kafka\Producer::persistent()) when the
        // extension offers it. null: only under PHP-FPM; true: always; false: never.
        'persistent' => env('KAFKA_PERSISTENT_PRODUCER'),
    ],

    'consumer' => [
        // librdkafka properties of consumers only (session.timeout.ms, max.poll.interval.ms, ...).
        'options' => [],
    ],

];
