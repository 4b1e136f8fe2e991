--TEST--
bin/kafka-admin: a Kafka error exits 1 with one line naming the broker's error; usage errors exit 2; --help exits 0
--FILE--
<?php
require __DIR__ . '/../lib/admin_test.php';
$topic = kafka_test_name('admin-cli-err');
[$rc, $out, $err] = admin_test_cli('topics', 'describe', $topic);
var_dump($rc, $out, substr_count($err, "\n"), str_replace($topic, 'TOPIC', $err));
[$rc, $out, $err] = admin_test_cli('topics', 'create', $topic, '--replication-factor', '3');
var_dump($rc, str_replace($topic, 'TOPIC', $err));
[$rc, $out, $err] = admin_test_cli('groups', 'describe', $topic);
var_dump($rc, str_replace($topic, 'GROUP', $err));
foreach ([['topics', 'frobnicate'], ['groups', 'reset-offsets', 'g', '--topic', 't'], ['topics', 'create', 'x', '--partitions', 'many'], ['--bogus'], []] as $args) {
    [$rc, $out, $err] = admin_test_cli(...$args);
    echo $rc, ' ', strtok($err, "\n"), "\n";
}
[$rc, $out, $err] = admin_test_cli('--help');
var_dump($rc, str_starts_with($out, 'Usage: kafka-admin'), $err);
var_dump(is_executable(__DIR__ . '/../../bin/kafka-admin'), file(__DIR__ . '/../../bin/kafka-admin')[0]);
?>
--EXPECTF--
int(1)
string(0) ""
int(1)
string(%d) "kafka-admin: error: Could not describe topic "TOPIC": the topic does not exist [UNKNOWN_TOPIC_OR_PART]
"
int(1)
string(%d) "kafka-admin: error: Could not create topic "TOPIC": %s [INVALID_REPLICATION_FACTOR]
"
int(1)
string(%d) "kafka-admin: error: Could not describe consumer group "GROUP": the group does not exist [GROUP_ID_NOT_FOUND]
"
2 kafka-admin: unknown topics subcommand 'frobnicate' (see kafka-admin --help)
2 kafka-admin: missing the target: --to-earliest, --to-latest, --to-offset N, --shift-by N, --to-datetime DATETIME or --by-duration DURATION (see kafka-admin --help)
2 kafka-admin: --partitions must be an integer, 'many' given (see kafka-admin --help)
2 kafka-admin: unknown option --bogus (see kafka-admin --help)
2 Usage: kafka-admin [OPTIONS] COMMAND [ARGS]
int(0)
bool(true)
string(0) ""
bool(true)
string(19) "#!/usr/bin/env php
"
