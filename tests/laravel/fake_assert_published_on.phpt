--TEST--
Kafka::fake() and assertPublishedOn($topic[, $message[, $callback]]): passes for the topic a message went to, fails for another topic or a different message
--FILE--
<?php
require __DIR__ . '/lib/laravel_test.php';
use Kafka\Laravel\Facades\Kafka;
use Kafka\Laravel\Message\Message;

laravel_test_boot();
Kafka::fake();
Kafka::publish()->onTopic('order-events')->withKafkaKey(42)->withBody(['event_type' => 'order.paid'])->send();

Kafka::assertPublishedOn('order-events');
Kafka::assertPublishedOn('order-events', new Message(body: ['event_type' => 'order.paid'], key: 42));
Kafka::assertPublishedOn('order-events', null, fn (Message $m) => $m->getKey() === '42');
echo "passing assertions passed\n";
foreach ([
    fn () => Kafka::assertPublishedOn('user-events'),
    fn () => Kafka::assertPublishedOn('order-events', new Message(body: ['event_type' => 'order.shipped'], key: 42)),
    fn () => Kafka::assertPublishedOn('order-events', null, fn (Message $m) => $m->getKey() === '43'),
] as $i => $failing) {
    try {
        $failing();
        echo "$i: NOT FAILED\n";
    } catch (AssertionError $e) {
        echo "$i: ", strtok($e->getMessage(), ','), "\n";
    }
}
?>
--EXPECT--
passing assertions passed
0: Expected a message to be published on topic user-events
1: Expected a message to be published on topic order-events like {"topic_name":null
2: Expected a message to be published on topic order-events
