--TEST--
Producer::persistent(): what a script queued and never flushed is delivered at its end (also under linger.ms=60000: the end sends at once), with what shutdown functions and destructors sent, and a script that throws after send() delivers too
--FILE--
<?php
require __DIR__ . '/../lib/kafka_test.php';
$cluster = new Kafka\MockCluster(); // kept alive by this process while the children run
$cluster->createTopic('end', 1);
$child = <<<'PHP'
$p = Kafka\Producer::persistent('orders', ['bootstrap.servers' => $argv[1], 'linger.ms' => 60000]);
for ($i = 0; $i < 98; $i++) {
    $p->send('end', "$argv[2]-$i");
}
// sent after the script: by a shutdown function and by a destructor, before the request's end
register_shutdown_function(fn () => Kafka\Producer::persistent('orders', ['bootstrap.servers' => $argv[1], 'linger.ms' => 60000])->send('end', "$argv[2]-shutdown-function"));
$GLOBALS['sends-when-destroyed'] = new class ($p, $argv[2]) {
    public function __construct(private Kafka\Producer $p, private string $tag) {}
    public function __destruct() { $this->p->send('end', "$this->tag-destructor"); }
};
if ($argv[2] === 'throws') {
    throw new RuntimeException('the script failed after send()');
}
PHP;
foreach (['ends', 'throws'] as $how) {
    $start = microtime(true);
    exec(sprintf('%s -n -d extension=%s -r %s %s %s 2>&1', PHP_BINARY, escapeshellarg(getenv('KAFKA_EXTENSION_SO')), escapeshellarg($child),
        escapeshellarg($cluster->bootstrapServers()), $how), $output, $status);
    echo "$how: exit $status, ", preg_match('/Uncaught RuntimeException/', implode("\n", $output)) ? 'uncaught exception, ' : '',
        microtime(true) - $start < 10 ? 'did not wait for linger' : 'waited', "\n";
}
$read = kafka_test_kcat_read($cluster->bootstrapServers(), 'end', '%s\n');
echo count($read), " delivered, ", count(array_unique($read)), " distinct\n";
echo implode(' ', array_values(array_filter($read, fn ($m) => preg_match('/shutdown|destructor/', $m)))), "\n";
?>
--EXPECT--
ends: exit 0, did not wait for linger
throws: exit 255, uncaught exception, did not wait for linger
200 delivered, 200 distinct
ends-shutdown-function ends-destructor throws-shutdown-function throws-destructor
