--TEST--
Admin: describeTopics() describes named topics (each once, sorted) or every topic from one metadata request, internal ones only on request; an unknown name throws UNKNOWN_TOPIC_OR_PART
--FILE--
<?php
require __DIR__ . '/../lib/admin_test.php';
$admin = admin_test_admin();
$t1 = kafka_test_name('admin-dts1');
$t2 = kafka_test_name('admin-dts2');
$admin->createTopic($t1, 1, 1);
$admin->createTopic($t2, 3, 1);
$named = $admin->describeTopics([$t2, $t1, $t2]);
echo json_encode(array_map(fn ($t) => [str_replace([$t1, $t2], ['T1', 'T2'], $t['name']), array_column($t['partitions'], 'id')], $named)), "\n";
var_dump($named[1] === $admin->describeTopic($t2));
$all = array_column($admin->describeTopics(), 'name');
$sorted = $all;
sort($sorted);
var_dump(in_array($t1, $all, true) && in_array($t2, $all, true), $all === $sorted, in_array('__consumer_offsets', $all, true),
    in_array('__consumer_offsets', array_column($admin->describeTopics(null, true), 'name'), true));
try {
    $admin->describeTopics([$t1, "missing-$t1"]);
} catch (Kafka\Exception $e) {
    echo $e->errorName(), ': ', str_replace($t1, 'T1', $e->getMessage()), "\n";
}
?>
--EXPECT--
[["T1",[0]],["T2",[0,1,2]]]
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
UNKNOWN_TOPIC_OR_PART: Could not describe topic "missing-T1": the topic does not exist
