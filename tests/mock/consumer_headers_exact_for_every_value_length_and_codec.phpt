--TEST--
Consumer: every message comes back with exactly the headers it was sent with (none, one, 64, null and binary values), whatever its value's length (null, empty, around each varint size boundary, 900 kB) and compression codec
--FILE--
<?php
require __DIR__ . '/../lib/headers_test.php';
$cluster = new Kafka\MockCluster();
$cluster->createTopic('headers', 1);
kafka_test_header_sweep($cluster->bootstrapServers(), 'headers', ['none', 'gzip', 'snappy', 'lz4', 'zstd']);
?>
--EXPECT--
none: 56 of 56, wrong: []
gzip: 56 of 56, wrong: []
snappy: 56 of 56, wrong: []
lz4: 56 of 56, wrong: []
zstd: 56 of 56, wrong: []
