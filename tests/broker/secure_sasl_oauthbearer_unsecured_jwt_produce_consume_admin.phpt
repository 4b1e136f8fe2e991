--TEST--
Secured broker, SASL_SSL with OAUTHBEARER and librdkafka's built-in unsecured JWT (enable.sasl.oauthbearer.unsecure.jwt): admin, produce, group consume and commit work
--FILE--
<?php
require __DIR__ . '/../lib/secure_test.php';
secure_test_round_trip(secure_test_config('sasl_ssl_oauthbearer'));
?>
--EXPECT--
admin: topic created with 1 partition
producer: flushed, pending 0
consumer group: a,b,c
admin: group committed 3
