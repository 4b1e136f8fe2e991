--TEST--
Producer::persistent(): an error handler run by the warnings of a fatal replacement may ask for the same name (it gets the new producer, which the outer call returns too) or throw (the call throws it; the next call works)
--FILE--
<?php
$cluster = new Kafka\MockCluster();
$cluster->createTopic('fatal', 1);
$config = ['bootstrap.servers' => $cluster->bootstrapServers()];
function break_it(Kafka\MockCluster $cluster, array $config): Kafka\Producer
{
    $p = Kafka\Producer::persistent('orders', $config);
    $p->sendAndWait('fatal', 'ok');
    $cluster->pushRequestErrors(Kafka\MockCluster::API_PRODUCE, [45]);
    try {
        $p->send('fatal', 'fails with it, seen by no flush()'); // the replacement warns about it
        $p->sendAndWait('fatal', 'hits the fatal error', timeoutMs: 5000);
    } catch (Kafka\Exception $e) {
        echo "fatal: ", var_export($e->isFatal(), true), "\n";
    }
    return $p;
}

$broken = break_it($cluster, $config);
$fromHandler = null;
set_error_handler(function (int $type, string $message) use ($config, &$fromHandler): bool {
    echo "handler: ", preg_replace('/ with .*/', '', $message), "\n";
    $fromHandler = Kafka\Producer::persistent('orders', $config);
    return true;
});
$fresh = Kafka\Producer::persistent('orders', $config);
var_dump($fresh === $fromHandler, $fresh !== $broken);
echo "offset: ", $fresh->sendAndWait('fatal', 'new one')->offset > 0 ? 'ok' : 'wrong', "\n";

$broken = break_it($cluster, $config);
set_error_handler(function (int $type, string $message): bool {
    throw new ErrorException($message, 0, $type);
});
try {
    Kafka\Producer::persistent('orders', $config);
} catch (ErrorException $e) {
    echo "thrown by the handler: ", preg_replace('/ with .*/', '', $e->getMessage()), "\n";
}
restore_error_handler();
echo "next call: ", Kafka\Producer::persistent('orders', $config)->sendAndWait('fatal', 'after')->offset > 0 ? 'works' : 'wrong', "\n";
?>
--EXPECT--
fatal: true
handler: Kafka\Producer::persistent(): Kafka\Producer::persistent("orders") was replaced after a fatal error
bool(true)
bool(true)
offset: ok
fatal: true
thrown by the handler: Kafka\Producer::persistent(): Kafka\Producer::persistent("orders") was replaced after a fatal error
next call: works
