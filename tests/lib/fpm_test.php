<?php

/*
 * Helpers of the tests in tests/fpm: KafkaTests\FpmServer (a real php-fpm) and what the tests
 * check around it.
 */

declare(strict_types=1);

require_once __DIR__ . '/kafka_test.php';
require_once __DIR__ . '/FpmResponse.php';
require_once __DIR__ . '/FpmServer.php';

/**
 * Established TCP connections from processes $pids to the broker at $brokers (host:port), as ss
 * sees them (iproute2).
 * @param list<int> $pids
 */
function fpm_test_connections(array $pids, string $brokers): int
{
    $port = (int) substr($brokers, strrpos($brokers, ':') + 1);
    exec(sprintf('ss -Htnp state established %s 2>&1', escapeshellarg("( dport = :$port )")), $lines, $status);
    if ($status !== 0) {
        throw new RuntimeException('ss failed: ' . implode("\n", $lines));
    }
    $count = 0;
    foreach ($lines as $line) {
        foreach ($pids as $pid) {
            if (str_contains($line, "pid=$pid,")) {
                $count++;
                break;
            }
        }
    }
    return $count;
}
