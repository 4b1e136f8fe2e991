--TEST--
Secured broker, SASL_PLAINTEXT with SCRAM-SHA-256 (user created at storage format time): admin, produce, group consume and commit work
--FILE--
<?php
require __DIR__ . '/../lib/secure_test.php';
secure_test_round_trip(secure_test_config('sasl_plaintext_scram256'));
?>
--EXPECT--
admin: topic created with 1 partition
producer: flushed, pending 0
consumer group: a,b,c
admin: group committed 3
