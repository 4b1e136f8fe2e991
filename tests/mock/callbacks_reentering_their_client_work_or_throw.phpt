--TEST--
Every method of a client called from inside that client's own callbacks (onDelivery; onAssign, onRevoke) either works or throws a clear Kafka\Exception; afterwards the client works normally
--FILE--
<?php
function attempt(string $label, callable $call): void
{
    try {
        $call();
        echo "  $label: works\n";
    } catch (Kafka\Exception $e) {
        echo "  $label: ", $e->errorName(), " ", str_contains($e->getMessage(), 'cannot be called from inside the') ? 'refused inside the callback' : $e->getMessage(), "\n";
    }
}

$cluster = new Kafka\MockCluster(1);
$cluster->createTopic('reentry', 1);
$brokers = $cluster->bootstrapServers();

echo "Producer, inside onDelivery:\n";
$producer = new Kafka\Producer(['bootstrap.servers' => $brokers]);
$first = true;
$producer->onDelivery(function (Kafka\Message $m) use ($producer, &$first) {
    if (!$first) {
        return;
    }
    $first = false;
    attempt('send', fn () => $producer->send('reentry', 'from-callback', partition: 0));
    attempt('sendAndWait', fn () => $producer->sendAndWait('reentry', 'x'));
    attempt('flush', fn () => $producer->flush());
    attempt('poll', fn () => $producer->poll());
    attempt('pending', fn () => $producer->pending());
    attempt('close', fn () => $producer->close());
    attempt('onDelivery', fn () => $producer->onDelivery(fn () => null));
});
$producer->send('reentry', 'first', partition: 0);
$producer->flush();
echo "afterwards: pending ", $producer->pending(), ", ", $producer->sendAndWait('reentry', 'after', partition: 0)->payload, "\n";

$group = new Kafka\ConsumerGroup(['bootstrap.servers' => $brokers, 'group.id' => 'reentry-g', 'auto.offset.reset' => 'earliest']);
$tp = new Kafka\TopicPartition('reentry', 0);
$sweep = function (string $hook) use ($group, $tp, &$sweep) {
    echo "ConsumerGroup, inside $hook:\n";
    attempt('consume', fn () => $group->consume(10));
    attempt('consumeBatch', fn () => $group->consumeBatch(5, 10));
    attempt('close', fn () => $group->close());
    attempt('subscribe', fn () => $group->subscribe('reentry'));
    attempt('unsubscribe', fn () => $group->unsubscribe());
    attempt('subscription', fn () => $group->subscription());
    attempt('assignment', fn () => $group->assignment());
    attempt('commit', fn () => $group->commit());
    attempt('commitAsync', fn () => $group->commitAsync());
    attempt('committed', fn () => $group->committed([$tp]));
    attempt('position', fn () => $group->position([$tp]));
    attempt('pause', fn () => $group->pause([$tp]));
    attempt('resume', fn () => $group->resume([$tp]));
    attempt('lag', fn () => $group->lag());
    attempt('watermarks', fn () => $group->watermarks('reentry', 0));
    attempt('partitions', fn () => $group->partitions('reentry'));
    attempt('offsetsForTimes', fn () => $group->offsetsForTimes([$tp->withOffset(0)]));
    attempt('onAssign', fn () => $group->onAssign(fn () => $sweep('onAssign')));
    attempt('onRevoke', fn () => $group->onRevoke(fn () => $sweep('onRevoke')));
};
$group->onAssign(fn () => $sweep('onAssign'));
$group->onRevoke(fn () => $sweep('onRevoke'));
$group->subscribe('reentry');
$received = [];
$deadline = microtime(true) + 20;
while (count($received) < 3 && microtime(true) < $deadline) {
    if ($m = $group->consume(200)) {
        $received[] = $m->payload;
    }
}
echo "afterwards: consumed ", implode(', ', $received), "\n";
$group->close();
?>
--EXPECT--
Producer, inside onDelivery:
  send: works
  sendAndWait: _STATE refused inside the callback
  flush: _STATE refused inside the callback
  poll: _STATE refused inside the callback
  pending: works
  close: _STATE refused inside the callback
  onDelivery: works
afterwards: pending 0, after
ConsumerGroup, inside onAssign:
  consume: _STATE refused inside the callback
  consumeBatch: _STATE refused inside the callback
  close: _STATE refused inside the callback
  subscribe: _STATE refused inside the callback
  unsubscribe: _STATE refused inside the callback
  subscription: works
  assignment: works
  commit: works
  commitAsync: works
  committed: works
  position: works
  pause: works
  resume: works
  lag: works
  watermarks: works
  partitions: works
  offsetsForTimes: works
  onAssign: works
  onRevoke: works
afterwards: consumed first, from-callback, after
ConsumerGroup, inside onRevoke:
  consume: _STATE refused inside the callback
  consumeBatch: _STATE refused inside the callback
  close: _STATE refused inside the callback
  subscribe: _STATE refused inside the callback
  unsubscribe: _STATE refused inside the callback
  subscription: works
  assignment: works
  commit: works
  commitAsync: works
  committed: _STATE Kafka\ConsumerGroup::committed() cannot read committed offsets while close() leaves the group (inside onRevoke): commit() works there
  position: works
  pause: works
  resume: works
  lag: works
  watermarks: works
  partitions: works
  offsetsForTimes: works
  onAssign: works
  onRevoke: works
