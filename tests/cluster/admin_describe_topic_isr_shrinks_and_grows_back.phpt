--TEST--
Admin::describeTopic() and bin/kafka-admin topics describe: a SIGKILLed broker leaves the ISR of every partition and loses its leaderships; restarted, it is back in every ISR
--FILE--
<?php
require __DIR__ . '/../lib/cluster_test.php';
require __DIR__ . '/../lib/admin_test.php';
cluster_test_heal();
$admin = cluster_test_admin();
$topic = kafka_test_name('failover-isr-view');
cluster_test_create_topic($admin, $topic, 3, ['min.insync.replicas' => 2]);

/** partition => ISR, as describeTopic() reports it and as `kafka-admin topics describe --json` does. */
function isr_views(Kafka\Admin $admin, string $topic): array
{
    $api = [];
    foreach (cluster_test_partitions($admin, $topic) as $p) {
        $api[$p['id']] = implode(',', $p['isr']);
    }
    [$status, $stdout, $stderr] = admin_test_cli('topics', 'describe', $topic, '--json');
    $cli = [];
    foreach (json_decode($stdout, true)['partitions'] ?? [] as $p) {
        sort($p['isr']);
        $cli[$p['id']] = implode(',', $p['isr']);
    }
    if ($status !== 0) {
        $cli = "exit $status: $stderr";
    }
    return ['api' => $api, 'cli' => $cli];
}

function show(string $when, array $views, array $partitions): void
{
    echo "$when: ISR ", json_encode($views['api']), ', kafka-admin shows the same: ', var_export($views['cli'] === $views['api'], true),
        ', leaders ', json_encode(array_column($partitions, 'leader', 'id')), "\n";
}

$all = ['1,2,3', '1,2,3', '1,2,3'];
show('all up', isr_views($admin, $topic), []);
cluster_test_kill(2);
$views = cluster_test_wait('broker 2 out of every ISR', fn () => isr_views($admin, $topic),
    fn ($v) => $v['api'] === ['1,3', '1,3', '1,3'] && $v['cli'] === $v['api'], 60);
$partitions = cluster_test_partitions($admin, $topic);
echo 'broker 2 killed: ISR ', json_encode($views['api']), ', kafka-admin shows the same: true, a leader on broker 2: ',
    var_export(in_array(2, array_column($partitions, 'leader'), true), true), "\n";
cluster_test_restart(2);
$views = cluster_test_wait('broker 2 back in every ISR', fn () => isr_views($admin, $topic),
    fn ($v) => $v['api'] === $all && $v['cli'] === $v['api'], 60);
echo 'broker 2 restarted: ISR ', json_encode($views['api']), ", kafka-admin shows the same: true\n";
?>
--EXPECT--
all up: ISR ["1,2,3","1,2,3","1,2,3"], kafka-admin shows the same: true, leaders []
broker 2 killed: ISR ["1,3","1,3","1,3"], kafka-admin shows the same: true, a leader on broker 2: false
broker 2 restarted: ISR ["1,2,3","1,2,3","1,2,3"], kafka-admin shows the same: true
