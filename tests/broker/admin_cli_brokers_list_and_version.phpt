--TEST--
bin/kafka-admin: brokers list shows the cluster's brokers (id, host, port); --version names kafka-admin's, the extension's and librdkafka's versions without contacting a cluster
--FILE--
<?php
require __DIR__ . '/../lib/admin_test.php';
[$host, $port] = explode(':', kafka_test_brokers());
[$rc, $out] = admin_test_cli('brokers', 'list');
echo "exit $rc\n", str_replace([" $host ", " $port"], [' HOST ', ' PORT'], preg_replace('/ +/', ' ', $out));
[$rc, $out] = admin_test_cli('brokers', 'list', '--json');
var_dump(json_decode($out, true) === [['id' => 1, 'host' => $host, 'port' => (int) $port]]);
[$rc, $out, $err] = admin_test_cli_at('127.0.0.1:1', '--version');
echo "exit $rc, ", str_replace(phpversion('kafka'), 'X', $out), $err;
?>
--EXPECTF--
exit 0
ID HOST PORT
1 HOST PORT
bool(true)
exit 0, kafka-admin X (kafka extension X, librdkafka %d.%d.%d, PHP %s)
