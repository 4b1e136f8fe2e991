<?php

declare(strict_types=1);

namespace Kafka\Laravel\Facades;

use Illuminate\Support\Facades\Facade;
use Kafka\Laravel\KafkaManager;
use Kafka\Laravel\Testing\KafkaFake;

/**
 * @method static \Kafka\Laravel\Producers\MessageBuilder publish(?string $brokers = null)
 * @method static \Kafka\Laravel\Producers\MessageBuilder asyncPublish(?string $brokers = null)
 * @method static \Kafka\Laravel\Producers\MessageBuilder publishOn(string $topic, ?string $brokers = null)
 * @method static \Kafka\Laravel\Consumers\ConsumerBuilder createConsumer(string|array $topics = [], ?string $groupId = null, ?string $brokers = null)
 * @method static \Kafka\Laravel\Consumers\ConsumerBuilder consumer(string|array $topics = [], ?string $groupId = null, ?string $brokers = null)
 * @method static \Kafka\Producer producer(array $options = [], ?string $brokers = null)
 * @method static \Kafka\Laravel\Producers\ProducerRegistry producers()
 * @method static void flush(?int $timeoutMs = null)
 * @method static void shouldReceiveMessages(array $messages)
 * @method static array published()
 * @method static void assertPublished(?\Kafka\Laravel\Message\Message $expected = null, ?callable $callback = null)
 * @method static void assertPublishedOn(string $topic, ?\Kafka\Laravel\Message\Message $expected = null, ?callable $callback = null)
 * @method static void assertPublishedTimes(int $times = 1, ?\Kafka\Laravel\Message\Message $expected = null, ?callable $callback = null)
 * @method static void assertPublishedOnTimes(string $topic, int $times = 1, ?\Kafka\Laravel\Message\Message $expected = null, ?callable $callback = null)
 * @method static void assertNothingPublished()
 *
 * @see \Kafka\Laravel\KafkaManager
 * @see \Kafka\Laravel\Testing\KafkaFake
 */
class Kafka extends Facade
{
    /** Replaces Kafka with a fake for the rest of the test: nothing reaches a cluster. */
    public static function fake(): KafkaFake
    {
        $app = static::$app;
        $config = $app !== null && $app->bound('config') ? (array) $app['config']->get('kafka', []) : [];
        $fake = new KafkaFake($config, static::$app);
        static::swap($fake);
        return $fake;
    }

    protected static function getFacadeAccessor(): string
    {
        return KafkaManager::class;
    }
}
