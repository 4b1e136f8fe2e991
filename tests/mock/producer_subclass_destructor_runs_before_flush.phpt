--TEST--
Producer: a subclass's __destruct() can still send; the extension flushes after it (messages sent there are delivered)
--FILE--
<?php
require __DIR__ . '/../lib/kafka_test.php';
class AuditedProducer extends Kafka\Producer
{
    public function __destruct()
    {
        $this->send('audit', 'closing', partition: 0);
        echo "subclass destructor ran, pending ", $this->pending(), "\n";
    }
}
$cluster = new Kafka\MockCluster();
$bootstrap = $cluster->bootstrapServers();
$producer = new AuditedProducer(['bootstrap.servers' => $bootstrap]);
$producer->send('audit', 'opening', partition: 0);
unset($producer);
print_r(kafka_test_kcat_read($bootstrap, 'audit', '%s\n'));
?>
--EXPECT--
subclass destructor ran, pending 2
Array
(
    [0] => opening
    [1] => closing
)
