--TEST--
Kafka::fake() and assertNothingPublished(): passes before any send, fails after one; a body that cannot be serialized fails at send() even when faked
--FILE--
<?php
require __DIR__ . '/lib/laravel_test.php';
use Kafka\Laravel\Facades\Kafka;

laravel_test_boot();
Kafka::fake();
Kafka::assertNothingPublished();
echo "nothing published yet\n";
try {
    Kafka::publishOn('metrics')->withMessage(['value' => NAN])->send();
} catch (\Kafka\Laravel\Exceptions\SerializationException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
Kafka::assertNothingPublished();
Kafka::publishOn('metrics')->withMessage(['value' => 1.5])->send();
try {
    Kafka::assertNothingPublished();
    echo "NOT FAILED\n";
} catch (AssertionError $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECT--
nothing published yet
Kafka\Laravel\Exceptions\SerializationException: The body of the message for topic metrics cannot be encoded as JSON: Inf and NaN cannot be JSON encoded
Expected no message to be published, but 1 message(s) were published:
  {"topic_name":"metrics","partition":null,"headers":[],"body":{"value":1.5},"key":null}
