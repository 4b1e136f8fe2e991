--TEST--
stopConsuming() called by a handler (through its second argument) ends consume() once that message is finished; onStopConsuming() callbacks run; the remaining messages are left
--FILE--
<?php
require __DIR__ . '/lib/laravel_test.php';
use Kafka\Laravel\Contracts\MessageConsumer;
use Kafka\Laravel\Facades\Kafka;
use Kafka\Laravel\Message\ConsumedMessage;

laravel_test_boot();
Kafka::fake();
Kafka::shouldReceiveMessages(array_map(fn ($id) => new ConsumedMessage(topicName: 'tasks', body: ['id' => $id], offset: $id), [1, 2, 3, 4]));
$consumer = Kafka::consumer(['tasks'])
    ->withHandler(function (ConsumedMessage $message, MessageConsumer $consumer) {
        echo "handling ", $message->getBody()['id'], "\n";
        if ($message->getBody()['id'] === 2) {
            $consumer->stopConsuming();
            echo "asked to stop, finishing 2\n";
        }
    })
    ->build()
    ->onStopConsuming(function ($consumer) {
        echo "stopped: ", $consumer->stopReason(), " after ", $consumer->consumedMessagesCount(), "\n";
    });
$consumer->consume();
$left = [];
Kafka::consumer(['tasks'])->withHandler(function (ConsumedMessage $message) use (&$left) {
    $left[] = $message->getBody()['id'];
})->build()->consume();
echo "left for the next consumer: ", implode(',', $left), "\n";
?>
--EXPECT--
handling 1
handling 2
asked to stop, finishing 2
stopped: stopped after 2
left for the next consumer: 3,4
