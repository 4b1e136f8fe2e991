<?php

/*
 * Shared by the scripts that the tests in tests/fpm run inside php-fpm. Parameters come as
 * FastCGI parameters ($_SERVER): BROKERS, NAME (of the persistent producer, default "fpm-test"),
 * CONFIG (JSON object of extra settings).
 */

declare(strict_types=1);

function fpm_producer(): Kafka\Producer
{
    $extra = json_decode($_SERVER['CONFIG'] ?? '{}', true, 512, JSON_THROW_ON_ERROR);
    $config = ['bootstrap.servers' => $_SERVER['BROKERS']] + $extra;
    return Kafka\Producer::persistent($_SERVER['NAME'] ?? 'fpm-test', $config);
}

/** This process's persistent producers as phpinfo() lists them: name => [age, delivered, failed, requests]. */
function fpm_persistent_listing(): array
{
    ob_start();
    phpinfo(INFO_MODULES);
    $info = ob_get_clean();
    // php-fpm prints HTML tables: one line per row, its cells joined as on the command line
    preg_match_all('#<tr[^>]*>(.*?)</tr>#s', $info, $html);
    $lines = array_map(function (string $row): string {
        preg_match_all('#<t[dh][^>]*>(.*?)</t[dh]>#s', $row, $cells);
        return implode(' => ', array_map(fn (string $c) => trim(html_entity_decode(strip_tags($c))), $cells[1]));
    }, $html[1]);
    $rows = [];
    $in = false;
    foreach ($lines ?: explode("\n", $info) as $line) {
        if (str_starts_with($line, 'persistent producer => ')) {
            $in = true;
            continue;
        }
        if ($in && preg_match('/^(.+) => (\d+) => (\d+) => (\d+) => (\d+)$/', $line, $m)) {
            $rows[$m[1]] = array_map('intval', array_slice($m, 2));
        } elseif ($in) {
            break;
        }
    }
    return $rows;
}
