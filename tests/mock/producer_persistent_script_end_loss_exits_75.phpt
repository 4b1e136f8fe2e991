--TEST--
Producer::persistent(): a command-line script whose persistent producer could not deliver by the end of the script exits with status 75 (kafka.exit_on_loss), after its warning; one that delivered exits 0
--FILE--
<?php
$cluster = new Kafka\MockCluster(); // kept alive by this process while the children run
$child = <<<'PHP'
$p = Kafka\Producer::persistent('orders', ['bootstrap.servers' => $argv[1], 'php.destroy.flush.timeout.ms' => (int) $argv[2]]);
$p->send('loss', 'message');
PHP;
// 300 ms to give up on an unreachable broker; 5 s for a first connection to the embedded cluster
foreach (['127.0.0.1:1' => ['unreachable', 300], $cluster->bootstrapServers() => ['embedded cluster', 5000]] as $brokers => [$what, $ms]) {
    exec(sprintf('%s -n -d extension=%s -r %s %s %d 2>&1', PHP_BINARY, escapeshellarg(getenv('KAFKA_EXTENSION_SO')), escapeshellarg($child),
        escapeshellarg($brokers), $ms), $output, $status);
    echo "$what: exit $status, ", preg_match('/not delivered within \d+ ms/', implode("\n", $output)) ? 'warned' : 'no warning', "\n";
    $output = [];
}
?>
--EXPECT--
unreachable: exit 75, warned
embedded cluster: exit 0, no warning
