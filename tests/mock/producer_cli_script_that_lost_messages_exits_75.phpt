--TEST--
A command-line script whose producer could not deliver messages at shutdown exits with status 75 (not 0); kafka.exit_on_loss=0 turns it off; an exit status the script set stays
--FILE--
<?php
$script = tempnam(sys_get_temp_dir(), 'lose');
file_put_contents($script, '<?php
$p = new Kafka\Producer(["bootstrap.servers" => "127.0.0.1:1", "php.destroy.flush.timeout.ms" => 100]);
$p->send("t", "never delivered");
if (isset($argv[1])) { exit((int) $argv[1]); }
');
$so = getenv('KAFKA_EXTENSION_SO') ?: dirname(__DIR__, 2) . '/modules/kafka.so';
foreach (['' => '', '-d kafka.exit_on_loss=0' => '', ' ' => '3'] as $ini => $arg) {
    exec(sprintf('%s -n -d extension=%s %s %s %s 2>/dev/null', escapeshellarg(PHP_BINARY), escapeshellarg($so), $ini,
        escapeshellarg($script), $arg), $output, $status);
    echo trim($ini . ' ' . $arg) ?: 'defaults', ": exit $status\n";
}
unlink($script);
?>
--EXPECT--
defaults: exit 75
-d kafka.exit_on_loss=0: exit 0
3: exit 3
