--TEST--
config/kafka.php is read from the environment: brokers, group, auto commit, security protocol, SASL and per-purpose librdkafka options reach the clients' configuration
--FILE--
<?php
require __DIR__ . '/lib/laravel_test.php';

$app = laravel_test_boot([
    'KAFKA_BROKERS' => 'kafka-1:9092,kafka-2:9092',
    'KAFKA_CONSUMER_GROUP_ID' => 'billing',
    'KAFKA_AUTO_COMMIT' => 'false',
    'KAFKA_SECURITY_PROTOCOL' => 'SASL_SSL',
    'KAFKA_SASL_MECHANISMS' => 'SCRAM-SHA-512',
    'KAFKA_SASL_USERNAME' => 'alice',
    'KAFKA_SASL_PASSWORD' => 'alice-secret',
    'KAFKA_SESSION_TIMEOUT_MS' => '7000',       // the test application's consumer options
    'KAFKA_MESSAGE_TIMEOUT_MS' => '3000',       // and producer options
]);
$config = config('kafka');
var_dump($config['brokers'], $config['consumer_group_id'], $config['auto_commit']);

$kafka = $app->make(Kafka\Laravel\KafkaManager::class);
var_dump($kafka === Kafka\Laravel\Facades\Kafka::getFacadeRoot());
$consumer = $kafka->clientConfig('consumer');
$producer = $kafka->clientConfig('producer');
ksort($consumer);
ksort($producer);
echo json_encode($consumer), "\n", json_encode($producer), "\n";
?>
--EXPECT--
string(25) "kafka-1:9092,kafka-2:9092"
string(7) "billing"
bool(false)
bool(true)
{"bootstrap.servers":"kafka-1:9092,kafka-2:9092","sasl.mechanisms":"SCRAM-SHA-512","sasl.password":"alice-secret","sasl.username":"alice","security.protocol":"SASL_SSL","session.timeout.ms":"7000"}
{"bootstrap.servers":"kafka-1:9092,kafka-2:9092","message.timeout.ms":"3000","sasl.mechanisms":"SCRAM-SHA-512","sasl.password":"alice-secret","sasl.username":"alice","security.protocol":"SASL_SSL"}
