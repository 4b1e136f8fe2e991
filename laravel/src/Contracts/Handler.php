<?php

declare(strict_types=1);

namespace Kafka\Laravel\Contracts;

/**
 * A message handler class (withHandler(MyHandler::class), kafka:consume --handler=...). Any
 * invokable class works; this interface only documents the call. A handler that throws leaves the
 * message uncommitted (or sends it to the dead-letter topic with withDlq()).
 */
interface Handler
{
    public function __invoke(ConsumerMessage $message, MessageConsumer $consumer): void;
}
