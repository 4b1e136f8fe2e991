--TEST--
Admin: resetGroupOffsets() to a DateTimeInterface commits each partition's first offset stamped at or after it (the end where none is), whatever the object's time zone
--FILE--
<?php
require __DIR__ . '/../lib/admin_test.php';
$admin = admin_test_admin();
$topic = kafka_test_name('admin-time');
$group = kafka_test_name('admin-time-g');
$admin->createTopic($topic, 2, 1);
$producer = new Kafka\Producer(['bootstrap.servers' => kafka_test_brokers()]);
$base = 1700000000000;                                   // 2023-11-14T22:13:20Z
foreach ([0, 1000, 2000, 3000] as $i => $delta) {        // partition 0: 0 s, 1 s, 2 s, 3 s after base
    $producer->send($topic, "p0-$i", null, [], 0, $base + $delta);
}
$producer->send($topic, 'p1-0', null, [], 1, $base);    // partition 1: only at base
$producer->flush();
$offsets = fn (array $tps) => json_encode(array_map(fn ($tp) => $tp->offset, $tps));
$moment = (new DateTimeImmutable('@1700000001'))->modify('+500 milliseconds');   // base + 1.5 s
echo '1.5 s after: ', $offsets($admin->resetGroupOffsets($group, $topic, $moment)), "\n";
echo 'committed ', json_encode(array_values(admin_test_committed($admin, $group))), "\n";
echo 'same moment in Tokyo, a DateTime: ', $offsets($admin->resetGroupOffsets($group, $topic, DateTime::createFromImmutable($moment)->setTimezone(new DateTimeZone('Asia/Tokyo')), null, true)), "\n";
echo 'exactly 2 s after, partition 0: ', $offsets($admin->resetGroupOffsets($group, $topic, new DateTimeImmutable('@1700000002'), 0, true)), "\n";
echo 'before everything: ', $offsets($admin->resetGroupOffsets($group, $topic, new DateTimeImmutable('2000-01-01'), null, true)), "\n";
try {
    $admin->resetGroupOffsets($group, $topic, new DateTimeImmutable('1969-12-31'));
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECT--
1.5 s after: [2,1]
committed [2,1]
same moment in Tokyo, a DateTime: [2,1]
exactly 2 s after, partition 0: [2]
before everything: [0,0]
Kafka\Admin::resetGroupOffsets(): Argument #3 ($to) must be a moment from 1970 on
