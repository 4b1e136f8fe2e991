--TEST--
Producer: at script end, messages that cannot be delivered within php.destroy.flush.timeout.ms are reported with E_WARNING (count and reason)
--FILE--
<?php
$producer = new Kafka\Producer(['bootstrap.servers' => '127.0.0.1:1', 'php.destroy.flush.timeout.ms' => 300]);
for ($i = 0; $i < 5; $i++) {
    $producer->send('nowhere', "message $i");
}
echo "end of script\n";
?>
--EXPECTF--
end of script

Warning: %s: Kafka\Producer destroyed with 5 message(s) not delivered within 300 ms (php.destroy.flush.timeout.ms); they are lost. Last error: %sConnection refused%s in Unknown on line 0
