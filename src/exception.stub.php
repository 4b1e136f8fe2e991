<?php

/** @generate-class-entries */

namespace Kafka;

/**
 * Base of every error the extension throws. The code is librdkafka's error code
 * (negative for client-side errors, positive for broker errors).
 */
class Exception extends \RuntimeException
{
    private bool $retriable = false;
    private bool $fatal = false;

    /** True if repeating the operation may succeed (a transient broker or network error). */
    public function isRetriable(): bool {}

    /** True if the client instance that raised it can no longer be used and must be recreated. */
    public function isFatal(): bool {}

    /** librdkafka's symbolic name of the code, e.g. "NOT_ENOUGH_REPLICAS" or "_TIMED_OUT". */
    public function errorName(): string {}
}

/** An unknown configuration key or a bad value; the message names the key and never the value of a secret. */
class ConfigException extends Exception
{
}

/** Thrown by Producer::flush() when messages failed since the last flush. */
class DeliveryException extends Exception
{
    /** @var list<Message> */
    private array $failedMessages = [];
    /** @var list<Exception> */
    private array $errors = [];
    private int $failedCount = 0;

    /**
     * The messages that failed, in the order their reports arrived.
     * @return list<Message>
     */
    public function failedMessages(): array {}

    /**
     * The error of each failed message, same order as failedMessages().
     * @return list<Exception>
     */
    public function errors(): array {}

    /**
     * How many messages failed: failedMessages() keeps the first 1000 of the failures since the
     * last flush(), this counts them all.
     */
    public function failedCount(): int {}
}

/** An operation did not complete within its timeout. */
class TimeoutException extends Exception
{
    private int $inFlight = 0;

    /** Producer: messages still waiting for acknowledgement when the timeout passed. */
    public function inFlight(): int {}
}

/**
 * A transactional call of Producer failed (a producer configured with transactional.id), or one was
 * made in the wrong state (send() outside a transaction, beginTransaction() twice, a commit with
 * nothing begun, any of them on a producer without transactional.id). What to do next is in the
 * flags: isRetriable() (call the same method again: a commit or an abort that did not finish
 * resumes where it stopped; out of transaction(): run the whole transaction again),
 * requiresAbort() (the transaction failed: call abortTransaction(), then start a new one), isFatal()
 * (the producer was fenced by a newer one with the same transactional.id, or cannot go on for
 * another reason: recreate it).
 */
class TransactionException extends Exception
{
    private bool $requiresAbort = false;

    /** True if the current transaction failed and must be aborted with Producer::abortTransaction(). */
    public function requiresAbort(): bool {}
}
