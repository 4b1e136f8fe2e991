<?php

// Request REQUEST of the callbacks test. REGISTER=1: registers onDelivery, onStats, onLog and
// onError closures that capture an object of this request and append "<REQUEST>:<callback>" to
// LOG; then sendAndWait() one message (its callbacks run now) and send() one more that the
// request's end delivers; then poll()s for WAIT_MS, so that statistics and log lines of the
// producer are served in this request. REGISTER=0: the same without callbacks.
require __DIR__ . '/common.php';

$producer = fpm_producer();
$request = $_SERVER['REQUEST'];
if ($_SERVER['REGISTER'] === '1') {
    $owner = new ArrayObject(['request' => $request, 'log' => $_SERVER['LOG']]);
    $note = function (string $callback) use ($owner): void {
        file_put_contents($owner['log'], "{$owner['request']}:$callback\n", FILE_APPEND | LOCK_EX);
    };
    $producer->onDelivery(fn () => $note('delivery'));
    $producer->onStats(fn () => $note('stats'));
    $producer->onLog(fn () => $note('log'));
    $producer->onError(fn () => $note('error'));
}
$producer->sendAndWait($_SERVER['TOPIC'], "$request-acked");
$producer->send($_SERVER['TOPIC'], "$request-at-end");
$until = hrtime(true) + (int) $_SERVER['WAIT_MS'] * 1000000;
while (hrtime(true) < $until) {
    $producer->poll(50);
}
echo "request $request served\n";
