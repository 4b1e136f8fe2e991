--TEST--
Producer::persistent(): every call of a request with the same name gives the same object and handle (also after the caller let go of it); other names are other producers; a subclass gets its own class
--FILE--
<?php
class AppProducer extends Kafka\Producer
{
    public function __construct(array $config = [])
    {
        throw new LogicException('persistent() does not run constructors');
    }
}
$cluster = new Kafka\MockCluster();
$config = ['bootstrap.servers' => $cluster->bootstrapServers(), 'linger.ms' => 60000];
$a = Kafka\Producer::persistent('orders', $config);
$b = Kafka\Producer::persistent('orders', $config);
var_dump($a === $b);
$a->send('t', 'queued, not flushed');
$id = spl_object_id($a);
unset($a, $b);
$c = Kafka\Producer::persistent('orders', $config);
echo "same object after unset: ", var_export(spl_object_id($c) === $id, true), ", still pending: ", $c->pending(), "\n";
$other = Kafka\Producer::persistent('audit', $config);
echo "other name: ", var_export($other !== $c, true), ", its pending: ", $other->pending(), "\n";
$app = AppProducer::persistent('app', $config);
echo get_class($app), "\n";
try {
    Kafka\Producer::persistent('app', $config);
} catch (Kafka\Exception $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
$c->flush();
echo "flushed: ", $c->pending(), "\n";
?>
--EXPECT--
bool(true)
same object after unset: true, still pending: 1
other name: true, its pending: 0
AppProducer
Kafka\Exception: Kafka\Producer::persistent("app") is in use in this request as a AppProducer; it cannot also be a Kafka\Producer
flushed: 0
