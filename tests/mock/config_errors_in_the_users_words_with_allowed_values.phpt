--TEST--
Config errors name the property the user wrote (not librdkafka's alias), list the allowed values of enumerations and ranges, and end without a stray newline
--FILE--
<?php
$cases = [['linger.ms' => 'abc'], ['compression.type' => 'brotli'], ['acks' => 'x'], ['enable.idempotence' => 'maybe'],
    ['socket.timeout.ms' => -5]];
foreach ($cases as $config) {
    try {
        new Kafka\Producer($config + ['bootstrap.servers' => '127.0.0.1:1']);
    } catch (Kafka\ConfigException $e) {
        echo json_encode($e->getMessage()), "\n";
    }
}
?>
--EXPECT--
"Invalid value for configuration property \"linger.ms\" (allowed: 0 .. 900000)"
"Invalid value \"brotli\" for configuration property \"compression.type\" (allowed: none, gzip, snappy, lz4, zstd)"
"Invalid value for configuration property \"acks\" (allowed: -1 .. 1000)"
"Invalid value for configuration property \"enable.idempotence\" (allowed: true, false): Expected bool value for \"enable.idempotence\": true or false"
"Invalid value for configuration property \"socket.timeout.ms\" (allowed: 10 .. 300000): Configuration property \"socket.timeout.ms\" value -5 is outside allowed range 10..300000"
