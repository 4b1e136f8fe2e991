--TEST--
bin/kafka-admin: --under-replicated-partitions selects partitions with fewer in-sync replicas than replicas, --unavailable-partitions those without a leader or whose leader is not a live broker (the selection, on metadata as describeTopics() returns it)
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../../bin/kafka-admin';   // its functions; it does not run when included
$p = fn (int $id, int $leader, array $replicas, array $isr) => ['id' => $id, 'leader' => $leader, 'replicas' => $replicas, 'isr' => $isr, 'error' => null];
$topics = [
    ['name' => 'a', 'partitions' => [$p(0, 1, [1, 2, 3], [1, 2, 3]), $p(1, 2, [2, 3, 1], [2, 1]), $p(2, -1, [3, 1, 2], [])]],
    ['name' => 'b', 'partitions' => [$p(0, 3, [3, 1, 2], [3, 1, 2])]],
];
$show = fn (array $rows) => implode(' ', array_map(fn ($r) => "{$r['topic']}[{$r['id']}]", $rows)) . "\n";
$live = [1, 2];   // broker 3 is gone from the metadata but still named as b[0]'s leader
echo 'under-replicated: ', $show(troubled_partitions($topics, true, false, $live));
echo 'unavailable: ', $show(troubled_partitions($topics, false, true, $live));
echo 'either: ', $show(troubled_partitions($topics, true, true, $live));
echo 'unavailable, all brokers live: ', $show(troubled_partitions($topics, false, true, [1, 2, 3]));
?>
--EXPECT--
under-replicated: a[1] a[2]
unavailable: a[2] b[0]
either: a[1] a[2] b[0]
unavailable, all brokers live: a[2]
