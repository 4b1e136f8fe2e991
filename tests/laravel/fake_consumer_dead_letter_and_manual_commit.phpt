--TEST--
Kafka::fake() consumers follow the real rules: a failing handler's message goes to the dead-letter topic (assertPublishedOn sees it with its dlq-* headers), manual commit commits after each handler, and maxMessages stops early
--FILE--
<?php
require __DIR__ . '/lib/laravel_test.php';
use Kafka\Laravel\Facades\Kafka;
use Kafka\Laravel\Message\ConsumedMessage;
use Kafka\Laravel\Message\Message;

laravel_test_boot();
$fake = Kafka::fake();
Kafka::shouldReceiveMessages(array_map(fn ($id) => new ConsumedMessage(topicName: 'payments', partition: 0, body: ['id' => $id], key: "p$id", offset: $id - 1), [1, 2, 3, 4]));
$consumer = Kafka::createConsumer(['payments'])
    ->withConsumerGroupId('ledger')
    ->withManualCommit()
    ->withDlq()
    ->withMaxMessages(3)
    ->withHandler(function (ConsumedMessage $message) {
        if ($message->getBody()['id'] === 2) {
            throw new RuntimeException('card declined');
        }
    })
    ->build();
$consumer->consume();
echo "handled ", $consumer->consumedMessagesCount(), ", stopped: ", $consumer->stopReason(), "\n";
echo "commits: ", implode(',', array_map(fn ($m) => $m->getOffset(), $fake->commits())), "\n";
Kafka::assertPublishedOnTimes('payments-dlq', 1);
Kafka::assertPublishedOn('payments-dlq', null, fn (Message $m) => $m->getKey() === 'p2'
    && $m->getBody() === ['id' => 2]
    && $m->getHeaders()['dlq-error-class'] === 'RuntimeException'
    && $m->getHeaders()['dlq-error-message'] === 'card declined'
    && $m->getHeaders()['dlq-original-offset'] === '1');
echo "dead letter published as expected\n";
?>
--EXPECT--
handled 3, stopped: max_messages
commits: 0,1,2
dead letter published as expected
