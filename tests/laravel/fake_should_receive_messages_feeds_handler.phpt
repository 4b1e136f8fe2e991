--TEST--
Kafka::fake() and shouldReceiveMessages(): the handbook's ConsumeKafka command, run with Artisan::call(), handles the given messages (only those of its topic) and returns when they are used up
--FILE--
<?php
require __DIR__ . '/lib/laravel_test.php';
use Illuminate\Support\Facades\Artisan;
use Kafka\Laravel\Facades\Kafka;
use Kafka\Laravel\Message\ConsumedMessage;

laravel_test_boot(['KAFKA_BROKERS' => '127.0.0.1:1', 'TEST_APP_HANDBOOK_COMMANDS' => '1']);
Kafka::fake();
Kafka::shouldReceiveMessages([
    new ConsumedMessage(topicName: 'user-events', partition: 0, headers: [], body: ['event' => 'user_created', 'user_id' => 1], key: '1', offset: 0, timestamp: 0),
    new ConsumedMessage(topicName: 'order-events', partition: 0, headers: [], body: ['event_type' => 'order.paid'], offset: 0),
    new ConsumedMessage(topicName: 'user-events', partition: 1, headers: ['version' => '1.0'], body: ['event' => 'user_created', 'user_id' => 2], offset: 7),
]);
$start = microtime(true);
$status = Artisan::call('kafka:consume');
echo "exit $status, returned at once: ", var_export(microtime(true) - $start < 2, true), "\n";
echo Artisan::output();

// The order event is still there for a consumer of its topic.
$seen = [];
Kafka::createConsumer(['order-events'])
    ->withHandler(function (ConsumedMessage $message) use (&$seen) {
        $seen[] = $message->getTopicName() . ' ' . json_encode($message->getBody()) . ' ' . get_class($message->getConsumer());
    })
    ->build()
    ->consume();
echo implode("\n", $seen), "\n";
?>
--EXPECT--
exit 0, returned at once: true
Processing: {"event":"user_created","user_id":1}
Processing: {"event":"user_created","user_id":2}
order-events {"event_type":"order.paid"} Kafka\Laravel\Consumers\Consumer
