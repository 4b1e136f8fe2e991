<?php

// The persistent producer with this request's CONFIG: sends MESSAGE and answers "sent", or the
// exception's class and message.
require __DIR__ . '/common.php';

try {
    fpm_producer()->send($_SERVER['TOPIC'], $_SERVER['MESSAGE']);
    echo "sent\n";
} catch (Kafka\Exception $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
