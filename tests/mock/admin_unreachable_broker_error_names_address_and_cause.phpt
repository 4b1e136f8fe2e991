--TEST--
Admin: a call that fails because no broker answers carries librdkafka's last connection error (address and cause), for metadata reads and for admin requests that time out
--INI--
pcre.jit=0
--FILE--
<?php
$admin = new Kafka\Admin(['bootstrap.servers' => '127.0.0.1:1']);   // nothing listens on port 1
foreach (['brokers' => fn () => $admin->brokers(3000), 'groups' => fn () => $admin->groups(2000)] as $name => $call) {
    try {
        $call();
        echo "$name: no exception\n";
    } catch (Kafka\Exception $e) {
        echo "$name: ", get_class($e), ' ', $e->errorName(), "\n";
        echo preg_replace('/ \(after \d+ms in state CONNECT.*\)$/', ' (...)', $e->getMessage()), "\n";
    }
}
?>
--EXPECTF--
brokers: Kafka\Exception _TRANSPORT
Could not read the cluster metadata: Local: Broker transport failure; last error: 127.0.0.1:1/bootstrap: Connect to ipv4#127.0.0.1:1 failed: Connection refused (...)
groups: Kafka\TimeoutException _TIMED_OUT
Could not list consumer groups: %s; last error: 127.0.0.1:1/bootstrap: Connect to ipv4#127.0.0.1:1 failed: Connection refused (...)
