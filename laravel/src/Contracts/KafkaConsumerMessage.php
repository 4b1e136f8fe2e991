<?php

declare(strict_types=1);

namespace Kafka\Laravel\Contracts;

/** The name laravel-kafka 1.x gives ConsumerMessage, so handlers type-hinting it only change their use line. */
interface KafkaConsumerMessage extends ConsumerMessage
{
}
