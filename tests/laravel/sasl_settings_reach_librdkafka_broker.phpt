--TEST--
SASL settings from the environment (KAFKA_SECURITY_PROTOCOL, KAFKA_SASL_*) and from withSasl() reach librdkafka: against the real broker's PLAINTEXT listener the SASL handshake is attempted with that mechanism and fails; no password in any message; both producers' failures are reported by the flush
--FILE--
<?php
require __DIR__ . '/lib/laravel_test.php';
use Kafka\Laravel\Facades\Kafka;

laravel_test_boot(['KAFKA_BROKERS' => kafka_test_brokers(), 'KAFKA_SECURITY_PROTOCOL' => 'SASL_PLAINTEXT',
    'KAFKA_SASL_MECHANISMS' => 'PLAIN', 'KAFKA_SASL_USERNAME' => 'bob', 'KAFKA_SASL_PASSWORD' => 'bob-password-1234',
    'KAFKA_MESSAGE_TIMEOUT_MS' => '4000']);
$topic = kafka_test_name('laravel-sasl');
$attempts = [
    'environment' => fn () => Kafka::publishOn($topic)->withMessage(['n' => 1])->sendSync(2000),
    'withSasl()' => fn () => Kafka::publishOn($topic)->withSasl('alice', 'alice-password-5678', 'SCRAM-SHA-256')->withMessage(['n' => 2])->sendSync(2000),
];
foreach ($attempts as $name => $attempt) {
    try {
        $attempt();
        echo "$name: delivered?!\n";
    } catch (\Kafka\Exception $e) { // the authentication failure, at once (not after the timeout)
        preg_match('/SASL (\S+) mechanism handshake failed/', $e->getMessage(), $m);
        echo "$name: ", get_class($e), ', SASL mechanism tried: ', $m[1] ?? '(none) ' . $e->getMessage(), ', password shown: ',
            var_export((bool) preg_match('/password-\d{4}/', $e->getMessage()), true), "\n";
    }
}
// Both messages time out (message.timeout.ms=4000): flush until they are reported, so that nothing
// is left for the shutdown; meanwhile flush() throws the authentication failure again.
$failed = [];
$deadline = microtime(true) + 20;
do {
    try {
        Kafka::flush();
        break;
    } catch (\Kafka\Laravel\Exceptions\FlushException $e) {
        foreach ($e->exceptions() as $failure) {
            if ($failure instanceof \Kafka\DeliveryException) {
                $failed[] = get_class($failure) . ': ' . count($failure->failedMessages()) . " message failed for good\n";
            }
        }
        usleep(200000);
    }
} while (microtime(true) < $deadline);
echo implode('', $failed);
?>
--EXPECT--
environment: Kafka\Exception, SASL mechanism tried: PLAIN, password shown: false
withSasl(): Kafka\Exception, SASL mechanism tried: SCRAM-SHA-256, password shown: false
Kafka\DeliveryException: 1 message failed for good
Kafka\DeliveryException: 1 message failed for good
