<?php
/*
 * A Laravel-style facade (the shape of junges/laravel-kafka that the seed uses), in plain PHP over
 * the public API of ext-kafka. Not a Laravel package: it shows that the extension carries that
 * style without a wrapper library, and it is what tests/…/laravel_style_*.phpt drive.
 */
declare(strict_types=1);

namespace LaravelStyle;

final class Kafka
{
    /** @var array<string, string|int|float|bool> librdkafka settings shared by producers and consumers */
    private static array $config = ['bootstrap.servers' => 'localhost:9092'];
    private static ?\Kafka\Producer $producer = null;

    /** Like config/kafka.php: the brokers and any librdkafka settings. Resets the shared producer. */
    public static function configure(array $config): void
    {
        self::$config = $config + self::$config;
        self::$producer = null;
    }

    public static function config(): array
    {
        return self::$config;
    }

    /**
     * One producer per process, kept across messages (and across requests of a long-running
     * worker): no flush per message; the extension flushes at shutdown and reports failures.
     */
    public static function producer(): \Kafka\Producer
    {
        return self::$producer ??= new \Kafka\Producer(self::$config);
    }

    public static function publishOn(string $topic): MessageBuilder
    {
        return new MessageBuilder(self::producer(), $topic);
    }

    /** @param list<string> $topics */
    public static function createConsumer(array $topics = []): ConsumerBuilder
    {
        return new ConsumerBuilder(self::$config, $topics);
    }
}
