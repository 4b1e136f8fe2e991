<?php

declare(strict_types=1);

namespace Kafka\Laravel\Serializers;

use Kafka\Laravel\Contracts\Deserializer;
use Kafka\Laravel\Exceptions\DeserializationException;

/** The default: JSON objects become associative arrays; a tombstone is null. */
class JsonDeserializer implements Deserializer
{
    public function deserialize(\Kafka\Message $message): mixed
    {
        if ($message->payload === null) {
            return null;
        }
        try {
            return json_decode($message->payload, true, 512, JSON_THROW_ON_ERROR | JSON_BIGINT_AS_STRING);
        } catch (\JsonException $e) {
            throw DeserializationException::forMessage($message, 'not JSON (' . $e->getMessage() . ')', $e);
        }
    }
}
