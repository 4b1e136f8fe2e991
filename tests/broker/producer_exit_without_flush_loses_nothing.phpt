--TEST--
Producer (real broker): a script that queues thousands of messages and exits without flush() still delivers them all
--FILE--
<?php
require __DIR__ . '/../lib/kafka_test.php';
$brokers = kafka_test_brokers();
$topic = kafka_test_name('no-flush');
kafka_test_create_topic($topic, 3);
$child = <<<'PHP'
$producer = new Kafka\Producer(['bootstrap.servers' => $argv[1], 'linger.ms' => 100]);
for ($i = 0; $i < 5000; $i++) {
    $producer->send($argv[2], str_repeat('x', 90) . sprintf('%010d', $i), key: (string) $i);
}
echo "queued, pending ", $producer->pending() > 0 ? 'yes' : 'no', "\n";
// no flush(): the extension must flush at the end of the script
PHP;
$ext = getenv('KAFKA_EXTENSION_SO') ?: null;
if ($ext === null) {
    throw new RuntimeException('KAFKA_EXTENSION_SO is not set (tests/run.sh sets it)');
}
$cmd = sprintf('%s -n -d extension=%s -r %s %s %s 2>&1', PHP_BINARY, escapeshellarg($ext),
    escapeshellarg($child), escapeshellarg($brokers), escapeshellarg($topic));
passthru($cmd, $status);
var_dump($status);
$lines = kafka_test_kcat_read($brokers, $topic, '%k\n');
$keys = array_map('intval', $lines);
sort($keys);
var_dump(count($keys), $keys === range(0, 4999));
?>
--EXPECT--
queued, pending yes
int(0)
int(5000)
bool(true)
