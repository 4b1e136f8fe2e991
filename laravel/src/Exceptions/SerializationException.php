<?php

declare(strict_types=1);

namespace Kafka\Laravel\Exceptions;

/** A body the serializer cannot turn into a payload; nothing was sent. */
class SerializationException extends \InvalidArgumentException
{
}
