--TEST--
Consumer (real broker): every message comes back with exactly the headers it was sent with, whatever its value's length and compression codec, also when the broker recompresses the batches (topic compression.type=gzip)
--FILE--
<?php
require __DIR__ . '/../lib/kafka_test.php';
require __DIR__ . '/../lib/headers_test.php';
$brokers = kafka_test_brokers();
$asSent = kafka_test_name('headers');
kafka_test_create_topic($asSent, 1);
kafka_test_header_sweep($brokers, $asSent, ['none', 'gzip', 'snappy', 'lz4', 'zstd']);
echo "recompressed by the broker:\n";
$recompressed = kafka_test_name('headers-gzip');
kafka_test_create_topic($recompressed, 1, ['compression.type' => 'gzip']);
kafka_test_header_sweep($brokers, $recompressed, ['none', 'lz4']);
?>
--EXPECT--
none: 56 of 56, wrong: []
gzip: 56 of 56, wrong: []
snappy: 56 of 56, wrong: []
lz4: 56 of 56, wrong: []
zstd: 56 of 56, wrong: []
recompressed by the broker:
none: 56 of 56, wrong: []
lz4: 56 of 56, wrong: []
