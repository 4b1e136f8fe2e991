/* Kafka\Producer's object, shared by the files beside producer.c (transactions, persistent
 * producers): what they need of the producer and nothing more. */
#ifndef KAFKA_PRODUCER_H
#define KAFKA_PRODUCER_H

#include "php_kafka.h"

/* Failed messages kept (with their Message) for the next flush(); the rest are only counted. */
#define KAFKA_PRODUCER_FAILURES_KEPT 1000
/* Topic handles kept for send(); past this many distinct topics the cache starts over. */
#define KAFKA_PRODUCER_TOPICS_KEPT 1024

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
	zend_object std;
} kafka_producer;

_Static_assert(XtOffsetOf(kafka_producer, client) == 0, "kafka_producer starts with its kafka_client");

static inline kafka_producer *kafka_producer_from_obj(zend_object *obj)
{
	return (kafka_producer *)((char *)obj - XtOffsetOf(kafka_producer, std));
}

#endif /* KAFKA_PRODUCER_H */
