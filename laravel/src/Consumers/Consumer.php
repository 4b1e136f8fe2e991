<?php

declare(strict_types=1);

namespace Kafka\Laravel\Consumers;

use Kafka\Laravel\Contracts\ConsumerMessage;
use Kafka\Laravel\Contracts\Deserializer;
use Kafka\Laravel\Contracts\MessageConsumer;
use Kafka\Laravel\KafkaManager;
use Kafka\Laravel\Message\ConsumedMessage;
use Kafka\Laravel\Message\Message;
use Kafka\Laravel\Serializers\RawSerializer;

/**
 * A built consumer: consume() runs the loop until a limit is reached, stopConsuming() is called,
 * or the process gets SIGTERM, SIGINT or SIGQUIT.
 *
 * - At least once: a message counts as done only after its handler returned (auto commit: the
 *   extension then stores its offset and commits it in the background and when the consumer
 *   leaves; manual commit: this class commits it synchronously right after the handler).
 * - A handler that throws: with withDlq() the message is republished to the dead-letter topic
 *   (original payload, key and headers plus dlq-* headers), acknowledged, then counted as done;
 *   without it the message is put back (not committed) and the exception leaves consume().
 * - Signals: handlers are installed only while consume() runs (the previous ones are put back
 *   afterwards) with pcntl_async_signals(true); the extension's consume() returns within about
 *   100 ms of a signal. The current message is finished and committed, then the consumer leaves
 *   its group.
 */
class Consumer implements MessageConsumer
{
    public const STOPPED = 'stopped';
    public const SIGNAL = 'signal';
    public const MAX_MESSAGES = 'max_messages';
    public const MAX_TIME = 'max_time';
    public const LAST_MESSAGE = 'last_message';
    public const MEMORY = 'memory';
    public const DRAINED = 'drained';

    private const SIGNALS = ['SIGTERM', 'SIGINT', 'SIGQUIT'];
    private const POLL_MS = 1000;

    /** @var callable */
    private $handler;
    private bool $running = false;
    private bool $consuming = false;
    private int $consumed = 0;
    private ?string $stopReason = null;
    private ?string $signal = null;
    /** @var array<string, int> "topic/partition" => next offset committed by the handler itself */
    private array $committed = [];
    /** @var list<callable> */
    private array $onStop = [];

    /**
     * @param list<string> $topics
     * @param string|null $dlq null: no dead-letter topic; '': "<topic>-dlq"; else that topic
     */
    public function __construct(
        private KafkaManager $kafka,
        private Source $source,
        private array $topics,
        callable $handler,
        private Deserializer $deserializer,
        private bool $autoCommit = true,
        private ?int $maxMessages = null,
        private ?float $maxSeconds = null,
        private bool $stopAfterLastMessage = false,
        private ?string $dlq = null,
        private ?int $memoryLimitMb = null,
        private ?\Closure $onAssign = null,
        private ?\Closure $onRevoke = null,
        private array $producerOptions = [],
    ) {
        $this->handler = $handler;
    }

    public function consume(): void
    {
        if ($this->consuming) {
            throw new \LogicException('This consumer is already consuming (consume() called from its own handler?)');
        }
        $this->consuming = true;
        $this->running = true;
        $this->stopReason = null;
        $this->signal = null;
        $started = microtime(true);
        $restore = $this->trapSignals();
        $failed = false;
        try {
            $this->source->subscribe($this->topics, $this->onAssign, $this->onRevoke);
            while ($this->running) {
                if ($this->limitReached($started)) {
                    break;
                }
                $timeout = self::POLL_MS;
                if ($this->maxSeconds !== null) {
                    $left = (int) ceil(($started + $this->maxSeconds - microtime(true)) * 1000);
                    $timeout = max(1, min($timeout, $left));
                }
                $next = $this->source->next($timeout);
                if ($next === null) {
                    if ($this->source->drained()) {
                        $this->stop(self::DRAINED);
                    } elseif ($this->stopAfterLastMessage && $this->running && $this->source->readToEnd(null)) {
                        $this->stop(self::LAST_MESSAGE);
                    }
                } else {
                    $message = $next instanceof ConsumedMessage ? $next->withConsumer($this)
                        : ConsumedMessage::fromKafka($next, $this->deserializer, $this);
                    $this->handle($message);
                    if ($this->stopAfterLastMessage && $this->running && $this->source->readToEnd($message)) {
                        $this->stop(self::LAST_MESSAGE);
                    }
                }
                // As queue:work: checked after each round, so a worker always gets some work done.
                if ($this->memoryLimitMb !== null && memory_get_usage(true) >= $this->memoryLimitMb * 1024 * 1024) {
                    $this->stop(self::MEMORY);
                }
            }
        } catch (\Throwable $e) {
            $failed = true;
            throw $e;
        } finally {
            $this->running = false;
            $this->consuming = false;
            try {
                $this->source->close();
            } catch (\Throwable $e) {
                if (!$failed) {
                    throw $e;
                }
            } finally {
                $restore();
                foreach ($this->onStop as $callback) {
                    $callback($this);
                }
            }
        }
    }

    /** Stops once the current message is finished (what SIGTERM does too). */
    public function stopConsuming(): void
    {
        $this->stop(self::STOPPED);
    }

    /** @param callable(Consumer): void $callback called when consume() returns */
    public function onStopConsuming(callable $callback): static
    {
        $this->onStop[] = $callback;
        return $this;
    }

    /**
     * Commits a message (its offset + 1), or everything handled so far (null). Returns false when
     * the broker refused it for a passing reason (a rebalance in progress): the partition's next
     * commit, or its next owner, covers the message.
     */
    public function commit(?ConsumerMessage $message = null): bool
    {
        if ($message !== null && !$message instanceof ConsumedMessage) {
            throw new \InvalidArgumentException(
                'commit() takes a message this consumer handed over, got ' . get_debug_type($message)
            );
        }
        try {
            $this->source->commit($message);
        } catch (\Kafka\Exception $e) {
            if (!$e->isRetriable()) {
                throw $e;
            }
            return false;
        }
        if ($message !== null) {
            $key = $message->getTopicName() . '/' . $message->getPartition();
            $this->committed[$key] = max($this->committed[$key] ?? 0, (int) $message->getOffset() + 1);
        }
        return true;
    }

    public function consumedMessagesCount(): int
    {
        return $this->consumed;
    }

    /** Why the last consume() returned (a class constant), or null while it runs or if it failed. */
    public function stopReason(): ?string
    {
        return $this->stopReason;
    }

    /** SIGTERM, SIGINT or SIGQUIT if a signal stopped the last consume(). */
    public function stopSignal(): ?string
    {
        return $this->signal;
    }

    private function handle(ConsumedMessage $message): void
    {
        $this->consumed++;
        try {
            ($this->handler)($message, $this);
        } catch (\Throwable $error) {
            if ($this->dlq === null) {
                $this->source->redeliver($message);
                throw $error;
            }
            try {
                $this->sendToDlq($message, $error);
            } catch (\Throwable $dlqError) {
                $this->source->redeliver($message);
                throw $dlqError;
            }
        }
        if (!$this->autoCommit) {
            $key = $message->getTopicName() . '/' . $message->getPartition();
            if (($this->committed[$key] ?? -1) <= (int) $message->getOffset()) {
                $this->commit($message);
            }
        }
    }

    private function sendToDlq(ConsumedMessage $message, \Throwable $error): void
    {
        $topic = $this->dlq === '' ? $message->getTopicName() . '-dlq' : $this->dlq;
        $headers = $message->getHeaders();
        $headers['dlq-original-topic'] = (string) $message->getTopicName();
        $headers['dlq-original-partition'] = (string) $message->getPartition();
        $headers['dlq-original-offset'] = (string) $message->getOffset();
        $headers['dlq-error-class'] = $error::class;
        $headers['dlq-error-message'] = mb_strcut($error->getMessage(), 0, 4096);
        $raw = $message->getKafkaMessage();
        $body = $raw !== null ? $raw->payload : $message->getBody();
        $copy = new Message($topic, null, $headers, $body, $message->getKey());
        // Waits for the acknowledgement: only then does the failed message count as done.
        $this->kafka->dispatch(
            $copy,
            $raw !== null ? new RawSerializer() : $this->kafka->defaultSerializer(),
            $this->producerOptions,
            null,
            true
        );
    }

    private function limitReached(float $started): bool
    {
        if ($this->maxMessages !== null && $this->consumed >= $this->maxMessages) {
            return $this->stop(self::MAX_MESSAGES);
        }
        if ($this->maxSeconds !== null && microtime(true) - $started >= $this->maxSeconds) {
            return $this->stop(self::MAX_TIME);
        }
        return false;
    }

    private function stop(string $reason): bool
    {
        if ($this->stopReason === null) {
            $this->stopReason = $reason;
        }
        $this->running = false;
        return true;
    }

    /** Installs the stop handlers; returns what puts the previous ones back. */
    private function trapSignals(): \Closure
    {
        if (!function_exists('pcntl_signal') || !in_array(PHP_SAPI, ['cli', 'phpdbg'], true)) {
            return static function (): void {
            };
        }
        $async = pcntl_async_signals(true);
        $previous = [];
        foreach (self::SIGNALS as $name) {
            $signal = constant($name);
            $previous[$signal] = pcntl_signal_get_handler($signal);
            pcntl_signal($signal, function () use ($name): void {
                $this->signal ??= $name;
                $this->stop(self::SIGNAL);
            });
        }
        return static function () use ($previous, $async): void {
            foreach ($previous as $signal => $handler) {
                pcntl_signal($signal, $handler);
            }
            pcntl_async_signals($async);
        };
    }

    /** var_dump()/dd() never show passwords or secrets. */
    public function __debugInfo(): array
    {
        return \Kafka\Laravel\Support\Redact::secrets((array) $this);
    }
}
