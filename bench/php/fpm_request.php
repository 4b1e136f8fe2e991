<?php
// Extension side of bench/native/fpm_request.c: per request, create a producer, send one message,
// wait for it, tear down. Usage: php fpm_request.php BROKERS TOPIC REQUESTS   Prints per-request ms.
[, $brokers, $topic, $requests] = $argv;
for ($r = 0; $r < (int) $requests; $r++) {
    $start = hrtime(true);
    $producer = new Kafka\Producer(['bootstrap.servers' => $brokers]);
    $producer->sendAndWait($topic, 'request', 'k');
    unset($producer);
    printf("%.3f\n", (hrtime(true) - $start) / 1e6);
}
