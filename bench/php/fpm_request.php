<?php
// Extension side of bench/native/fpm_request.c, on the extension's defaults.
// Usage: php fpm_request.php BROKERS TOPIC REQUESTS [cold|warm [key=value...]]
//   cold: per request, create a producer, sendAndWait() one message, destroy it.
//         Prints per request "<total> <create> <send+ack> <destroy>" in ms.
//   warm: one producer, warmed up by a first sendAndWait(); then one sendAndWait() per request.
//         Prints per request "<send+ack>" in ms.
[, $brokers, $topic, $requests] = $argv;
$mode = $argv[4] ?? 'cold';
$config = ['bootstrap.servers' => $brokers];
foreach (array_slice($argv, 5) as $kv) {
    [$k, $v] = explode('=', $kv, 2);
    $config[$k] = $v;
}
$ms = fn (int $from, int $to): string => sprintf('%.3f', ($to - $from) / 1e6);
if ($mode === 'warm') {
    $producer = new Kafka\Producer($config);
    $producer->sendAndWait($topic, 'request', 'k');
    for ($r = 0; $r < (int) $requests; $r++) {
        $start = hrtime(true);
        $producer->sendAndWait($topic, 'request', 'k');
        echo $ms($start, hrtime(true)), "\n";
    }
    exit(0);
}
for ($r = 0; $r < (int) $requests; $r++) {
    $start = hrtime(true);
    $producer = new Kafka\Producer($config);
    $created = hrtime(true);
    $producer->sendAndWait($topic, 'request', 'k');
    $acked = hrtime(true);
    unset($producer);
    $end = hrtime(true);
    echo implode(' ', [$ms($start, $end), $ms($start, $created), $ms($created, $acked), $ms($acked, $end)]), "\n";
}
