--TEST--
README: the ```php blocks of "A short tour", with only localhost:9092 replaced by the test broker, run in order in one script: they print what they say, the worker loop stops on SIGTERM, and the script ends cleanly with no notice or warning
--FILE--
<?php
require __DIR__ . '/../lib/admin_test.php';
// The tour expects a fresh broker: a run before this one (run-tests.php retries) left its topic and group.
$admin = admin_test_admin();
try {
    $admin->deleteGroup('email-service');
} catch (Kafka\Exception $e) {
    // GROUP_ID_NOT_FOUND: fresh
}
if (in_array('user-events', $admin->topics(), true)) {
    $admin->deleteTopic('user-events');
    admin_test_eventually(fn () => $admin->topics(), fn ($t) => !in_array('user-events', $t, true));
}
$readme = file_get_contents(__DIR__ . '/../../README.md');
preg_match('/^## A short tour\n(.*?)^## /ms', $readme, $section) or exit("no tour section in README.md\n");
preg_match_all('/^```php\n(.*?)^```$/ms', $section[1], $blocks);
$code = implode("\n", $blocks[1]);
echo count($blocks[1]), ' blocks, localhost:9092 used ', substr_count($code, "'localhost:9092'"), " times\n";
$script = tempnam(sys_get_temp_dir(), 'readme-tour-') . '.php';
file_put_contents($script, "<?php\n" . str_replace("'localhost:9092'", var_export(kafka_test_brokers(), true), $code));

$cmd = [PHP_BINARY, '-n', '-d', 'extension=' . getenv('KAFKA_EXTENSION_SO'), '-d', 'error_reporting=-1', '-d', 'display_errors=stderr', $script];
$proc = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
stream_set_blocking($pipes[1], false);
stream_set_blocking($pipes[2], false);
$out = $err = '';
$signalled = false;
$deadline = microtime(true) + 60;
while (microtime(true) < $deadline) {
    $out .= stream_get_contents($pipes[1]);
    $err .= stream_get_contents($pipes[2]);
    // the worker loop has handled both events: stop it as a supervisor would
    if (!$signalled && substr_count($out, "\nuser 42: ") + (int) str_starts_with($out, 'user 42: ') >= 2) {
        proc_terminate($proc, SIGTERM);
        $signalled = true;
    }
    $state = proc_get_status($proc);   // once it reports the exit, it alone knows the exit code
    if (!$state['running']) {
        break;
    }
    usleep(50000);
}
$running = $state['running'];
if ($running) {
    proc_terminate($proc, SIGKILL);
}
$out .= stream_get_contents($pipes[1]);
$err .= stream_get_contents($pipes[2]);
fclose($pipes[1]);
fclose($pipes[2]);
proc_close($proc);
$status = $state['exitcode'];
unlink($script);
echo 'signalled after the worker handled both: ', var_export($signalled, true), ', ended within 60 s: ', var_export(!$running, true), ", exit $status\n";
echo "stdout:\n$out", "stderr: '$err'\n";
?>
--EXPECT--
3 blocks, localhost:9092 used 3 times
signalled after the worker handled both: true, ended within 60 s: true, exit 0
stdout:
stored on partition 0 at offset 1
user 42: {"type":"user_registered","user_id":42}
user 42: {"type":"user_logged_in","user_id":42}
replayed offset 0: {"type":"user_registered","user_id":42}
replayed offset 1: {"type":"user_logged_in","user_id":42}
stored after two retried failures
stderr: ''
