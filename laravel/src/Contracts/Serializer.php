<?php

declare(strict_types=1);

namespace Kafka\Laravel\Contracts;

use Kafka\Laravel\Message\Message;

/** Turns the body of a message to publish into its payload bytes (null: a tombstone). */
interface Serializer
{
    public function serialize(Message $message): ?string;
}
