--TEST--
Kafka::fake() and assertPublished(): nothing reaches a cluster; the handbook's snippet is recorded; a Message, a callback or both select what must have been published; a failed assertion says what was published
--FILE--
<?php
require __DIR__ . '/lib/laravel_test.php';
use Kafka\Laravel\Facades\Kafka;
use Kafka\Laravel\Message\Message;

laravel_test_boot(['KAFKA_BROKERS' => '127.0.0.1:1']);   // nothing there: a real send would fail at the flush
$fake = Kafka::fake();
echo get_class($fake), ' ', get_class(app(\Kafka\Laravel\KafkaManager::class)), "\n";

Kafka::publishOn('user-events')
    ->withHeaders(['version' => '1.0'])
    ->withBodyKey('user_id', 123)
    ->withMessage([
        'event' => 'user_created',
        'email' => 'user@example.com',
    ])
    ->send();

Kafka::assertPublished();
Kafka::assertPublished(new Message(headers: ['version' => '1.0'], body: ['user_id' => 123, 'event' => 'user_created', 'email' => 'user@example.com']));
Kafka::assertPublished(null, fn (Message $m) => $m->getBody()['user_id'] === 123);
echo "passing assertions passed\n";

foreach ([
    fn () => Kafka::assertPublished(new Message(body: ['user_id' => 124])),
    fn () => Kafka::assertPublished(null, fn (Message $m) => $m->getKey() !== null),
] as $failing) {
    try {
        $failing();
        echo "NOT FAILED\n";
    } catch (AssertionError $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
Kafka\Laravel\Testing\KafkaFake Kafka\Laravel\Testing\KafkaFake
passing assertions passed
AssertionError: Expected a message to be published like {"topic_name":null,"partition":null,"headers":[],"body":{"user_id":124},"key":null}, but 1 message(s) were published:
  {"topic_name":"user-events","partition":null,"headers":{"version":"1.0"},"body":{"user_id":123,"event":"user_created","email":"user@example.com"},"key":null}
AssertionError: Expected a message to be published, but 1 message(s) were published:
  {"topic_name":"user-events","partition":null,"headers":{"version":"1.0"},"body":{"user_id":123,"event":"user_created","email":"user@example.com"},"key":null}
