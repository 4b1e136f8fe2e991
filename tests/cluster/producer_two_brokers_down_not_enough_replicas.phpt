--TEST--
Producer on RF 3, min.insync.replicas=2 with two brokers down: nothing is acknowledged (NOT_ENOUGH_REPLICAS, or message.timeout.ms while the idempotent producer retries it), nothing is written; sends succeed again once a second broker is back
--FILE--
<?php
require __DIR__ . '/../lib/cluster_test.php';
cluster_test_heal();
$admin = cluster_test_admin();
$topic = kafka_test_name('failover-isr');
cluster_test_create_topic($admin, $topic, 1, ['min.insync.replicas' => 2]);
$leader = cluster_test_partitions($admin, $topic)[0]['leader'];
$followers = array_values(array_diff([1, 2, 3], [$leader]));
foreach ($followers as $n) {
    cluster_test_kill($n);
}
// The controller fences the dead brokers and shrinks the ISR to the leader alone.
cluster_test_wait('ISR down to the leader', fn () => cluster_test_partitions($admin, $topic)[0]['isr'], fn ($isr) => $isr === [$leader], 60);
echo "ISR is the leader alone\n";

/** Sends $count messages "<tag>-<n>", flushes; prints how many were acknowledged and flush()'s failures. */
function send_and_report(Kafka\Producer $producer, string $topic, string $tag, int $count): void
{
    for ($i = 0; $i < $count; $i++) {
        $producer->send($topic, "$tag-$i");
    }
    try {
        $producer->flush(60000);
        echo "$tag: $count acknowledged, flush() ok\n";
    } catch (Kafka\DeliveryException $e) {
        $names = array_count_values(array_map(fn (Kafka\Exception $x) => $x->errorName(), $e->errors()));
        echo "$tag: ", $count - $e->failedCount(), ' acknowledged, flush() failed for ', $e->failedCount(), ': ', json_encode($names), "\n";
    }
}

// The extension's defaults (idempotence, acks=all): librdkafka retries NOT_ENOUGH_REPLICAS until
// message.timeout.ms, then reports the message as timed out.
$default = new Kafka\Producer(['bootstrap.servers' => kafka_test_brokers(), 'message.timeout.ms' => 6000]);
send_and_report($default, $topic, 'idempotent', 5);
// Without retries the broker's answer comes through as it is.
$noRetries = new Kafka\Producer(['bootstrap.servers' => kafka_test_brokers(), 'enable.idempotence' => false, 'acks' => 'all',
    'retries' => 0, 'message.timeout.ms' => 6000]);
send_and_report($noRetries, $topic, 'no-retries', 5);

cluster_test_restart($followers[0]);
cluster_test_wait('ISR back to two', fn () => count(cluster_test_partitions($admin, $topic)[0]['isr']), fn ($n) => $n === 2, 60);
echo "one broker back\n";
send_and_report($default, $topic, 'recovered', 5);

$payloads = [];
cluster_test_read_all($topic, function (Kafka\Message $m) use (&$payloads): void {
    $payloads[] = $m->payload;
});
echo 'on the cluster: ', implode(' ', $payloads), "\n";
cluster_test_restart($followers[1]);
cluster_test_wait_fully_replicated($admin, $topic);
?>
--EXPECT--
ISR is the leader alone
idempotent: 0 acknowledged, flush() failed for 5: {"_MSG_TIMED_OUT":5}
no-retries: 0 acknowledged, flush() failed for 5: {"NOT_ENOUGH_REPLICAS":5}
one broker back
recovered: 5 acknowledged, flush() ok
on the cluster: recovered-0 recovered-1 recovered-2 recovered-3 recovered-4
