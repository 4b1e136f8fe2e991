--TEST--
Reads of offsets and metadata right after a SIGKILLed partition leader came back (as a follower): Admin::groupLag(), describeGroup(), describeTopic() and Consumer::watermarks(), offsetsForTimes(), committed(), partitions() ask the new leader instead of failing with NOT_LEADER_FOR_PARTITION
--FILE--
<?php
require __DIR__ . '/../lib/cluster_test.php';
require __DIR__ . '/../lib/consumer_test.php';
cluster_test_heal();
$brokers = kafka_test_brokers();
$admin = cluster_test_admin(); // watches the cluster; the handles under test below are not used for that
$topic = kafka_test_name('failover-reads');
$groupId = kafka_test_name('failover-reads-g');
cluster_test_create_topic($admin, $topic, 1, ['min.insync.replicas' => 2]);
kafka_test_produce($brokers, $topic, 1, 10);
$group = new Kafka\ConsumerGroup(kafka_test_group_config($brokers, $groupId, ['enable.auto.commit' => false]));
$group->subscribe([$topic]);
kafka_test_consume_payloads($group, 10, 30000);
$group->commit();
$group->close();

// The handles under test learn the partition's leader now and are not used again until it moved.
$reader = cluster_test_admin();
$consumer = new Kafka\Consumer(['bootstrap.servers' => $brokers, 'group.id' => $groupId]);
$tp = [new Kafka\TopicPartition($topic, 0)];
$reads = [
    'Admin::groupLag' => fn () => array_map(fn ($r) => "{$r['committed']}/{$r['end']}", $reader->groupLag($groupId)),
    'Admin::describeGroup' => fn () => $reader->describeGroup($groupId)['state'],
    'Admin::describeTopic' => fn () => count($reader->describeTopic($topic)['partitions']),
    'Consumer::watermarks' => fn () => $consumer->watermarks($topic, 0),
    'Consumer::offsetsForTimes' => fn () => array_map(fn ($p) => $p->offset, $consumer->offsetsForTimes([new Kafka\TopicPartition($topic, 0, 0)])),
    'Consumer::committed' => fn () => array_map(fn ($p) => $p->offset, $consumer->committed($tp)),
    'Consumer::partitions' => fn () => $consumer->partitions($topic),
];
function run_reads(array $reads): void
{
    foreach ($reads as $name => $read) {
        try {
            $result = json_encode($read());
        } catch (Kafka\Exception $e) {
            $result = get_class($e) . ' ' . $e->errorName() . ': ' . $e->getMessage();
        }
        echo "$name: $result\n";
    }
}
run_reads($reads);

$leader = cluster_test_partitions($admin, $topic)[0]['leader'];
cluster_test_kill($leader);
cluster_test_wait('a new leader', fn () => cluster_test_partitions($admin, $topic)[0]['leader'], fn ($l) => $l > 0 && $l !== $leader, 60);
cluster_test_restart($leader);
cluster_test_wait_fully_replicated($admin, $topic);
echo "leader killed, another elected, the old one back as a follower\n";
run_reads($reads);
?>
--EXPECT--
Admin::groupLag: ["10\/10"]
Admin::describeGroup: "Empty"
Admin::describeTopic: 1
Consumer::watermarks: [0,10]
Consumer::offsetsForTimes: [0]
Consumer::committed: [10]
Consumer::partitions: [0]
leader killed, another elected, the old one back as a follower
Admin::groupLag: ["10\/10"]
Admin::describeGroup: "Empty"
Admin::describeTopic: 1
Consumer::watermarks: [0,10]
Consumer::offsetsForTimes: [0]
Consumer::committed: [10]
Consumer::partitions: [0]
