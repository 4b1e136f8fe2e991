--TEST--
bin/kafka-admin: groups describe shows the real log-end offset of a partition a member holds but has never committed (and no current offset or lag)
--FILE--
<?php
require __DIR__ . '/../lib/admin_test.php';
$admin = admin_test_admin();
$topic = kafka_test_name('admin-cli-le');
$group = kafka_test_name('admin-cli-leg');
$admin->createTopic($topic, 2, 1);
admin_test_produce($topic, 7, 2);                        // 4 on partition 0, 3 on partition 1
$member = admin_test_kcat_member($admin, $group, $topic, 'le-client');   // commits nothing
try {
    [$rc, $out] = admin_test_cli('groups', 'describe', $group, '--json');
    foreach (json_decode($out, true)['partitions'] as $p) {
        printf("partition %d: current %s, log-end %s, lag %s, client %s\n", $p['partition'], var_export($p['committed'], true),
            var_export($p['end'], true), var_export($p['lag'], true), $p['clientId']);
    }
    [$rc, $out] = admin_test_cli('groups', 'describe', $group);
    echo preg_replace('/ +/', ' ', implode("\n", array_slice(explode("\n", $out), 1, 3))), "\n";
} finally {
    proc_terminate($member);
    proc_close($member);
}
?>
--EXPECTF--
partition 0: current NULL, log-end 4, lag NULL, client le-client
partition 1: current NULL, log-end 3, lag NULL, client le-client
TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID HOST CLIENT-ID
%s 0 - 4 - %s %s le-client
%s 1 - 3 - %s %s le-client
