<?php

declare(strict_types=1);

namespace Kafka\Laravel\Consumers;

use Kafka\Laravel\Message\ConsumedMessage;

/**
 * @internal Where a Consumer's messages come from: a Kafka\ConsumerGroup (GroupSource), or the
 * messages a test gave Kafka::shouldReceiveMessages() (Testing\FakeSource).
 */
interface Source
{
    /** @param list<string> $topics */
    public function subscribe(array $topics, ?callable $onAssign, ?callable $onRevoke): void;

    /**
     * The next message, or null (nothing within the timeout, end of a partition, or a signal).
     * A test's source returns messages built as ConsumedMessage.
     */
    public function next(int $timeoutMs): \Kafka\Message|ConsumedMessage|null;

    /** Commits a message (offset + 1), or everything handed over so far (null). */
    public function commit(?ConsumedMessage $message): void;

    /** Puts a message back: it is not marked done, so it comes again (after a restart). */
    public function redeliver(ConsumedMessage $message): void;

    /**
     * True once every partition this consumer holds has been read up to the end it had when it
     * was assigned (stopAfterLastMessage). $last: the message just handled, to answer fast.
     */
    public function readToEnd(?ConsumedMessage $last): bool;

    /** True when no message can ever come (a test's messages are used up). */
    public function drained(): bool;

    /** Leaves the group (under auto commit, commits what was handled) and releases the client. */
    public function close(): void;
}
