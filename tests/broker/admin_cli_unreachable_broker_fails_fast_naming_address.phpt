--TEST--
bin/kafka-admin: an unreachable cluster fails within seconds (not the 30 s operation timeout) with exit 1, naming the address and the cause
--FILE--
<?php
require __DIR__ . '/../lib/admin_test.php';
// nothing listens on port 1; a name under .invalid never resolves (RFC 2606)
foreach ([['127.0.0.1:1', 'Connection refused'], ['kafka.example.invalid:9092', "Failed to resolve 'kafka.example.invalid:9092'"]] as [$address, $cause]) {
    $start = microtime(true);
    [$rc, $out, $err] = admin_test_cli_at($address, 'groups', 'list');   // the operation's timeout is the default 30 s
    $elapsed = microtime(true) - $start;
    echo "$address: exit $rc, stdout '$out', within 8 s: ", var_export($elapsed < 8, true),
        ', one line: ', var_export(substr_count($err, "\n") === 1, true),
        ', names the address: ', var_export(str_starts_with($err, "kafka-admin: error: Cannot reach the cluster at $address: "), true),
        ', and the cause: ', var_export(str_contains($err, $cause), true), "\n";
}
?>
--EXPECT--
127.0.0.1:1: exit 1, stdout '', within 8 s: true, one line: true, names the address: true, and the cause: true
kafka.example.invalid:9092: exit 1, stdout '', within 8 s: true, one line: true, names the address: true, and the cause: true
