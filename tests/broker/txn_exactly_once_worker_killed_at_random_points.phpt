--TEST--
Transactions (real broker): a consume-transform-produce worker (offsets committed with sendOffsetsToTransaction()) killed with SIGKILL at random points, in and out of transactions, and restarted until the input is done, leaves every input message exactly once in the output for read_committed consumers
--FILE--
<?php
require __DIR__ . '/../lib/txn_test.php';
$brokers = kafka_test_brokers();
$input = kafka_test_name('eos-in');
$output = kafka_test_name('eos-out');
kafka_test_create_topic($input, 4);
kafka_test_create_topic($output, 4);
// enough input that the first four runs cannot finish it: two of at most 2 s (~26 batches of 10
// each at full speed) and two ended after at most 4 transactions, so at least 4 kills happen
$count = 800;
$producer = new Kafka\Producer(['bootstrap.servers' => $brokers]);
for ($i = 0; $i < $count; $i++) {
    $producer->send($input, "id-$i", "key-$i");
}
$producer->flush();

$command = 'exec ' . kafka_test_php_command() . ' ' . implode(' ', array_map('escapeshellarg',
    [__DIR__ . '/../lib/txn_worker.php', $brokers, $input, $output, kafka_test_name('group'), kafka_test_name('txn')]));

/** Runs the worker until $stop says so (given each line it prints) or $seconds pass; SIGKILLs it unless it finished. */
function run_worker(string $command, float $seconds, callable $stop): string
{
    $process = proc_open($command, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
    stream_set_blocking($pipes[1], false);
    $deadline = microtime(true) + $seconds;
    $last = '';
    while (microtime(true) < $deadline) {
        $line = fgets($pipes[1]);
        if ($line === false) {
            if (!proc_get_status($process)['running']) {
                break;
            }
            usleep(2000);
            continue;
        }
        $last = trim($line);
        if ($last === 'DONE' || $stop($last)) {
            break;
        }
    }
    $killed = proc_get_status($process)['running'] && $last !== 'DONE';
    if ($killed) {
        proc_terminate($process, SIGKILL);
    }
    stream_set_blocking($pipes[2], true);
    $errors = $killed ? '' : stream_get_contents($pipes[2]);
    fclose($pipes[1]);
    fclose($pipes[2]);
    $status = proc_close($process);
    kafka_test_check_child_output($errors, 'tests/lib/txn_worker.php');
    return $killed ? 'killed' : ($last === 'DONE' ? 'done' : "exited with $status: $errors");
}

$runs = [];
for ($kill = 0; $kill < 8; $kill++) {
    if ($kill % 2 === 0) {
        // anywhere: starting, joining, consuming, inside or between transactions
        $runs[] = run_worker($command, random_int(200, 2000) / 1000, fn () => false);
    } else {
        // inside a transaction whose output is in the log, before its commit
        $transactions = random_int(1, 4);
        $runs[] = run_worker($command, 20, function (string $line) use (&$transactions) {
            return $line === 'IN-TXN' && --$transactions === 0;
        });
    }
    if (end($runs) === 'done') {
        break;   // the input ran out before all the kills
    }
}
if (end($runs) !== 'done') {
    $runs[] = run_worker($command, 45, fn () => false);
}
echo 'last run: ', end($runs), "\n";
echo 'kills: ', count(array_filter($runs, fn ($r) => $r === 'killed')) >= 4 ? 'at least 4' : implode(', ', $runs), "\n";

$seen = array_count_values(txn_test_read($brokers, $output, 4, 'read_committed'));
$missing = $duplicated = [];
for ($i = 0; $i < $count; $i++) {
    $n = $seen["out:id-$i"] ?? 0;
    if ($n === 0) {
        $missing[] = $i;
    } elseif ($n > 1) {
        $duplicated[] = "$i x$n";
    }
}
echo 'read_committed: ', count($seen), ' distinct, missing: [', implode(' ', $missing), '], duplicated: [', implode(' ', $duplicated), "]\n";
// the kills inside transactions left aborted output in the log, which read_committed skipped
$all = count(txn_test_read($brokers, $output, 4, 'read_uncommitted'));
echo 'read_uncommitted has aborted copies: ', var_export($all > $count, true), "\n";
?>
--EXPECT--
last run: done
kills: at least 4
read_committed: 800 distinct, missing: [], duplicated: []
read_uncommitted has aborted copies: true
