<?php

namespace Kafka;

/**
 * Sends messages to Kafka. Defaults differ from librdkafka's where safety asks for it:
 * enable.idempotence=true (so acks=all) and partitioner=murmur2_random (keys land on the same
 * partition as with the Java client). Nothing accepted is dropped silently: flush() throws for
 * failures, and destruction flushes (php.destroy.flush.timeout.ms) and warns about what is left.
 */
class Producer
{
    /**
     * Creates the producer; it connects in the background. Throws ConfigException naming an
     * unknown key or a bad value.
     * @param array<string, string|int|float|bool> $config librdkafka properties and php.* options
     */
    public function __construct(#[\SensitiveParameter] array $config = []) {}

    /**
     * The producer this PHP process keeps under $name (a PHP-FPM worker keeps it from one request
     * to the next, with its connections, metadata and producer id), made on first use. Every
     * request gets its own object (the same one for every call in the request), of the class
     * this is called on, without its constructor running. At the end of every request what the
     * request queued is flushed (php.destroy.flush.timeout.ms at most, failures and what is left
     * warned about) and the request's callbacks are forgotten; the object is then closed.
     * close() ends the producer for good. A forked child, or a producer that hit a fatal error,
     * gets a new one. With the INI setting kafka.persistent=0 it is the same as new.
     * @param array $config as for __construct(); a later call with the same name must give the
     *     same configuration (ConfigException otherwise)
     * @throws ConfigException a bad configuration, or another one than the name was made with
     * @throws Exception this process already keeps kafka.persistent_max persistent producers
     */
    public static function persistent(string $name, #[\SensitiveParameter] array $config): Producer {}

    /**
     * Queues one message and returns. A null payload is a tombstone.
     * @param array<string, string|int|float|bool|null|list<string|int|float|bool|null>> $headers name => value, or a list of values (a repeated header)
     * @param int|null $partition null: chosen by the partitioner from the key
     * @param int|null $timestampMs null: now
     */
    public function send(string $topic, ?string $payload, ?string $key = null, array $headers = [], ?int $partition = null, ?int $timestampMs = null): void {}

    /**
     * Sends one message and waits for its acknowledgement (arguments as send()); throws if it
     * cannot be delivered, or TimeoutException when $timeoutMs passes first.
     * @param array<string, string|int|float|bool|null|list<string|int|float|bool|null>> $headers
     * @return Message the acknowledged message, with its partition and offset
     */
    public function sendAndWait(string $topic, ?string $payload, ?string $key = null, array $headers = [], ?int $partition = null, ?int $timestampMs = null, int $timeoutMs = 10000): Message {}

    /**
     * Waits until every queued message is acknowledged. Throws DeliveryException listing the
     * messages that failed since the last flush, or TimeoutException with the count still in flight.
     */
    public function flush(int $timeoutMs = 10000): void {}

    /**
     * Serves delivery reports and callbacks.
     * @return int the number of events served
     */
    public function poll(int $timeoutMs = 0): int {}

    /**
     * Sets (or with null removes) the callback called with each delivery report, on the PHP
     * thread, inside send(), poll(), flush() and sendAndWait(). An exception it throws comes out of
     * that call; no report is lost.
     * @param (callable(Message, ?Exception): void)|null $callback fn(Message $message, ?Exception $error)
     */
    public function onDelivery(?callable $callback): void {}

    /** Messages queued or in flight, not yet acknowledged. */
    public function pending(): int {}

    /**
     * Flushes (as flush()) and releases the connection; later calls throw.
     */
    public function close(int $timeoutMs = 10000): void {}

    /**
     * Transactions (a producer configured with transactional.id): once per producer, registers the
     * transactional.id with the broker, aborts what an earlier producer with the same id left open
     * and fences that producer (its next transactional call fails with a fatal
     * TransactionException). A call that did not finish (TransactionException isRetriable(): a
     * timeout, a signal) may be made again and resumes.
     */
    public function initTransactions(int $timeoutMs = 30000): void {}

    /** Opens a transaction: send() only works inside one on a transactional producer. */
    public function beginTransaction(): void {}

    /**
     * Delivers what the transaction sent (serving delivery reports and onDelivery meanwhile), then
     * commits it: its messages become visible to read_committed consumers and the offsets given to
     * sendOffsetsToTransaction() are committed, all or nothing. A commit that did not finish in
     * time (or was interrupted by a signal, or by an exception from a callback) goes on where it
     * stopped when called again; it cannot be aborted then.
     */
    public function commitTransaction(int $timeoutMs = 30000): void {}

    /**
     * Aborts the transaction: what it sent is never seen by read_committed consumers and its
     * offsets are not committed. Messages still queued fail with _PURGE_QUEUE (onDelivery sees
     * them; flush() does not report them).
     */
    public function abortTransaction(int $timeoutMs = 30000): void {}

    /**
     * Puts the group's consumed offsets into the transaction: they are committed for the group if,
     * and only if, the transaction commits. $offsets: the next offset to consume of each partition
     * (list of TopicPartition), or null for every partition the group has handed out messages of:
     * the offset after the last message handed out (the application has finished with all of
     * them). The group must have enable.auto.commit=false (ConfigException otherwise).
     * @param list<TopicPartition>|null $offsets
     */
    public function sendOffsetsToTransaction(ConsumerGroup $group, ?array $offsets = null, int $timeoutMs = 30000): void {}

    /**
     * Runs $fn($this) in a transaction: begins, calls it, commits, and returns what it returned.
     * If $fn throws, the transaction is aborted and the exception rethrown. A commit failing with
     * a retriable error is retried for up to $timeoutMs; one that requires an abort is aborted and
     * thrown as a TransactionException with isRetriable() (the whole transaction, inputs rewound,
     * may be run again); a fatal one is thrown as is (isFatal()). $timeoutMs bounds the commit
     * (or the abort), which a signal does not cut short: transaction() reports the outcome. The
     * one undecided outcome: a commit still under way after $timeoutMs (code _TIMED_OUT), which
     * the next commitTransaction() call completes.
     * @param callable(Producer): mixed $fn
     */
    public function transaction(callable $fn, int $timeoutMs = 30000): mixed {}

    /**
     * Client-level errors (all brokers down, authentication failed, a fatal error), as
     * fn(Kafka\Exception $error). Without a callback, an authentication or TLS failure and a fatal
     * error are thrown by the call that serves them (or the next one), instead of being retried
     * in silence. Called on the PHP thread from inside calls; an exception from it comes out of
     * that call.
     */
    public function onError(?callable $callback): void {}

    /**
     * librdkafka's statistics, decoded, as fn(array $stats), every statistics.interval.ms
     * (0, the default, turns them off).
     */
    public function onStats(?callable $callback): void {}

    /**
     * librdkafka's log lines, as fn(int $level, string $facility, string $message) with syslog
     * levels (3 error ... 7 debug, which needs the debug property). The extension is silent
     * without it. Secret configuration values never appear in the lines.
     */
    public function onLog(?callable $callback): void {}

    /**
     * OAUTHBEARER tokens (sasl.mechanisms=OAUTHBEARER without librdkafka's unsecured JWT), as
     * fn(string $oauthbearerConfig): array returning ['token' => string, 'expiresAtMs' => int,
     * 'principal' => string, 'extensions' => array<string, string>]; called before the first
     * connection and again before the token expires. An exception from it fails the refresh and
     * comes out of the call that served it.
     */
    public function onOAuthTokenRefresh(?callable $callback): void {}
}
