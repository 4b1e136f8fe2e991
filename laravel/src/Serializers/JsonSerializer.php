<?php

declare(strict_types=1);

namespace Kafka\Laravel\Serializers;

use Kafka\Laravel\Contracts\Serializer;
use Kafka\Laravel\Exceptions\SerializationException;
use Kafka\Laravel\Message\Message;

/** The default: the body as JSON (a null body is a tombstone: no payload at all). */
class JsonSerializer implements Serializer
{
    public function __construct(
        private int $flags = JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_PRESERVE_ZERO_FRACTION,
    ) {
    }

    public function serialize(Message $message): ?string
    {
        $body = $message->getBody();
        if ($body === null) {
            return null;
        }
        try {
            return json_encode($body, $this->flags | JSON_THROW_ON_ERROR);
        } catch (\JsonException $e) {
            throw new SerializationException(sprintf(
                'The body of the message for topic %s cannot be encoded as JSON: %s',
                $message->getTopicName() ?? '(none)',
                $e->getMessage()
            ), 0, $e);
        }
    }
}
