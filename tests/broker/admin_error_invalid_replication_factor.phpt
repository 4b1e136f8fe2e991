--TEST--
Admin: replication factor 3 on a single broker throws INVALID_REPLICATION_FACTOR and creates nothing; bad counts are ValueErrors
--FILE--
<?php
require __DIR__ . '/../lib/admin_test.php';
$admin = admin_test_admin();
$topic = kafka_test_name('admin-rf');
try {
    $admin->createTopic($topic, 1, 3);
    echo "no exception\n";
} catch (Kafka\Exception $e) {
    var_dump($e->getCode(), $e->errorName());
    echo $e->getMessage(), "\n";
}
var_dump(in_array($topic, $admin->topics(), true));
foreach ([[0, 1], [1, 0], [-2, 1]] as [$partitions, $rf]) {
    try {
        $admin->createTopic($topic, $partitions, $rf);
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
?>
--EXPECTF--
int(38)
string(26) "INVALID_REPLICATION_FACTOR"
Could not create topic "%s": %sreplication factor%s
bool(false)
Kafka\Admin::createTopic(): Argument #2 ($partitions) must be a partition count of at least 1, or -1 for the broker's default
Kafka\Admin::createTopic(): Argument #3 ($replicationFactor) must be a replication factor of at least 1, or -1 for the broker's default
Kafka\Admin::createTopic(): Argument #2 ($partitions) must be a partition count of at least 1, or -1 for the broker's default
