<?php

declare(strict_types=1);

namespace Kafka\Laravel\Exceptions;

/** A consumed payload the deserializer cannot decode (thrown by getBody(), so withDlq() catches it). */
class DeserializationException extends \RuntimeException
{
    public static function forMessage(\Kafka\Message $message, string $reason, ?\Throwable $previous = null): self
    {
        return new self(sprintf(
            'Cannot decode the payload of the message at %s/%d offset %d: %s',
            $message->topic,
            $message->partition,
            $message->offset,
            $reason
        ), 0, $previous);
    }
}
