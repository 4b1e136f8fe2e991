<?php

declare(strict_types=1);

namespace Kafka\Laravel\Producers;

use Kafka\Laravel\Exceptions\FlushException;

/**
 * One Kafka\Producer per configuration per process, reused by every send (a producer per message
 * would pay a connection, a metadata request and a flush each time). Under PHP-FPM, and when the
 * extension offers Kafka\Producer::persistent(), the producer also outlives the request.
 */
class ProducerRegistry
{
    /** @var array<string, \Kafka\Producer> */
    private array $producers = [];
    private int $pid;

    /**
     * @param class-string<\Kafka\Producer> $class
     * @param bool|null $persistent null: only under PHP-FPM
     */
    public function __construct(
        private string $class = \Kafka\Producer::class,
        private ?bool $persistent = null,
        private string $sapi = PHP_SAPI,
    ) {
        if (!is_a($class, \Kafka\Producer::class, true)) {
            throw new \InvalidArgumentException("The producer class $class is not a Kafka\\Producer");
        }
        $this->pid = getmypid();
    }

    /** The producer for this configuration, created on first use. */
    public function get(array $config): \Kafka\Producer
    {
        $this->forgetAfterFork();
        ksort($config);
        $key = self::keyOf($config);
        return $this->producers[$key] ??= $this->create($key, $config);
    }

    /** Whether producers are kept across requests (Kafka\Producer::persistent()). */
    public function usesPersistent(): bool
    {
        return ($this->persistent ?? $this->sapi === 'fpm-fcgi') && method_exists($this->class, 'persistent');
    }

    /**
     * Waits for every queued message of every producer. A producer's DeliveryException (some
     * failed) or TimeoutException (the time ran out) is thrown once all were flushed; if several
     * producers failed, a FlushException holds each one's.
     */
    public function flush(int $timeoutMs): void
    {
        $this->forgetAfterFork();
        $failures = [];
        foreach ($this->producers as $producer) {
            try {
                $producer->flush($timeoutMs);
            } catch (\Kafka\Exception $e) {
                $failures[] = $e;
            }
        }
        if (count($failures) === 1) {
            throw $failures[0];
        }
        if ($failures !== []) {
            throw new FlushException($failures);
        }
    }

    /** How many producers this process holds. */
    public function count(): int
    {
        return count($this->producers);
    }

    /** @return list<\Kafka\Producer> */
    public function all(): array
    {
        return array_values($this->producers);
    }

    private function create(string $key, array $config): \Kafka\Producer
    {
        $class = $this->class;
        if ($this->usesPersistent()) {
            return $class::persistent('laravel-' . $key, $config);
        }
        return new $class($config);
    }

    /** A producer created before fork() cannot be used in the child: the child makes its own. */
    private function forgetAfterFork(): void
    {
        $pid = getmypid();
        if ($pid !== $this->pid) {
            $this->producers = [];
            $this->pid = $pid;
        }
    }

    private static function keyOf(array $config): string
    {
        return substr(hash('sha256', serialize($config)), 0, 16);
    }

    /** var_dump()/dd() never show passwords or secrets. */
    public function __debugInfo(): array
    {
        return \Kafka\Laravel\Support\Redact::secrets((array) $this);
    }
}
