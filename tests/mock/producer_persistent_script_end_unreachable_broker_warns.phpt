--TEST--
Producer::persistent(): at the end of a request (here the script), messages that cannot be delivered within php.destroy.flush.timeout.ms are warned about (count, bound, reason; not through the request's error handler) and the end waits no longer
--FILE--
<?php
set_error_handler(function (int $type, string $message): bool {
    echo "the request's error handler was called: $message\n";
    return true;
});
$producer = Kafka\Producer::persistent('nowhere', ['bootstrap.servers' => '127.0.0.1:1', 'php.destroy.flush.timeout.ms' => 300]);
for ($i = 0; $i < 5; $i++) {
    $producer->send('nowhere', "message $i");
}
register_shutdown_function(function () {
    $GLOBALS['end'] = hrtime(true);
    echo "shutdown function: still pending ", Kafka\Producer::persistent('nowhere', ['bootstrap.servers' => '127.0.0.1:1', 'php.destroy.flush.timeout.ms' => 300])->pending(), "\n";
});
echo "end of script\n";
?>
--EXPECTF--
end of script
shutdown function: still pending 5

Warning: PHP Request Shutdown: Kafka\Producer::persistent("nowhere"): the request ended with 5 message(s) not delivered within 300 ms (php.destroy.flush.timeout.ms); they are lost. Last error: %sConnection refused%s in Unknown on line 0
