--TEST--
bin/kafka-admin: topics config shows each setting's source and whether it is sensitive or read-only; --all adds the inherited and default ones; --json carries the same details
--FILE--
<?php
require __DIR__ . '/../lib/admin_test.php';
$topic = kafka_test_name('admin-cli-src');
admin_test_admin()->createTopic($topic, 1, 1, ['retention.ms' => 1000000, 'cleanup.policy' => 'compact']);
[$rc, $out] = admin_test_cli('topics', 'config', $topic);
echo "exit $rc\n$out";
[$rc, $out] = admin_test_cli('topics', 'config', $topic, '--all');
foreach (explode("\n", $out) as $line) {
    if (preg_match('/^(NAME|cleanup\.policy|min\.insync\.replicas|segment\.bytes) /', $line)) {
        echo preg_replace('/ +/', ' ', $line), "\n";
    }
}
[$rc, $out] = admin_test_cli('topics', 'config', $topic, '--all', '--json');
$json = json_decode($out, true);
var_dump($json['retention.ms']['source'], $json['segment.bytes']['source'], $json['segment.bytes']['isDefault'], $json['segment.bytes']['sensitive'], $json['segment.bytes']['synonyms'][0]['name']);
?>
--EXPECT--
exit 0
NAME            VALUE    SOURCE                SENSITIVE  READ-ONLY
cleanup.policy  compact  DYNAMIC_TOPIC_CONFIG  no         no
retention.ms    1000000  DYNAMIC_TOPIC_CONFIG  no         no
NAME VALUE SOURCE SENSITIVE READ-ONLY
cleanup.policy compact DYNAMIC_TOPIC_CONFIG no no
min.insync.replicas 1 DEFAULT_CONFIG no no
segment.bytes 1073741824 DEFAULT_CONFIG no no
string(20) "DYNAMIC_TOPIC_CONFIG"
string(14) "DEFAULT_CONFIG"
bool(true)
bool(false)
string(17) "log.segment.bytes"
