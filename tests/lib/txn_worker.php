<?php
/*
 * The consume-transform-produce worker of tests/broker/txn_exactly_once_worker_killed_at_random_points.phpt:
 * reads "id-N" from the input topic in a group, writes "out:id-N" to the output topic, and commits
 * both through one transaction per batch (offsets via sendOffsetsToTransaction()). Prints IN-TXN
 * once a batch's output is in the log (not yet committed), COMMITTED after each commit, and DONE
 * when the group has nothing left to read.
 *   php txn_worker.php BROKERS INPUT OUTPUT GROUP TRANSACTIONAL_ID
 */

declare(strict_types=1);

[, $brokers, $input, $output, $groupId, $transactionalId] = $argv;

$producer = new Kafka\Producer(['bootstrap.servers' => $brokers, 'transactional.id' => $transactionalId]);
$producer->initTransactions(30000);   // fences the worker killed before, aborts what it left open
$group = new Kafka\ConsumerGroup([
    'bootstrap.servers' => $brokers,
    'group.id' => $groupId,
    'enable.auto.commit' => false,
    'group.instance.id' => 'worker',   // static membership: a restarted worker takes over at once
    'session.timeout.ms' => 6000,
    'heartbeat.interval.ms' => 500,
]);
$group->subscribe($input);

$idle = 0;
while (true) {
    $batch = $group->consumeBatch(10, 500);
    if ($batch === []) {
        $lag = array_column($group->lag(), 'lag');
        $idle = $lag !== [] && !in_array(null, $lag, true) && array_sum($lag) === 0 ? $idle + 1 : 0;
        if ($idle >= 2) {
            echo "DONE\n";
            break;
        }
        continue;
    }
    try {
        $producer->transaction(function (Kafka\Producer $producer) use ($batch, $group, $output): void {
            foreach ($batch as $message) {
                $producer->send($output, "out:{$message->payload}", $message->key);
            }
            $producer->flush();
            echo "IN-TXN\n";
            usleep(random_int(0, 100000));
            $producer->sendOffsetsToTransaction($group);
        });
        echo 'COMMITTED ', count($batch), "\n";
    } catch (Kafka\TransactionException $e) {
        fwrite(STDERR, 'transaction failed: ' . $e->getMessage() . "\n");
        if ($e->isFatal()) {
            exit(3);
        }
        // aborted: read the batch again from the committed offsets
        foreach ($group->committed($group->assignment()) as $tp) {
            $group->seek($tp->offset >= 0 ? $tp : $tp->withOffset(Kafka\Offset::BEGINNING));
        }
    }
}
$group->close();
