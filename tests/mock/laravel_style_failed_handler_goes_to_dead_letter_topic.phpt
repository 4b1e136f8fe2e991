--TEST--
Laravel-style facade: a message whose handler throws is re-published to the dead-letter topic with error headers; the others are handled
--FILE--
<?php
require __DIR__ . '/../lib/kafka_test.php';
require __DIR__ . '/../../examples/laravel-style/autoload.php';
use LaravelStyle\{Kafka, ConsumedMessage};

$cluster = new \Kafka\MockCluster();
$cluster->createTopic('orders', 1);
$cluster->createTopic('orders-dlq', 1);
Kafka::configure(['bootstrap.servers' => $cluster->bootstrapServers()]);
foreach (['ok-1', 'poison', 'ok-2'] as $name) {
    Kafka::publishOn('orders')->withKafkaKey($name)->withMessage(['name' => $name])->send();
}
Kafka::producer()->flush();
$handled = [];
$consumer = Kafka::createConsumer(['orders'])
    ->withConsumerGroupId('order-processor')
    ->withDlq()
    ->withMaxMessages(3)
    ->withHandler(function (ConsumedMessage $message) use (&$handled) {
        $name = $message->getBody()['name'];
        if ($name === 'poison') {
            throw new DomainException("cannot process $name");
        }
        $handled[] = $name;
    })
    ->build();
$consumer->consume();
echo implode(',', $handled), "\n";
print_r(kafka_test_kcat_read($cluster->bootstrapServers(), 'orders-dlq', "%k %s %h\n"));
?>
--EXPECTF--
ok-1,ok-2
Array
(
    [0] => poison {"name":"poison"} dlq-original-topic=orders,dlq-original-partition=0,dlq-original-offset=1,dlq-error=DomainException: cannot process poison
)
