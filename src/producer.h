/* Kafka\Producer's object, shared by the files beside producer.c (transactions, persistent
 * producers): what they need of the producer and nothing more. */
#ifndef KAFKA_PRODUCER_H
#define KAFKA_PRODUCER_H

#include "php_kafka.h"

/* Failed messages kept (with their Message) for the next flush(); the rest are only counted. */
#define KAFKA_PRODUCER_FAILURES_KEPT 1000
/* Topic handles kept for send(); past this many distinct topics the cache starts over. */
#define KAFKA_PRODUCER_TOPICS_KEPT 1024

/* Where a transactional producer (transactional.id) stands; transaction.c keeps it. */
typedef enum {
	KAFKA_TXN_NONE = 0,     /* no transactional.id: every transactional call throws */
	KAFKA_TXN_UNINIT,       /* initTransactions() not called yet, or it failed */
	KAFKA_TXN_INITIALIZING, /* initTransactions() did not finish (timeout, signal): call it again */
	KAFKA_TXN_READY,        /* no transaction open */
	KAFKA_TXN_OPEN,         /* between beginTransaction() and its commit or abort */
	KAFKA_TXN_COMMITTING,   /* commitTransaction() did not finish: call it again to resume */
	KAFKA_TXN_ABORTING,     /* abortTransaction() did not finish: call it again to resume */
	KAFKA_TXN_MUST_ABORT,   /* the transaction failed: only abortTransaction() may follow */
	KAFKA_TXN_FATAL,        /* fenced or otherwise dead: recreate the producer */
} kafka_txn_state;

/* Delivery reports, errors, statistics, logs and token refreshes are librdkafka callbacks, served
 * on the PHP thread by rd_kafka_poll() and rd_kafka_flush() from inside our calls. Waiting for
 * acknowledgements goes through rd_kafka_flush(), which makes librdkafka send at once instead of
 * waiting for linger.ms. */
typedef struct {
	kafka_client client;       /* first: librdkafka's opaque */
	uint32_t sends_since_serve;
	zend_long in_flight;       /* accepted by send() and not yet reported */
	uint32_t reports_served;   /* by the current poll */
	kafka_ext_options opts;
	HashTable topics;          /* name => rd_kafka_topic_t*, so send() needs no lookup by librdkafka */
	/* Reports that arrived after a callback threw (librdkafka hands over a whole batch): kept,
	 * as [Message, ?Exception] pairs, and served first by the next call. */
	zval deferred;
	/* Failures since the last flush() that no onDelivery callback saw: the first
	 * KAFKA_PRODUCER_FAILURES_KEPT Messages and their Exceptions, in order, and the count of all. */
	zval failed_messages;
	zval failed_errors;
	zend_long failed_count;
	kafka_callback on_delivery;
	/* sendAndWait(): the opaque of the awaited message and its outcome */
	uintptr_t next_opaque;
	uintptr_t wait_opaque;
	bool wait_done;
	zval wait_message;
	zend_object *wait_error;   /* NULL: acknowledged */
	kafka_txn_state txn;
	/* Kafka\Producer::persistent(): the process-level record whose handle this object borrows
	 * for the current request (persistent.c); NULL for a producer that owns its handle. */
	struct kafka_persistent *persistent;
	zend_object std;
} kafka_producer;

_Static_assert(XtOffsetOf(kafka_producer, client) == 0, "kafka_producer starts with its kafka_client");

static inline kafka_producer *kafka_producer_from_obj(zend_object *obj)
{
	return (kafka_producer *)((char *)obj - XtOffsetOf(kafka_producer, std));
}

/* producer.c, for the files beside it */
kafka_producer *kafka_producer_usable(zval *this_zv, kafka_reentry reentry);
/* Serves deferred reports and librdkafka's queue (up to timeout_ms for the first event); the
 * number of delivery reports served, or -1 with the exception a callback threw. */
int kafka_producer_serve(kafka_producer *p, int timeout_ms);
/* Forgets the failures kept for flush(). */
void kafka_producer_reset_failures(kafka_producer *p);

/* transaction.c */
/* Reads transactional.id from the configuration: the producer is transactional if it is set. */
void kafka_transaction_configure(kafka_producer *p, rd_kafka_conf_t *conf);
/* Throws (TransactionException) unless a transactional producer may send now (in an open
 * transaction); true for any other producer. */
bool kafka_transaction_may_send(kafka_producer *p);
/* librdkafka refused a message of a transactional producer: throws the transactional reason
 * (fenced, the transaction failed) and returns true, or false to leave the error to the caller. */
bool kafka_transaction_send_refused(kafka_producer *p, rd_kafka_resp_err_t err);
/* Destruction or close(): an open transaction is aborted (never committed), an interrupted commit
 * is finished, within timeout_ms; no PHP callback runs. */
void kafka_transaction_release(kafka_producer *p, zend_long timeout_ms);

/* ---- for persistent.c ---- */

/* A producer's configuration: the safe defaults, the user's array (php.* options into p->opts),
 * the client callbacks (opaque: p) and the delivery report callback. NULL if it threw.
 * persistent.c replaces the opaque and every callback installed here with its own, which pass the
 * events on: a callback added here needs its counterpart there. */
rd_kafka_conf_t *kafka_producer_conf_new(kafka_producer *p, HashTable *config);
/* librdkafka's delivery report callback; opaque is the kafka_producer. */
void kafka_producer_dr_cb(rd_kafka_t *rk, const rd_kafka_message_t *rkm, void *opaque);
/* Serves what is in flight for up to timeout_ms without running PHP code, then purges what is
 * left and warns, as "<subject> with N message(s) not delivered within ... (timeout_source)", about
 * it and about failures no flush() reported (the purged messages are not counted again). During
 * the warnings the producer looks closed. keep_handle: the handle stays open (the purged messages'
 * reports are served here, for up to KAFKA_PRODUCER_PURGE_SERVE_MS); otherwise the caller destroys
 * it. Releases the topic handles. Returns false if reports are still due after that. */
#define KAFKA_PRODUCER_PURGE_SERVE_MS 1000
bool kafka_producer_settle(kafka_producer *p, zend_long timeout_ms, const char *timeout_source, const char *subject, bool keep_handle);

/* persistent.c: Kafka\Producer::persistent() */
/* close() of a persistent producer, after its flush: the record leaves the registry, what is
 * left is settled (see kafka_producer_settle) and the handle destroyed. */
void kafka_persistent_close(kafka_producer *p, zend_long timeout_ms, const char *timeout_source);
/* The object is freed while it still borrows the handle (a bailout skipped the request's end). */
void kafka_persistent_object_freed(kafka_producer *p);

#endif /* KAFKA_PRODUCER_H */
