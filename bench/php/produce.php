<?php
// Extension side of bench/native/produce.c: N keyed messages of SIZE bytes, wait for every acknowledgement.
// Usage: php produce.php BROKERS TOPIC N SIZE [key=value...]   Prints "<seconds> <acked>".
[, $brokers, $topic, $n, $size] = $argv;
$config = ['bootstrap.servers' => $brokers];
foreach (array_slice($argv, 5) as $kv) {
    [$k, $v] = explode('=', $kv, 2);
    $config[$k] = $v;
}
$producer = new Kafka\Producer($config);
$payload = str_repeat('x', (int) $size);
$n = (int) $n;
$start = hrtime(true);
for ($i = 0; $i < $n; $i++) {
    $producer->send($topic, $payload, 'key-' . ($i % 1000));
}
$producer->flush(120000);
printf("%.6f %d\n", (hrtime(true) - $start) / 1e9, $n);
