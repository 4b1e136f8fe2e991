<?php

declare(strict_types=1);

namespace Kafka\Laravel\Contracts;

/** The running consumer, passed to handlers as their second argument. */
interface MessageConsumer
{
    /** Asks the consumer to stop once the current message is finished. */
    public function stopConsuming(): void;

    /**
     * Commits a message (its offset + 1 on its partition), or everything handled so far (null).
     * Returns false when the broker refused the commit for a passing reason (a rebalance): the
     * partition's next commit, or its next owner, covers the message (at least once).
     */
    public function commit(?ConsumerMessage $message = null): bool;

    /** How many messages the handler has been given so far. */
    public function consumedMessagesCount(): int;
}
