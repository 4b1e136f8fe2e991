<?php

declare(strict_types=1);

namespace Kafka\Laravel\Serializers;

use Kafka\Laravel\Contracts\Serializer;
use Kafka\Laravel\Exceptions\SerializationException;
use Kafka\Laravel\Message\Message;

/** The body is the payload as it is: a string (or null for a tombstone). */
class RawSerializer implements Serializer
{
    public function serialize(Message $message): ?string
    {
        $body = $message->getBody();
        if ($body === null || is_string($body)) {
            return $body;
        }
        if ($body instanceof \Stringable) {
            return (string) $body;
        }
        throw new SerializationException(sprintf(
            'RawSerializer sends strings only; the body of the message for topic %s is %s',
            $message->getTopicName() ?? '(none)',
            get_debug_type($body)
        ));
    }
}
