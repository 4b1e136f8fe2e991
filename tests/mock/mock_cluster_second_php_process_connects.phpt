--TEST--
MockCluster: a second PHP process connects to the embedded cluster over loopback and produces to it
--FILE--
<?php
require __DIR__ . '/../lib/kafka_test.php';
$cluster = new Kafka\MockCluster();
$cluster->createTopic('shared', 2);
$bootstrap = $cluster->bootstrapServers();
$child = '$p = new Kafka\Producer(["bootstrap.servers" => $argv[1]]); $m = $p->sendAndWait("shared", "from the child", partition: 1); echo "child acked at offset {$m->offset}\n";';
passthru(sprintf('%s -n -d extension=%s -r %s %s', PHP_BINARY, escapeshellarg(getenv('KAFKA_EXTENSION_SO')), escapeshellarg($child), escapeshellarg($bootstrap)), $status);
var_dump($status);
print_r(kafka_test_kcat_read($bootstrap, 'shared'));
?>
--EXPECT--
child acked at offset 0
int(0)
Array
(
    [0] => 1 0  from the child
)
