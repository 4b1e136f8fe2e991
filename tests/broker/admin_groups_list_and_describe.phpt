--TEST--
Admin: groups() lists a real group (kcat as member); describeGroup shows state, protocol, members with client id, host and assignment
--FILE--
<?php
require __DIR__ . '/../lib/admin_test.php';
$admin = admin_test_admin();
$topic = kafka_test_name('admin-groups');
$group = kafka_test_name('admin-groups-g');
$admin->createTopic($topic, 2, 1);
admin_test_produce($topic, 4, 2);
$member = admin_test_kcat_member($admin, $group, $topic, 'admin-test-client');
$listed = array_values(array_filter($admin->groups(), fn ($g) => $g['id'] === $group));
var_dump($listed);
$info = $admin->describeGroup($group);
var_dump($info['id'] === $group, $info['state'], $info['protocol'] !== '', $info['simple'], $info['coordinator']['id'], count($info['members']));
$m = $info['members'][0];
var_dump($m['clientId'], str_contains($m['host'], '127.0.0.1'), $m['memberId'] !== '', $m['groupInstanceId']);
$assigned = [];
foreach ($m['assignment'] as $tp) {
    $assigned[] = $tp instanceof Kafka\TopicPartition && $tp->topic === $topic ? "assigned {$tp->partition}" : 'unexpected';
}
sort($assigned);
echo implode("\n", $assigned), "\n";
proc_terminate($member);
proc_close($member);
// after the member has left, the group is Empty
$deadline = microtime(true) + 30;
do {
    usleep(200000);
    $state = $admin->describeGroup($group)['state'];
} while ($state !== 'Empty' && microtime(true) < $deadline);
var_dump($state, $admin->describeGroup($group)['members']);
try {
    $admin->describeGroup(kafka_test_name('admin-no-such-group'));
} catch (Kafka\Exception $e) {
    var_dump($e->errorName());
}
?>
--EXPECTF--
array(1) {
  [0]=>
  array(3) {
    ["id"]=>
    string(%d) "%s"
    ["state"]=>
    string(6) "Stable"
    ["simple"]=>
    bool(false)
  }
}
bool(true)
string(6) "Stable"
bool(true)
bool(false)
int(1)
int(1)
string(17) "admin-test-client"
bool(true)
bool(true)
NULL
assigned 0
assigned 1
string(5) "Empty"
array(0) {
}
string(18) "GROUP_ID_NOT_FOUND"
