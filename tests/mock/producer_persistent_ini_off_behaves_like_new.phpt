--TEST--
Producer::persistent() with kafka.persistent=0: every call makes a new producer, as new does (destroyed, flushed and warned about like one), and none is kept; ini_set() turns persistence back on
--INI--
kafka.persistent=0
--FILE--
<?php
$cluster = new Kafka\MockCluster();
$config = ['bootstrap.servers' => $cluster->bootstrapServers()];
$a = Kafka\Producer::persistent('orders', $config);
$b = Kafka\Producer::persistent('orders', $config + ['linger.ms' => 1]); // no registry: no configuration to match
var_dump($a !== $b, get_class($a));
echo "acked at offset ", $a->sendAndWait('off', 'x')->offset, "\n";
ob_start();
phpinfo(INFO_MODULES);
preg_match('/persistent producers in this process => (\d+)/', ob_get_clean(), $m);
echo "kept: $m[1]\n";
$unreachable = Kafka\Producer::persistent('down', ['bootstrap.servers' => '127.0.0.1:1', 'php.destroy.flush.timeout.ms' => 200]);
$unreachable->send('off', 'lost');
unset($unreachable);
ini_set('kafka.persistent', '1');
var_dump(Kafka\Producer::persistent('orders', $config) === Kafka\Producer::persistent('orders', $config));
echo "done\n";
?>
--EXPECTF--
bool(true)
string(14) "Kafka\Producer"
acked at offset 0
kept: 0

Warning: %s: Kafka\Producer destroyed with 1 message(s) not delivered within 200 ms (php.destroy.flush.timeout.ms); they are lost. Last error: %s
bool(true)
done
