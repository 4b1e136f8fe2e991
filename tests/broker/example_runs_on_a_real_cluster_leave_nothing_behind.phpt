--TEST--
Examples on a real cluster delete the topics and consumer groups they created when they end (quickstart, which makes its topic with three partitions through Kafka\Admin, and cdc)
--FILE--
<?php
require __DIR__ . '/../lib/admin_test.php';
$admin = admin_test_admin();
$created = [];
[$status, $output] = kafka_test_run_script('examples/quickstart.php', [kafka_test_brokers()]);
preg_match('/^Deleted topic (\S+) and group (\S+) from the cluster$/m', $output, $m) or print($output);
$created[] = [$m[1], $m[2]];
preg_match_all('/^Key \d+: every event on partition (\d+)$/m', $output, $p);
// keys "1", "2", "3" over three partitions: murmur2 puts them on partitions 0, 2, 2 (one partition: 0, 0, 0)
echo "quickstart: exit $status, keys on partitions ", implode(',', $p[1]), "\n";
[$status, $output] = kafka_test_run_script('examples/cdc.php', [kafka_test_brokers()]);
preg_match('/^Deleted what this run created on the cluster: (\S+), (\S+)$/m', $output, $m) or print($output);
$created[] = [$m[1], $m[2]];
echo "cdc: exit $status\n";
foreach ($created as [$topic, $group]) {
    $topics = admin_test_eventually(fn () => $admin->topics(), fn ($t) => !in_array($topic, $t, true));
    $groups = array_column($admin->groups(), 'id');
    echo preg_replace('/-\d+(-[0-9a-f]+)?$/', '-N', $topic), ' left: ', var_export(in_array($topic, $topics, true), true), ', ',
        preg_replace('/-\d+(-[0-9a-f]+)?$/', '-N', $group), ' left: ', var_export(in_array($group, $groups, true), true), "\n";
}
?>
--EXPECT--
quickstart: exit 0, keys on partitions 0,2,2
cdc: exit 0
user-events-N left: false, quickstart-N left: false
user-changes-N left: false, cdc-sync-N left: false
