--TEST--
Kafka::fake() and assertPublishedTimes() / assertPublishedOnTimes(): count all messages, or those matching a message, a topic or a callback
--FILE--
<?php
require __DIR__ . '/lib/laravel_test.php';
use Kafka\Laravel\Facades\Kafka;
use Kafka\Laravel\Message\Message;

laravel_test_boot();
Kafka::fake();
foreach (['info', 'error', 'info'] as $level) {
    Kafka::publishOn('application-logs')->withMessage(['level' => $level])->send();
}
Kafka::publishOn('app-metrics')->withMessage(['metric' => 'api.response_time'])->send();

Kafka::assertPublishedTimes(4);
Kafka::assertPublishedTimes(2, new Message(body: ['level' => 'info']));
Kafka::assertPublishedOnTimes('application-logs', 3);
Kafka::assertPublishedOnTimes('application-logs', 1, null, fn (Message $m) => $m->getBody()['level'] === 'error');
echo "passing assertions passed\n";
foreach ([fn () => Kafka::assertPublishedTimes(3), fn () => Kafka::assertPublishedOnTimes('app-metrics', 2)] as $failing) {
    try {
        $failing();
        echo "NOT FAILED\n";
    } catch (AssertionError $e) {
        echo $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
passing assertions passed
Expected 3 message(s) to be published, but 4 matched
Expected 2 message(s) to be published on topic app-metrics, but 1 matched
