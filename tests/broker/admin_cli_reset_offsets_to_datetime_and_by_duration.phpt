--TEST--
bin/kafka-admin: reset-offsets --to-datetime picks the first message at or after that time (the end when there is none); --by-duration counts back from now
--FILE--
<?php
require __DIR__ . '/../lib/admin_test.php';
$admin = admin_test_admin();
$topic = kafka_test_name('admin-cli-time');
$group = kafka_test_name('admin-cli-time-g');
$admin->createTopic($topic, 1, 1);
$producer = new Kafka\Producer(['bootstrap.servers' => kafka_test_brokers()]);
$now = (int) (microtime(true) * 1000);
foreach ([-5, -4, -3, -2, -1] as $i => $h) {             // offsets 0..4 stamped 5..1 hours ago
    $producer->send($topic, "m$i", null, [], 0, $now + $h * 3600000);
}
$producer->flush();
$plan = function (string ...$target) use ($group, $topic): string {
    [$rc, $out, $err] = admin_test_cli(...array_merge(['groups', 'reset-offsets', $group, '--topic', $topic], $target, ['--json']));
    return $rc === 0 ? json_encode(array_column(json_decode($out, true)['offsets'], 'new')) : "exit $rc: $err";
};
$at = fn (int $msAgo, string $zone) => (new DateTimeImmutable('@' . intdiv($now - $msAgo, 1000)))->setTimezone(new DateTimeZone($zone))->format('Y-m-d\TH:i:s.vP');
echo "3.5 hours ago (UTC): ", $plan('--to-datetime', $at(3 * 3600000 + 1800000, 'UTC')), "\n";
echo "3.5 hours ago (+05:30): ", $plan('--to-datetime', $at(3 * 3600000 + 1800000, '+05:30')), "\n";
echo "in 2000: ", $plan('--to-datetime', '2000-01-01T00:00:00Z'), "\n";
echo "in 2099 (nothing after it: the end): ", $plan('--to-datetime', '2099-01-01T00:00:00'), "\n";
echo "by 90 minutes: ", $plan('--by-duration', 'PT90M'), "\n";
echo "by 1 day: ", $plan('--by-duration', 'P1D'), "\n";
[$rc] = admin_test_cli('groups', 'reset-offsets', $group, '--topic', $topic, '--by-duration', 'PT2H30M', '--execute');
echo "executed: exit $rc, committed ", json_encode(array_values(admin_test_committed($admin, $group))), "\n";
?>
--EXPECT--
3.5 hours ago (UTC): [2]
3.5 hours ago (+05:30): [2]
in 2000: [0]
in 2099 (nothing after it: the end): [5]
by 90 minutes: [4]
by 1 day: [0]
executed: exit 0, committed [3]
