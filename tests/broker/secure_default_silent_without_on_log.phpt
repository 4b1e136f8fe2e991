--TEST--
Logs: without onLog (and without debug), a client failing to authenticate for 3 s prints none of librdkafka's log lines ("%3|...|FAIL|...") on stdout or stderr (the extension stays silent by default)
--FILE--
<?php
require __DIR__ . '/../lib/secure_test.php';
$script = tempnam(sys_get_temp_dir(), 'secure-silent');
file_put_contents($script, '<?php
$producer = new Kafka\Producer(' . var_export(['sasl.password' => 'wrong', 'php.destroy.flush.timeout.ms' => 0]
    + secure_test_config('sasl_plaintext_plain'), true) . ');
$producer->send("secure-silent", "never delivered");
$deadline = microtime(true) + 3;
while (microtime(true) < $deadline) {
    try {
        $producer->poll(100);
    } catch (Kafka\Exception $e) {
        // the authentication failure thrown by the next call: not what this test is about
    }
}
echo "done\n";
');
$so = getenv('KAFKA_EXTENSION_SO') ?: throw new RuntimeException('KAFKA_EXTENSION_SO is not set (tests/run.sh sets it)');
$command = sprintf('timeout 30 %s -n -d extension=%s %s', escapeshellarg(PHP_BINARY), escapeshellarg($so), escapeshellarg($script));
$proc = proc_open($command, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
$stdout = stream_get_contents($pipes[1]);
$stderr = stream_get_contents($pipes[2]);
proc_close($proc);
unlink($script);
echo 'child ran: ', str_contains($stdout, "done\n") ? 'yes' : "no\n$stdout\n$stderr", "\n";
echo 'librdkafka lines on stdout: ', preg_match('/^%\d\|/m', $stdout) ? 'yes' : 'no', "\n";
echo 'librdkafka lines on stderr: ', preg_match('/^%\d\|/m', $stderr) ? 'yes' : 'no', "\n";
?>
--EXPECT--
child ran: yes
librdkafka lines on stdout: no
librdkafka lines on stderr: no
