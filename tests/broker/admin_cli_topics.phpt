--TEST--
bin/kafka-admin: topics create/list/describe/config/delete, as tables and as --json
--FILE--
<?php
require __DIR__ . '/../lib/admin_test.php';
$topic = kafka_test_name('admin-cli');
[$rc, $out, $err] = admin_test_cli('topics', 'create', $topic, '--partitions', '2', '--replication-factor', '1', '--config', 'retention.ms=-1', '--config', 'cleanup.policy=compact');
var_dump($rc, $out === "Created topic $topic.\n", $err);

[$rc, $out] = admin_test_cli('topics', 'list');
var_dump($rc, in_array($topic, explode("\n", $out), true));
[$rc, $out] = admin_test_cli('topics', 'list', '--json');
var_dump(in_array($topic, json_decode($out, true), true));

[$rc, $out] = admin_test_cli('topics', 'describe', $topic);
echo str_replace($topic, 'TOPIC', $out);
[$rc, $out] = admin_test_cli('topics', 'describe', $topic, '--json');
$json = json_decode($out, true);
var_dump($json['partitions'][1], $json['config']);

[$rc, $out] = admin_test_cli('topics', 'config', $topic, '--set', 'retention.ms=86400000', '--delete', 'cleanup.policy');
echo $out;
var_dump(admin_test_eventually(fn () => admin_test_admin()->topicConfig($topic), fn ($c) => !isset($c['cleanup.policy'])));

[$rc, $out] = admin_test_cli('topics', 'delete', $topic);
var_dump($rc, $out, in_array($topic, admin_test_eventually(fn () => admin_test_admin()->topics(), fn ($t) => !in_array($topic, $t, true)), true));
?>
--EXPECTF--
int(0)
bool(true)
string(0) ""
int(0)
bool(true)
bool(true)
Topic: TOPIC  PartitionCount: 2  ReplicationFactor: 1  Configs: cleanup.policy=compact,retention.ms=-1
PARTITION  LEADER  REPLICAS  ISR  ERROR
0          1       1         1    -
1          1       1         1    -
array(5) {
  ["id"]=>
  int(1)
  ["leader"]=>
  int(1)
  ["replicas"]=>
  array(1) {
    [0]=>
    int(1)
  }
  ["isr"]=>
  array(1) {
    [0]=>
    int(1)
  }
  ["error"]=>
  NULL
}
array(2) {
  ["cleanup.policy"]=>
  string(7) "compact"
  ["retention.ms"]=>
  string(2) "-1"
}
NAME          VALUE     SOURCE                SENSITIVE  READ-ONLY
retention.ms  86400000  DYNAMIC_TOPIC_CONFIG  no         no
array(1) {
  ["retention.ms"]=>
  string(8) "86400000"
}
int(0)
string(%d) "Deleted topic %s.
"
bool(false)
