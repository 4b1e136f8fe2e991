<?php
declare(strict_types=1);

namespace LaravelStyle;

/**
 * The consume loop of a worker: handles each message, stops gracefully on SIGTERM/SIGINT/SIGQUIT
 * (the extension returns from consume() promptly after a signal; the handlers are this class's,
 * installed only while consume() runs, and the previous ones are put back afterwards).
 */
final class Consumer
{
    private const SIGNALS = [SIGTERM, SIGINT, SIGQUIT];

    private bool $running = false;
    private int $handled = 0;
    /** @var callable */
    private $handler;

    /** @param list<string> $topics */
    public function __construct(
        private readonly \Kafka\ConsumerGroup $group,
        private readonly array $topics,
        callable $handler,
        private readonly ?int $maxMessages,
        private readonly ?float $maxSeconds,
        private readonly bool $stopAfterLastMessage,
        private readonly ?string $deadLetterTopic,
    ) {
        $this->handler = $handler;
    }

    public function consume(): void
    {
        $previous = $this->installSignalHandlers();
        $this->group->subscribe($this->topics);
        $this->running = true;
        $deadline = $this->maxSeconds === null ? null : microtime(true) + $this->maxSeconds;
        try {
            while ($this->running) {
                $message = $this->group->consume(1000);
                if ($message !== null) {
                    $this->handle($message);
                } elseif ($this->stopAfterLastMessage && $this->readToEnd()) {
                    break;
                }
                if (($this->maxMessages !== null && $this->handled >= $this->maxMessages)
                        || ($deadline !== null && microtime(true) >= $deadline)) {
                    break;
                }
            }
        } finally {
            $this->running = false;
            $this->group->close();   // commits what was handled (auto commit) and leaves the group
            $this->restoreSignalHandlers($previous);
        }
    }

    /** Asks the loop to stop after the current message (also what the signal handlers do). */
    public function stop(): void
    {
        $this->running = false;
    }

    /**
     * Manual commit from a handler (withAutoCommit(false)). Returns false when the broker refused
     * it for a transient reason (a rebalance in progress): the message is then committed by a
     * later commit of its partition, or handled again by the partition's next owner (at least once).
     */
    public function commit(ConsumedMessage $message): bool
    {
        try {
            $this->group->commit($message->message);
            return true;
        } catch (\Kafka\Exception $e) {
            if (!$e->isRetriable()) {
                throw $e;
            }
            return false;
        }
    }

    public function handledCount(): int
    {
        return $this->handled;
    }

    private function handle(\Kafka\Message $message): void
    {
        $consumed = new ConsumedMessage($message, $this);
        try {
            ($this->handler)($consumed, $this);
        } catch (\Throwable $error) {
            if ($this->deadLetterTopic === null) {
                throw $error;
            }
            $headers = $message->headers + [
                'dlq-original-topic' => $message->topic,
                'dlq-original-partition' => $message->partition,
                'dlq-original-offset' => $message->offset,
                'dlq-error' => $error::class . ': ' . $error->getMessage(),
            ];
            Kafka::producer()->sendAndWait($this->deadLetterTopic, $message->payload, $message->key, $headers);
        }
        $this->handled++;
    }

    /** True once every assigned partition's position has reached its end offset. */
    private function readToEnd(): bool
    {
        $lag = $this->group->lag();
        if ($lag === []) {
            return false;
        }
        foreach ($lag as $partition) {
            if ($partition['lag'] > 0) {
                return false;
            }
        }
        return true;
    }

    /** @return array<int, mixed> the handlers that were installed before */
    private function installSignalHandlers(): array
    {
        if (!function_exists('pcntl_signal')) {
            return [];
        }
        pcntl_async_signals(true);
        $previous = [];
        foreach (self::SIGNALS as $signal) {
            $previous[$signal] = pcntl_signal_get_handler($signal);
            pcntl_signal($signal, function () {
                $this->stop();
            });
        }
        return $previous;
    }

    private function restoreSignalHandlers(array $previous): void
    {
        foreach ($previous as $signal => $handler) {
            pcntl_signal($signal, $handler);
        }
    }
}
