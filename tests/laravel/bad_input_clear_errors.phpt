--TEST--
Bad input to the builders and to kafka:consume gets a clear exception or message naming what is wrong, before anything is sent or consumed
--FILE--
<?php
require __DIR__ . '/lib/laravel_test.php';
use Kafka\Laravel\Facades\Kafka;

laravel_test_boot(['KAFKA_BROKERS' => '127.0.0.1:1']);
$cases = [
    'send without topic' => fn () => Kafka::publish()->withMessage(['a' => 1])->send(),
    'empty topic' => fn () => Kafka::publish()->onTopic(''),
    'withBodyKey on a string body' => fn () => Kafka::publishOn('t')->withBody('raw')->withBodyKey('a', 1),
    'withMessage array on a string body' => fn () => Kafka::publishOn('t')->withBody('raw')->withMessage(['a' => 1]),
    'consumer without topic' => fn () => Kafka::createConsumer()->withHandler(fn () => null)->build(),
    'consumer without handler' => fn () => Kafka::createConsumer(['t'])->build(),
    'handler class missing' => fn () => Kafka::createConsumer(['t'])->withHandler('App\Kafka\NoSuchHandler'),
    'handler object not invokable' => fn () => Kafka::createConsumer(['t'])->withHandler(new stdClass()),
    'handler class not invokable' => fn () => Kafka::createConsumer(['t'])->withHandler(stdClass::class)->build(),
    'empty group id' => fn () => Kafka::createConsumer(['t'])->withConsumerGroupId(''),
    'max messages 0' => fn () => Kafka::createConsumer(['t'])->withMaxMessages(0),
    'max time negative' => fn () => Kafka::createConsumer(['t'])->withMaxTime(-1),
    'topic not a string' => fn () => Kafka::createConsumer([['nested']]),
    'unknown librdkafka option' => fn () => Kafka::createConsumer(['t'])->withOption('no.such.option', 1)->withHandler(fn () => null)->build()->consume(),
    'sasl without password' => fn () => Kafka::createConsumer(['t'])->withSasl('alice'),
];
foreach ($cases as $name => $case) {
    try {
        $case();
        echo "$name: NO ERROR\n";
    } catch (Throwable $e) {
        echo "$name: ", get_class($e), ': ', $e->getMessage(), "\n";
    }
}
foreach ([[], ['--topics=t', '--commit=sometimes'], ['--topics=t', '--max-messages=many'], ['--topics=t', '--handler=App\Kafka\NoSuchHandler']] as $options) {
    [$status, $stdout, $stderr] = laravel_test_artisan(['kafka:consume', ...$options], ['KAFKA_BROKERS' => '127.0.0.1:1']);
    echo 'kafka:consume ', implode(' ', $options), ": exit $status: ", trim($stderr), "\n";
}
?>
--EXPECTF--
send without topic: LogicException: The message has no topic: use Kafka::publishOn($topic) or ->onTopic($topic) before send()
empty topic: InvalidArgumentException: onTopic() needs a topic name, got an empty string
withBodyKey on a string body: LogicException: withBodyKey('a') needs an array body, but the body is string: set it with withBody([...]) or withMessage([...])
withMessage array on a string body: LogicException: withMessage([...]) merges into an array body, but the body is string
consumer without topic: LogicException: The consumer has no topic: Kafka::createConsumer(['topic']) or ->subscribe('topic')
consumer without handler: LogicException: The consumer has no handler: ->withHandler(function ($message) { ... })
handler class missing: InvalidArgumentException: withHandler(): App\Kafka\NoSuchHandler is neither callable nor a class name
handler object not invokable: InvalidArgumentException: withHandler(): stdClass is not invokable (it has no __invoke method)
handler class not invokable: InvalidArgumentException: The handler class stdClass is not invokable (it has no __invoke method)
empty group id: InvalidArgumentException: withConsumerGroupId() needs a group id, got an empty string
max messages 0: InvalidArgumentException: withMaxMessages() needs a positive count, got 0
max time negative: InvalidArgumentException: withMaxTime() needs a positive number of seconds, got -1
topic not a string: InvalidArgumentException: Topic names must be non-empty strings, got array
unknown librdkafka option: Kafka\ConfigException: %s
sasl without password: InvalidArgumentException: withSasl() needs a password
kafka:consume : exit 1: --topics is required: --topics=orders or --topics=orders,payments
kafka:consume --topics=t --commit=sometimes: exit 1: --commit must be auto or manual, got sometimes
kafka:consume --topics=t --max-messages=many: exit 1: --max-messages must be a whole number, got many
kafka:consume --topics=t --handler=App\Kafka\NoSuchHandler: exit 1: withHandler(): App\Kafka\NoSuchHandler is neither callable nor a class name
