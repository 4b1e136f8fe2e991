<?php

declare(strict_types=1);

namespace Kafka\Laravel\Contracts;

/** Turns a consumed message's payload into the body getBody() returns. */
interface Deserializer
{
    /** @throws \Kafka\Laravel\Exceptions\DeserializationException when the payload cannot be decoded */
    public function deserialize(\Kafka\Message $message): mixed;
}
