--TEST--
Admin: right after createTopic() returns, the topic can be described (every partition with a leader), configured and read, without waiting or retrying
--FILE--
<?php
require __DIR__ . '/../lib/admin_test.php';
$admin = admin_test_admin();
$failures = [];
for ($i = 0; $i < 10; $i++) {
    $topic = kafka_test_name("admin-at-once-$i");
    $admin->createTopic($topic, 3, 1, ['retention.ms' => 3600000]);
    try {
        $leaders = array_column($admin->describeTopic($topic)['partitions'], 'leader');
        if (count($leaders) !== 3 || min($leaders) < 0) {
            $failures[] = "$i: leaders " . json_encode($leaders);
        }
        if (($admin->topicConfig($topic)['retention.ms'] ?? null) !== '3600000') {
            $failures[] = "$i: config " . json_encode($admin->topicConfig($topic));
        }
        $admin->watermarks($topic, 2);
    } catch (Kafka\Exception $e) {
        $failures[] = "$i: " . $e->getMessage();
    }
}
echo 'failures: ', json_encode($failures), "\n";
?>
--EXPECT--
failures: []
