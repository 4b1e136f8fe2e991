<?php
// Shared by the php-rdkafka side of the benchmarks (bench/run.sh --with-rdkafka): a configuration
// from "key=value" arguments on top of the given settings, as the other sides take them.
function rdkafka_conf(array $settings, array $args): RdKafka\Conf
{
    $conf = new RdKafka\Conf();
    foreach ($settings as $name => $value) {
        $conf->set($name, (string) $value);
    }
    foreach ($args as $kv) {
        [$name, $value] = explode('=', $kv, 2);
        $conf->set($name, $value);
    }
    return $conf;
}

// Waits for every message to be acknowledged, as php-rdkafka's README tells users to.
function rdkafka_flush(RdKafka\Producer $producer, int $timeoutMs): void
{
    $result = $producer->flush($timeoutMs);
    if ($result !== RD_KAFKA_RESP_ERR_NO_ERROR) {
        fwrite(STDERR, 'flush failed: ' . rd_kafka_err2str($result) . "\n");
        exit(1);
    }
}

function rss_kb(): int
{
    return (int) explode(' ', file_get_contents('/proc/self/statm'))[1] * 4;
}
