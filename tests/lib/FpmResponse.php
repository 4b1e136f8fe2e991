<?php

/*
 * A response of php-fpm to one request of tests/lib/FpmServer.php.
 */

declare(strict_types=1);

namespace KafkaTests;

final class FpmResponse
{
    /** @param array<string, string> $headers lower-cased names */
    public function __construct(
        public readonly int $status,
        public readonly array $headers,
        public readonly string $body,
        public readonly float $seconds,
    ) {
    }

    /** The body, or an exception naming the status and the body when the script did not answer 200. */
    public function ok(): string
    {
        if ($this->status !== 200) {
            throw new \RuntimeException("FPM answered {$this->status}: {$this->body}");
        }
        return $this->body;
    }
}
