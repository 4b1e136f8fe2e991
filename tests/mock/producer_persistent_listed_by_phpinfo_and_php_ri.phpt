--TEST--
Producer::persistent(): phpinfo() and php --ri kafka list the process's persistent producers (name, age, messages delivered, failures, requests served; no configuration) and the INI settings
--INI--
kafka.persistent_max=5
--FILE--
<?php
require __DIR__ . '/../lib/kafka_test.php';
$cluster = new Kafka\MockCluster();
$config = ['bootstrap.servers' => $cluster->bootstrapServers(), 'sasl.password' => 'hunter2-secret', 'client.id' => 'visible-client-id'];
$orders = Kafka\Producer::persistent('orders', $config);
$orders->sendAndWait('listed', 'one');
$orders->sendAndWait('listed', 'two');
Kafka\Producer::persistent('audit', $config)->sendAndWait('listed', 'three');
ob_start();
phpinfo(INFO_MODULES);
$info = ob_get_clean();
preg_match('/^persistent producers in this process.*$/m', $info, $count);
preg_match_all('/^(persistent producer|orders|audit) => .*$/m', $info, $rows);
preg_match_all('/^kafka\.persistent.*$/m', $info, $ini);
echo implode("\n", [$count[0], ...$rows[0], ...$ini[0]]), "\n";
echo "configuration shown: ", var_export(str_contains($info, 'hunter2') || str_contains($info, 'visible-client-id'), true), "\n";
$ri = shell_exec(sprintf('%s -n -d extension=%s -d kafka.persistent_max=7 --ri kafka', PHP_BINARY, escapeshellarg(getenv('KAFKA_EXTENSION_SO'))));
preg_match_all('/^(persistent producers in this process|kafka\.persistent).*$/m', $ri, $lines);
echo implode("\n", $lines[0]), "\n";
?>
--EXPECTF--
persistent producers in this process => 2
persistent producer => age (s) => messages delivered => delivery failures => requests served
orders => %d => 2 => 0 => 1
audit => %d => 1 => 0 => 1
kafka.persistent => On => On
kafka.persistent_max => 5 => 5
configuration shown: false
persistent producers in this process => 0
kafka.persistent => On => On
kafka.persistent_max => 7 => 7
