--TEST--
Messages that cannot be delivered: the flush at the end of the command throws Kafka\DeliveryException, which reaches Laravel's exception handler (logged) instead of being lost in a shutdown warning
--FILE--
<?php
require __DIR__ . '/lib/laravel_test.php';

// Nothing listens on port 1: every message times out after 1.5 s.
[$status, $stdout, $stderr] = laravel_test_artisan(['test:publish', 'orders', '3'],
    ['KAFKA_BROKERS' => '127.0.0.1:1', 'KAFKA_MESSAGE_TIMEOUT_MS' => '1500']);
echo "exit $status\n";
echo preg_match('/testing\.ERROR: .*Kafka\\\\+DeliveryException/', $stderr) ? "logged: Kafka\\DeliveryException\n" : "not logged:\n$stderr\n";
echo preg_match('/3 message/', $stderr) ? "the log says how many\n" : "no count in:\n$stderr\n";
echo preg_match('/Warning/', $stderr) ? "and a shutdown warning:\n$stderr\n" : "no shutdown warning on top\n";
?>
--EXPECT--
exit 0
logged: Kafka\DeliveryException
the log says how many
no shutdown warning on top
