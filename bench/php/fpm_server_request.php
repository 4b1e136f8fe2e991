<?php

// Extension side of the "FPM request through php-fpm" rows (bench/run.php): runs inside php-fpm.
// One request sends one message with send() and is answered once the broker acknowledged it:
// MODE=new makes a producer per request (its destruction at the request's end flushes),
// MODE=persistent uses Kafka\Producer::persistent() (the request's end flushes what it queued).
// FastCGI parameters: BROKERS, TOPIC, MODE. Answers the worker's pid.
$config = ['bootstrap.servers' => $_SERVER['BROKERS']];
$producer = $_SERVER['MODE'] === 'persistent'
    ? Kafka\Producer::persistent('bench', $config)
    : new Kafka\Producer($config);
$producer->send($_SERVER['TOPIC'], 'request', 'k');
echo getmypid();
