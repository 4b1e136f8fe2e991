--TEST--
A consumed message as handlers see it: getBody() (JSON decoded), getKey(), getHeaders(), getTopicName(), getPartition(), getOffset(), getTimestamp(), the raw payload and the extension's Kafka\Message; a tombstone's body is null
--FILE--
<?php
require __DIR__ . '/lib/laravel_test.php';
use Kafka\Laravel\Contracts\KafkaConsumerMessage;
use Kafka\Laravel\Facades\Kafka;
use Kafka\Laravel\Message\ConsumedMessage;

$cluster = new \Kafka\MockCluster();
$cluster->createTopic('user-events', 1);
laravel_test_boot(['KAFKA_BROKERS' => $cluster->bootstrapServers()]);
$before = (int) (microtime(true) * 1000);
Kafka::publishOn('user-events')->withKafkaKey(123)->withHeaders(['version' => '1.0', 'attempt' => 2])
    ->withMessage(['event' => 'user_created', 'user_id' => 123, 'tags' => ['new']])->send();
Kafka::publishOn('user-events')->withKafkaKey(123)->withBody(null)->send();   // a tombstone
Kafka::flush();

$consumer = Kafka::consumer(['user-events'], 'getters')->stopAfterLastMessage()   // laravel-kafka 2.x's entry point
    ->withHandler(function (KafkaConsumerMessage $message) use ($before) {
        var_dump($message->getBody(), $message->getKey(), $message->getHeaders(), $message->getTopicName(), $message->getPartition(), $message->getOffset());
        echo "timestamp: ", $message->getTimestamp() >= $before - 1000 && $message->getTimestamp() <= (int) (microtime(true) * 1000) ? 'when it was sent' : $message->getTimestamp(), "\n";
        echo "payload: ", var_export($message->getPayload(), true), ", ", get_class($message->getKafkaMessage()), "\n";
    })
    ->build();
$consumer->consume();
?>
--EXPECT--
array(3) {
  ["event"]=>
  string(12) "user_created"
  ["user_id"]=>
  int(123)
  ["tags"]=>
  array(1) {
    [0]=>
    string(3) "new"
  }
}
string(3) "123"
array(2) {
  ["version"]=>
  string(3) "1.0"
  ["attempt"]=>
  string(1) "2"
}
string(11) "user-events"
int(0)
int(0)
timestamp: when it was sent
payload: '{"event":"user_created","user_id":123,"tags":["new"]}', Kafka\Message
NULL
string(3) "123"
array(0) {
}
string(11) "user-events"
int(0)
int(1)
timestamp: when it was sent
payload: NULL, Kafka\Message
