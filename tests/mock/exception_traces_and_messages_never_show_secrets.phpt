--TEST--
Secrets never show: constructor arguments are #[\SensitiveParameter] (print_r of a trace with arguments), and secret values never reach exception or warning texts (a bad OAUTHBEARER config is named by its item)
--INI--
zend.exception_ignore_args=0
--FILE--
<?php
function leaks(string $text): string
{
    return str_contains($text, 'hunter2') || str_contains($text, 'S3CR3T-API-KEY') ? 'LEAKS' : 'clean';
}
foreach (['Kafka\Producer', 'Kafka\Consumer', 'Kafka\Admin', 'Kafka\ConsumerGroup'] as $class) {
    try {
        $group = str_starts_with($class, 'Kafka\\Consumer') ? ['group.id' => 'g'] : [];
        new $class($group + ['sasl.password' => 'hunter2', 'ssl.key.password' => 'hunter2', 'socket.timeout.ms' => 'abc', 'no.such.key' => 1]);
    } catch (Kafka\ConfigException $e) {
        echo "$class: trace ", leaks(print_r($e->getTrace(), true)), ", message ", leaks($e->getMessage()),
            ", string ", leaks((string) $e), "\n";
    }
}
try {
    new Kafka\Producer(['sasl.password' => 'hunter2', 'sasl.username' => ['not', 'a', 'string']]);
} catch (Kafka\ConfigException $e) {
    echo "bad type: ", leaks(print_r($e, true)), "\n";
}
// A bad OAUTHBEARER config: the failure names the unrecognised item, never the values around it
$cluster = new Kafka\MockCluster(1);
$producer = new Kafka\Producer(['bootstrap.servers' => $cluster->bootstrapServers(), 'security.protocol' => 'SASL_PLAINTEXT',
    'sasl.mechanisms' => 'OAUTHBEARER', 'enable.sasl.oauthbearer.unsecure.jwt' => true,
    'sasl.oauthbearer.config' => 'principal=admin bogus extension_apikey=S3CR3T-API-KEY',
    'php.destroy.flush.timeout.ms' => 0]);
$producer->send('t', 'x');
try {
    $producer->flush(1500);
} catch (Kafka\Exception $e) { // the token could not be made: thrown at once, not after the timeout
    echo "names the bad item: ", str_contains($e->getMessage(), '"bogus"') ? 'yes' : 'no', ", ", leaks($e->getMessage()), "\n";
}
set_error_handler(function (int $no, string $message) {
    echo "warning: ", str_contains($message, '"bogus"') ? 'names the bad item' : 'other', ", ", leaks($message), "\n";
    return true;
});
unset($producer);
?>
--EXPECT--
Kafka\Producer: trace clean, message clean, string clean
Kafka\Consumer: trace clean, message clean, string clean
Kafka\Admin: trace clean, message clean, string clean
Kafka\ConsumerGroup: trace clean, message clean, string clean
bad type: clean
names the bad item: yes, clean
warning: names the bad item, clean
