<?php

// Sends MESSAGE (a comma-separated list) to TOPIC (key KEY) on the persistent producer and ends
// the request without flush(): the request's end delivers it. WAIT_MS: sendAndWait() each, with
// that timeout, instead. THEN=throw throws afterwards, THEN=fatal dies of a fatal error. Answers
// "<pid> <requests served by this producer>".
require __DIR__ . '/common.php';

$producer = fpm_producer();
foreach (explode(',', $_SERVER['MESSAGE']) as $message) {
    if (isset($_SERVER['WAIT_MS'])) {
        $timeout = (int) $_SERVER['WAIT_MS'];
        $producer->sendAndWait($_SERVER['TOPIC'], $message, key: $_SERVER['KEY'] ?? null, timeoutMs: $timeout);
    } else {
        $producer->send($_SERVER['TOPIC'], $message, key: $_SERVER['KEY'] ?? null);
    }
}
match ($_SERVER['THEN'] ?? '') {
    'throw' => throw new RuntimeException('the request failed after send()'),
    'fatal' => trigger_error('the request died after send()', E_USER_ERROR),
    default => null,
};
echo getmypid(), ' ', fpm_persistent_listing()[$_SERVER['NAME'] ?? 'fpm-test'][3] ?? 0;
