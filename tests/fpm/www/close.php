<?php

// Sends MESSAGE, closes the persistent producer (CLOSE=1), asks for it again and sends MESSAGE
// again; answers what happened and this process's listing of persistent producers.
require __DIR__ . '/common.php';

$first = fpm_producer();
$first->sendAndWait($_SERVER['TOPIC'], $_SERVER['MESSAGE'] . '-first');
if ($_SERVER['CLOSE'] === '1') {
    $first->close();
    try {
        $first->send($_SERVER['TOPIC'], 'after close');
    } catch (Kafka\Exception $e) {
        echo "closed object: ", $e->getMessage(), "\n";
    }
}
$second = fpm_producer();
echo "same object: ", var_export($first === $second, true), "\n";
$second->sendAndWait($_SERVER['TOPIC'], $_SERVER['MESSAGE'] . '-second');
foreach (fpm_persistent_listing() as $name => [$age, $delivered, $failed, $requests]) {
    echo "$name: delivered $delivered, failed $failed, requests $requests\n";
}
