<?php

declare(strict_types=1);

namespace Kafka\Laravel\Exceptions;

/**
 * Flushing several producers failed in more than one: each one's exception (DeliveryException,
 * TimeoutException) is in exceptions(); the first is also the previous exception.
 */
class FlushException extends \Kafka\Exception
{
    /** @param non-empty-list<\Kafka\Exception> $exceptions */
    public function __construct(private array $exceptions)
    {
        $messages = array_map(fn (\Kafka\Exception $e) => $e::class . ': ' . $e->getMessage(), $exceptions);
        parent::__construct(
            count($exceptions) . ' producers could not deliver everything: ' . implode('; ', $messages),
            $exceptions[0]->getCode(),
            $exceptions[0]
        );
    }

    /** @return non-empty-list<\Kafka\Exception> */
    public function exceptions(): array
    {
        return $this->exceptions;
    }
}
