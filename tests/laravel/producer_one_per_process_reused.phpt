--TEST--
Publishing reuses one Kafka\Producer per process (per distinct set of options), never one per message
--FILE--
<?php
require __DIR__ . '/lib/laravel_test.php';

/** Counts how many producers the package creates. */
class CountingProducer extends \Kafka\Producer
{
    public static int $created = 0;

    public function __construct(array $config = [])
    {
        self::$created++;
        parent::__construct($config);
    }
}

$cluster = new \Kafka\MockCluster();
$cluster->createTopic('clicks', 1);
$app = laravel_test_boot(['KAFKA_BROKERS' => $cluster->bootstrapServers()]);
config(['kafka.producer.class' => CountingProducer::class]);
$app->forgetInstance(Kafka\Laravel\KafkaManager::class);
Kafka\Laravel\Facades\Kafka::clearResolvedInstances();

use Kafka\Laravel\Facades\Kafka;

for ($i = 0; $i < 100; $i++) {
    Kafka::publishOn('clicks')->withMessage(['n' => $i])->send();
}
echo "after 100 sends: ", CountingProducer::$created, " producer(s)\n";

for ($i = 0; $i < 10; $i++) {
    Kafka::publishOn('clicks')->withConfigOptions(['compression.type' => 'lz4'])->withMessage(['n' => 100 + $i])->send();
}
echo "after 10 sends with other options: ", CountingProducer::$created, " producer(s)\n";
Kafka::publishOn('clicks')->withMessage(['n' => 110])->sendSync();
echo "after a synchronous send: ", CountingProducer::$created, " producer(s), ", Kafka::producers()->count(), " held\n";
Kafka::flush();
echo count(kafka_test_kcat_read($cluster->bootstrapServers(), 'clicks', "%s\n")), " messages on the topic\n";
?>
--EXPECT--
after 100 sends: 1 producer(s)
after 10 sends with other options: 2 producer(s)
after a synchronous send: 2 producer(s), 2 held
111 messages on the topic
