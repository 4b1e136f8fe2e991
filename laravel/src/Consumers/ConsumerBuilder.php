<?php

declare(strict_types=1);

namespace Kafka\Laravel\Consumers;

use Kafka\Laravel\Config\Sasl;
use Kafka\Laravel\Contracts\Deserializer;
use Kafka\Laravel\KafkaManager;

/**
 * Kafka::createConsumer(['user-events'])->withConsumerGroupId('email-service')->withHandler(...)->build()->consume()
 */
class ConsumerBuilder
{
    /** @var list<string> */
    private array $topics = [];
    /** @var callable|string|object|null */
    private mixed $handler = null;
    private ?bool $autoCommit = null;
    private ?int $maxMessages = null;
    private ?float $maxSeconds = null;
    private bool $stopAfterLastMessage = false;
    private ?string $dlq = null;
    private ?int $memoryLimitMb = null;
    private array $options = [];
    private ?Deserializer $deserializer = null;
    private ?\Closure $onAssign = null;
    private ?\Closure $onRevoke = null;

    /** @param list<string> $topics */
    public function __construct(
        private KafkaManager $kafka,
        array $topics = [],
        private ?string $groupId = null,
        private ?string $brokers = null,
    ) {
        $this->subscribe($topics);
    }

    /** Adds topics (a name starting with ^ is a regular expression). */
    public function subscribe(string|array ...$topics): static
    {
        foreach ($topics as $topic) {
            foreach ((array) $topic as $name) {
                if (!is_string($name) || $name === '') {
                    $got = is_string($name) ? 'an empty string' : get_debug_type($name);
                    throw new \InvalidArgumentException('Topic names must be non-empty strings, got ' . $got);
                }
                if (!in_array($name, $this->topics, true)) {
                    $this->topics[] = $name;
                }
            }
        }
        return $this;
    }

    public function withBrokers(string $brokers): static
    {
        $this->brokers = $brokers;
        return $this;
    }

    public function withConsumerGroupId(string $groupId): static
    {
        if ($groupId === '') {
            throw new \InvalidArgumentException('withConsumerGroupId() needs a group id, got an empty string');
        }
        $this->groupId = $groupId;
        return $this;
    }

    /**
     * A closure, an invokable object, or the class name of one (made by Laravel's container).
     * It is called with (ConsumedMessage $message, Consumer $consumer).
     */
    public function withHandler(callable|string|object $handler): static
    {
        if (is_string($handler) && !is_callable($handler) && !class_exists($handler)) {
            throw new \InvalidArgumentException("withHandler(): $handler is neither callable nor a class name");
        }
        if (is_object($handler) && !is_callable($handler)) {
            throw new \InvalidArgumentException(
                'withHandler(): ' . $handler::class . ' is not invokable (it has no __invoke method)'
            );
        }
        $this->handler = $handler;
        return $this;
    }

    /**
     * true (the default, from config kafka.auto_commit): at-least-once auto commit.
     * false: each message is committed synchronously after its handler returned (the handler may
     * also commit itself: $message->getConsumer()->commit($message)).
     */
    public function withAutoCommit(bool $autoCommit = true): static
    {
        $this->autoCommit = $autoCommit;
        return $this;
    }

    public function withManualCommit(): static
    {
        return $this->withAutoCommit(false);
    }

    public function withMaxMessages(int $maxMessages): static
    {
        if ($maxMessages < 1) {
            throw new \InvalidArgumentException("withMaxMessages() needs a positive count, got $maxMessages");
        }
        $this->maxMessages = $maxMessages;
        return $this;
    }

    /** Stops after this many seconds (the current message is finished first). */
    public function withMaxTime(int|float $seconds): static
    {
        if ($seconds <= 0) {
            throw new \InvalidArgumentException("withMaxTime() needs a positive number of seconds, got $seconds");
        }
        $this->maxSeconds = (float) $seconds;
        return $this;
    }

    /** Stops once the partitions it holds are read up to the end they had when they were assigned. */
    public function stopAfterLastMessage(bool $stop = true): static
    {
        $this->stopAfterLastMessage = $stop;
        return $this;
    }

    /** A message whose handler throws is republished to $topic (default: "<its topic>-dlq") with dlq-* headers. */
    public function withDlq(?string $topic = null): static
    {
        if ($topic !== null && $topic === '') {
            throw new \InvalidArgumentException(
                'withDlq() needs a topic name or null for "<topic>-dlq", got an empty string'
            );
        }
        $this->dlq = $topic ?? '';
        return $this;
    }

    /** Stops when the process uses this many megabytes (memory_get_usage(true)), like queue:work --memory. */
    public function withMemoryLimit(int $megabytes): static
    {
        if ($megabytes < 1) {
            throw new \InvalidArgumentException(
                "withMemoryLimit() needs a positive number of megabytes, got $megabytes"
            );
        }
        $this->memoryLimitMb = $megabytes;
        return $this;
    }

    public function withSasl(
        Sasl|string $usernameOrSasl,
        #[\SensitiveParameter] ?string $password = null,
        string $mechanisms = 'PLAIN',
        string $securityProtocol = 'SASL_PLAINTEXT',
    ): static {
        $sasl = $usernameOrSasl instanceof Sasl ? $usernameOrSasl : new Sasl(
            $usernameOrSasl,
            $password ?? throw new \InvalidArgumentException('withSasl() needs a password'),
            $mechanisms,
            $securityProtocol
        );
        return $this->withOptions($sasl->toOptions());
    }

    public function withSecurityProtocol(string $protocol): static
    {
        return $this->withOption('security.protocol', $protocol);
    }

    /** librdkafka consumer properties (auto.offset.reset, session.timeout.ms, ...). */
    public function withOptions(array $options): static
    {
        foreach ($options as $name => $value) {
            $this->withOption((string) $name, $value);
        }
        return $this;
    }

    public function withOption(string $name, mixed $value): static
    {
        $this->options[$name] = $value;
        return $this;
    }

    public function usingDeserializer(Deserializer $deserializer): static
    {
        $this->deserializer = $deserializer;
        return $this;
    }

    /** @param callable(list<\Kafka\TopicPartition>): void $callback after the group assigned partitions */
    public function onAssign(callable $callback): static
    {
        $this->onAssign = \Closure::fromCallable($callback);
        return $this;
    }

    /** @param callable(list<\Kafka\TopicPartition>): void $callback before partitions are taken away */
    public function onRevoke(callable $callback): static
    {
        $this->onRevoke = \Closure::fromCallable($callback);
        return $this;
    }

    public function build(): Consumer
    {
        if ($this->topics === []) {
            throw new \LogicException(
                'The consumer has no topic: Kafka::createConsumer([\'topic\']) or ->subscribe(\'topic\')'
            );
        }
        if ($this->handler === null) {
            throw new \LogicException('The consumer has no handler: ->withHandler(function ($message) { ... })');
        }
        $handler = $this->handler;
        if (is_string($handler) && !is_callable($handler)) {
            $handler = $this->kafka->resolveHandler($handler);
            if (!is_callable($handler)) {
                throw new \InvalidArgumentException(
                    'The handler class ' . $handler::class . ' is not invokable (it has no __invoke method)'
                );
            }
        }
        $groupId = $this->groupId ?? (string) $this->kafka->config('consumer_group_id', '');
        if ($groupId === '') {
            throw new \LogicException(
                'The consumer has no group: ->withConsumerGroupId(\'name\') or KAFKA_CONSUMER_GROUP_ID'
            );
        }
        $autoCommit = $this->autoCommit
            ?? (bool) filter_var($this->kafka->config('auto_commit', true), FILTER_VALIDATE_BOOL);
        $config = $this->kafka->clientConfig('consumer', [], $this->brokers);
        $config['auto.offset.reset'] ??= (string) $this->kafka->config('offset_reset', 'earliest');
        $config = array_merge($config, $this->options);
        $config['group.id'] = $groupId;
        $config['enable.auto.commit'] = $autoCommit;

        return new Consumer(
            $this->kafka,
            $this->kafka->makeSource($config, $this->stopAfterLastMessage),
            $this->topics,
            $handler,
            $this->deserializer ?? $this->kafka->defaultDeserializer(),
            $autoCommit,
            $this->maxMessages,
            $this->maxSeconds,
            $this->stopAfterLastMessage,
            $this->dlq,
            $this->memoryLimitMb,
            $this->onAssign,
            $this->onRevoke,
            $this->producerOptions($config),
        );
    }

    /** The dead-letter producer talks to the same cluster with the same security settings. */
    private function producerOptions(array $consumerConfig): array
    {
        $shared = ['bootstrap.servers', 'security.protocol', 'sasl.mechanisms', 'sasl.username', 'sasl.password'];
        return array_intersect_key($consumerConfig, array_flip($shared));
    }

    /** var_dump()/dd() never show passwords or secrets. */
    public function __debugInfo(): array
    {
        return \Kafka\Laravel\Support\Redact::secrets((array) $this);
    }
}
