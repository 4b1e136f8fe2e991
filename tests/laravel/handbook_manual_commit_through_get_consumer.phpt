--TEST--
The handbook's manual commit (withAutoCommit(false) and $message->getConsumer()->commit($message) in the handler): each message committed once, by the handler, not again by the consumer; a new member of the group starts after them
--FILE--
<?php
require __DIR__ . '/lib/laravel_test.php';
use Kafka\Laravel\Facades\Kafka;
use Kafka\Laravel\Message\ConsumedMessage;

$cluster = new \Kafka\MockCluster();
$cluster->createTopic('application-logs', 2);
laravel_test_boot(['KAFKA_BROKERS' => $cluster->bootstrapServers()]);
foreach (['info', 'error', 'warning', 'info'] as $i => $level) {
    Kafka::publishOn('application-logs')->withKafkaKey("log-$i")->withMessage(['level' => $level, 'message' => "line $i"])->send();
}
Kafka::flush();

$stored = [];
$handler = function ($message) use (&$stored) {
    $logData = $message->getBody();
    $stored[] = $logData['message'];
    // Manual commit после успешной обработки (the handbook's line)
    $message->getConsumer()->commit($message);
};

$consumer = Kafka::createConsumer(['application-logs'])
    ->withConsumerGroupId('log-processors')
    ->withAutoCommit(false)  // Manual commit
    ->withHandler($handler)
    ->stopAfterLastMessage()
    ->build();
$consumer->consume();
sort($stored);
echo implode(', ', $stored), "\n";
$committed = laravel_test_committed($cluster->bootstrapServers(), 'log-processors', 'application-logs', 2);
echo "committed offsets sum: ", array_sum($committed), "\n";

// The same handler on the fake: one commit per message, all made by the handler.
Kafka::fake();
Kafka::shouldReceiveMessages([new ConsumedMessage(topicName: 'application-logs', body: ['message' => 'a'], offset: 0),
    new ConsumedMessage(topicName: 'application-logs', body: ['message' => 'b'], offset: 1)]);
Kafka::createConsumer(['application-logs'])->withAutoCommit(false)->withHandler($handler)->build()->consume();
echo "commits on the fake: ", count(Kafka::getFacadeRoot()->commits()), "\n";
?>
--EXPECT--
line 0, line 1, line 2, line 3
committed offsets sum: 4
commits on the fake: 2
