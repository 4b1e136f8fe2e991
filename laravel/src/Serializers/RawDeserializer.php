<?php

declare(strict_types=1);

namespace Kafka\Laravel\Serializers;

use Kafka\Laravel\Contracts\Deserializer;

/** getBody() returns the payload bytes as they are. */
class RawDeserializer implements Deserializer
{
    public function deserialize(\Kafka\Message $message): mixed
    {
        return $message->payload;
    }
}
