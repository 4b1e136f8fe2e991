<?php

namespace Tests\Feature;

use App\Services\KafkaLogger;
use Illuminate\Support\Facades\Artisan;
use Kafka\Laravel\Facades\Kafka;
use Kafka\Laravel\Message\ConsumedMessage;
use Kafka\Laravel\Message\Message;
use PHPUnit\Framework\ExpectationFailedException;
use Tests\TestCase;

/** How an application tests its Kafka code with the package's fakes. */
class KafkaFakeTest extends TestCase
{
    public function testTheUserCreatedRoutePublishesTwoUserEvents(): void
    {
        Kafka::fake();

        $this->get('/users/7/created')->assertOk()->assertSee('published');

        Kafka::assertPublishedOnTimes('user-events', 2);
        Kafka::assertPublishedOn('user-events', new Message(
            headers: ['version' => '1.0'],
            body: ['user_id' => 7, 'event' => 'user_created', 'email' => 'user@example.com']
        ));
        Kafka::assertPublishedOn('app-metrics', null, fn (Message $m) => $m->getBody()['value'] === 150);
    }

    public function testTheLoggerPublishesNothingUntilUsed(): void
    {
        Kafka::fake();
        Kafka::assertNothingPublished();

        (new KafkaLogger())->error('Database connection failed', ['host' => 'db.example.com']);

        Kafka::assertPublishedTimes(1);
        Kafka::assertPublished(null, fn (Message $m) => $m->getBody()['level'] === 'error');
    }

    public function testAFailedAssertionFailsTheTestWithWhatWasPublished(): void
    {
        Kafka::fake();
        Kafka::publishOn('user-events')->withMessage(['user_id' => 1])->send();

        $this->expectException(ExpectationFailedException::class);
        $this->expectExceptionMessage('Expected a message to be published on topic order-events, but 1 message(s) were published');
        Kafka::assertPublishedOn('order-events');
    }

    public function testTheHandbookConsumerCommandHandlesTheGivenMessages(): void
    {
        Kafka::fake();
        Kafka::shouldReceiveMessages([
            new ConsumedMessage(topicName: 'user-events', body: ['event' => 'user_created', 'user_id' => 1]),
        ]);

        $this->assertSame(0, Artisan::call('kafka:consume'));
        $this->assertSame("Processing: {\"event\":\"user_created\",\"user_id\":1}\n", Artisan::output());
    }
}
