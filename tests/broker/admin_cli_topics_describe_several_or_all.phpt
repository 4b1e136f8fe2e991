--TEST--
bin/kafka-admin: topics describe takes several topics, or none for every topic (--json: a list); the partition filters print nothing on a healthy single broker; an unknown topic among several fails
--FILE--
<?php
require __DIR__ . '/../lib/admin_test.php';
$admin = admin_test_admin();
$t1 = kafka_test_name('admin-cli-ds1');
$t2 = kafka_test_name('admin-cli-ds2');
$admin->createTopic($t1, 1, 1);
$admin->createTopic($t2, 2, 1, ['retention.ms' => 1000000]);

[$rc, $out] = admin_test_cli('topics', 'describe', $t2, $t1);   // listed by name: T1 ("ds1") first
echo "exit $rc\n", str_replace([$t1, $t2], ['T1', 'T2'], $out);
[$rc, $out] = admin_test_cli('topics', 'describe', '--json');
$names = array_column(json_decode($out, true), 'name');
echo "all: exit $rc, both listed: ", var_export(in_array($t1, $names, true) && in_array($t2, $names, true), true),
    ', sorted: ', var_export($names === array_values(array_unique((function ($n) { sort($n); return $n; })($names))), true),
    ', internal topics left out: ', var_export(!in_array('__consumer_offsets', $names, true), true), "\n";
[$rc, $out] = admin_test_cli('topics', 'describe', '--internal', '--json');
echo 'with --internal: ', var_export(in_array('__consumer_offsets', array_column(json_decode($out, true), 'name'), true), true), "\n";
foreach (['--under-replicated-partitions', '--unavailable-partitions'] as $filter) {
    [$rc, $out] = admin_test_cli('topics', 'describe', $t1, $t2, $filter);
    echo "$filter: exit $rc, output '$out'\n";
}
[$rc, $out, $err] = admin_test_cli('topics', 'describe', $t1, 'missing-' . $t1);
echo "exit $rc ", str_replace($t1, 'T1', $err);
?>
--EXPECT--
exit 0
Topic: T1  PartitionCount: 1  ReplicationFactor: 1  Configs:
PARTITION  LEADER  REPLICAS  ISR  ERROR
0          1       1         1    -

Topic: T2  PartitionCount: 2  ReplicationFactor: 1  Configs: retention.ms=1000000
PARTITION  LEADER  REPLICAS  ISR  ERROR
0          1       1         1    -
1          1       1         1    -
all: exit 0, both listed: true, sorted: true, internal topics left out: true
with --internal: true
--under-replicated-partitions: exit 0, output ''
--unavailable-partitions: exit 0, output ''
exit 1 kafka-admin: error: Could not describe topic "missing-T1": the topic does not exist [UNKNOWN_TOPIC_OR_PART]
