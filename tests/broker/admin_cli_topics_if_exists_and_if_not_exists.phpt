--TEST--
bin/kafka-admin: topics create --if-not-exists and delete/partitions --if-exists succeed doing nothing where the topic already exists / does not exist; without them the same is an error
--FILE--
<?php
require __DIR__ . '/../lib/admin_test.php';
$topic = kafka_test_name('admin-cli-ifx');
$show = fn (array $r) => "exit {$r[0]}: " . str_replace($topic, 'T', trim($r[1] . $r[2])) . "\n";
echo $show(admin_test_cli('topics', 'create', $topic, '--partitions', '2', '--if-not-exists'));
echo $show(admin_test_cli('topics', 'create', $topic, '--partitions', '5', '--if-not-exists'));
echo 'partitions: ', count(admin_test_admin()->describeTopic($topic)['partitions']), "\n";
echo $show(admin_test_cli('topics', 'create', $topic));
echo $show(admin_test_cli('topics', 'delete', $topic, '--if-exists'));
admin_test_eventually(fn () => admin_test_admin()->topics(), fn ($t) => !in_array($topic, $t, true));
echo $show(admin_test_cli('topics', 'delete', $topic, '--if-exists'));
echo $show(admin_test_cli('topics', 'partitions', $topic, '--count', '3', '--if-exists'));
echo $show(admin_test_cli('topics', 'delete', $topic));
?>
--EXPECTF--
exit 0: Created topic T.
exit 0: Topic T already exists: nothing done.
partitions: 2
exit 1: kafka-admin: error: Could not create topic "T": %s [TOPIC_ALREADY_EXISTS]
exit 0: Deleted topic T.
exit 0: Topic T does not exist: nothing done.
exit 0: Topic T does not exist: nothing done.
exit 1: kafka-admin: error: Could not delete topic "T": %s [UNKNOWN_TOPIC_OR_PART]
