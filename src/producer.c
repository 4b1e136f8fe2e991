/* Kafka\Producer: keyed send with headers; delivery is confirmed by flush() or reported. */
#include "php_kafka.h"
#include "zend_exceptions.h"
#include "producer.h"
#include "producer_arginfo.h"

zend_class_entry *kafka_ce_producer;
static zend_object_handlers kafka_producer_handlers;


/* send() serves ready delivery reports every this many calls, so they never pile up. */
#define KAFKA_PRODUCER_SERVE_EVERY 256
/* ---- object lifecycle ---- */

static zend_object *kafka_producer_create(zend_class_entry *ce)
{
	kafka_producer *p = zend_object_alloc(sizeof(kafka_producer), ce);
	zend_object_std_init(&p->std, ce);
	object_properties_init(&p->std, ce);
	p->std.handlers = &kafka_producer_handlers;
	kafka_client_init(&p->client);
	zend_hash_init(&p->topics, 4, NULL, NULL, 0);
	array_init(&p->failed_messages);
	array_init(&p->failed_errors);
	array_init(&p->deferred);
	ZVAL_UNDEF(&p->on_delivery.fn);
	ZVAL_UNDEF(&p->wait_message);
	return &p->std;
}

static void kafka_producer_release_topics(kafka_producer *p)
{
	rd_kafka_topic_t *rkt;
	ZEND_HASH_FOREACH_PTR(&p->topics, rkt) {
		rd_kafka_topic_destroy(rkt);
	} ZEND_HASH_FOREACH_END();
	zend_hash_clean(&p->topics);
}

void kafka_producer_reset_failures(kafka_producer *p)
{
	zval_ptr_dtor(&p->failed_messages);
	zval_ptr_dtor(&p->failed_errors);
	array_init(&p->failed_messages);
	array_init(&p->failed_errors);
	p->failed_count = 0;
}

/* ---- delivery reports ---- */

static void kafka_producer_record_failure(kafka_producer *p, zval *message, zend_object *error)
{
	if (p->failed_count++ >= KAFKA_PRODUCER_FAILURES_KEPT) {
		return; /* counted, not kept: memory stays bounded in a process that never flushes */
	}
	Z_ADDREF_P(message);
	add_next_index_zval(&p->failed_messages, message);
	GC_ADDREF(error);
	add_next_index_object(&p->failed_errors, error);
}

static zend_object *kafka_delivery_error(const rd_kafka_message_t *rkm)
{
	/* not rd_kafka_message_errstr(): for a delivery report its payload is the message, not a text */
	if (!kafka_err_is_about_topic(rkm->err) || !rkm->rkt) {
		return kafka_exception_new(kafka_ce_exception, rkm->err, rd_kafka_err2str(rkm->err), kafka_err_is_retriable(rkm->err), false);
	}
	zend_string *text = strpprintf(0, "%s (topic \"%s\")", rd_kafka_err2str(rkm->err), rd_kafka_topic_name(rkm->rkt));
	zend_object *ex = kafka_exception_new(kafka_ce_exception, rkm->err, ZSTR_VAL(text), kafka_err_is_retriable(rkm->err), false);
	zend_string_release(text);
	return ex;
}

static void kafka_producer_call_on_delivery(kafka_producer *p, zval *message, zend_object *error)
{
	zval args[2];
	ZVAL_COPY_VALUE(&args[0], message);
	if (error) {
		ZVAL_OBJ(&args[1], error);
	} else {
		ZVAL_NULL(&args[1]);
	}
	kafka_client_call(&p->client, &p->on_delivery, "onDelivery", NULL, 2, args);
}

/* One delivery report, as a Message and its error (NULL: acknowledged). */
static void kafka_producer_handle_report(kafka_producer *p, zval *message, zend_object *error, uintptr_t opaque)
{
	bool awaited = p->wait_opaque && opaque == p->wait_opaque;
	bool has_callback = kafka_callback_isset(&p->on_delivery) && !p->client.callbacks_disabled;
	if (awaited) {
		/* sendAndWait() reports this message itself, success or failure */
		p->wait_done = true;
		ZVAL_COPY(&p->wait_message, message);
		if (error) {
			GC_ADDREF(error);
			p->wait_error = error;
		}
		rd_kafka_yield(p->client.rk); /* the wait is over: stop polling */
	} else if (error && !has_callback) {
		/* a failure onDelivery sees is the callback's to handle; others wait for flush() */
		kafka_producer_record_failure(p, message, error);
	}
	if (has_callback) {
		kafka_producer_call_on_delivery(p, message, error);
	}
}

/* Defers a report that arrived after a callback threw: served first by the next call. */
static void kafka_producer_defer(kafka_producer *p, zval *message, zend_object *error)
{
	zval pair;
	array_init_size(&pair, 2);
	Z_ADDREF_P(message);
	add_next_index_zval(&pair, message);
	if (error) {
		GC_ADDREF(error);
		add_next_index_object(&pair, error);
	} else {
		add_next_index_null(&pair);
	}
	add_next_index_zval(&p->deferred, &pair);
}

/* librdkafka's delivery report callback: on the PHP thread, inside rd_kafka_poll()/flush(). */
void kafka_producer_dr_cb(rd_kafka_t *rk, const rd_kafka_message_t *rkm, void *opaque)
{
	(void)rk;
	kafka_producer *p = opaque;
	p->in_flight--;
	if (!rkm->err) {
		kafka_client_contacted(&p->client); /* a broker acknowledged */
	}
	p->reports_served++;
	uintptr_t id = (uintptr_t)rkm->_private;
	bool awaited = p->wait_opaque && id == p->wait_opaque;
	bool has_callback = kafka_callback_isset(&p->on_delivery) && !p->client.callbacks_disabled;
	bool defer = p->client.pending_exception || zend_hash_num_elements(Z_ARRVAL(p->deferred)) > 0;
	if (!rkm->err && !awaited && !has_callback) {
		return; /* the hot path: an acknowledged message nobody waits for */
	}
	zval message;
	kafka_message_from_rd(&message, rkm, KAFKA_MESSAGE_DELIVERY_REPORT, NULL);
	zend_object *error = rkm->err ? kafka_delivery_error(rkm) : NULL;
	if (defer && !awaited) {
		kafka_producer_defer(p, &message, error);
	} else {
		kafka_producer_handle_report(p, &message, error, id);
		if (EG(exception)) {
			kafka_client_capture_exception(&p->client);
			rd_kafka_yield(p->client.rk);
		}
	}
	if (error) {
		OBJ_RELEASE(error);
	}
	zval_ptr_dtor(&message);
}

/* Serves the reports deferred after a callback threw, in order; false if a callback threw
 * again (the rest stays deferred). */
static bool kafka_producer_serve_deferred(kafka_producer *p)
{
	HashTable *deferred = Z_ARRVAL(p->deferred);
	zend_ulong index;
	zval *pair;
	ZEND_HASH_FOREACH_NUM_KEY_VAL(deferred, index, pair) {
		zval held;
		ZVAL_COPY(&held, pair);
		zend_hash_index_del(deferred, index); /* handled now, whatever the callback does */
		zval *message = zend_hash_index_find(Z_ARRVAL(held), 0);
		zval *error = zend_hash_index_find(Z_ARRVAL(held), 1);
		kafka_producer_handle_report(p, message, Z_TYPE_P(error) == IS_OBJECT ? Z_OBJ_P(error) : NULL, 0);
		zval_ptr_dtor(&held);
		if (EG(exception)) {
			return false;
		}
	} ZEND_HASH_FOREACH_END();
	return true;
}

/* Serves what librdkafka has for us (reports and the other callbacks), waiting up to timeout_ms
 * for the first. Only ever runs outside of this producer's callbacks (the methods that serve are
 * refused inside them; send() skips it). Returns the number of delivery reports served, or -1
 * with the exception a callback threw. */
int kafka_producer_serve(kafka_producer *p, int timeout_ms)
{
	ZEND_ASSERT(p->client.callback_depth == 0);
	if (kafka_client_rethrow(&p->client) || !kafka_producer_serve_deferred(p)) {
		return -1;
	}
	p->reports_served = 0;
	rd_kafka_poll(p->client.rk, timeout_ms);
	p->sends_since_serve = 0;
	return kafka_client_rethrow(&p->client) ? -1 : (int)p->reports_served;
}

static bool kafka_producer_idle(kafka_producer *p)
{
	return p->in_flight == 0;
}

typedef enum { KAFKA_DRAIN_DONE, KAFKA_DRAIN_TIMED_OUT, KAFKA_DRAIN_THREW, KAFKA_DRAIN_INTERRUPTED } kafka_drain_result;

/* Waits with rd_kafka_flush() (librdkafka sends at once, serving our callbacks meanwhile) until
 * done(p), the deadline, a callback's exception or (interruptible) a signal. */
static kafka_drain_result kafka_producer_wait(kafka_producer *p, int64_t deadline, bool interruptible, bool (*done)(kafka_producer *))
{
	if (kafka_client_rethrow(&p->client) || !kafka_producer_serve_deferred(p)) {
		return KAFKA_DRAIN_THREW;
	}
	while (!done(p)) {
		int64_t left = kafka_left_ms(deadline);
		rd_kafka_flush(p->client.rk, kafka_wait_slice(left));
		if (kafka_client_rethrow(&p->client)) {
			return KAFKA_DRAIN_THREW;
		}
		if (done(p)) {
			break;
		}
		if (interruptible && kafka_vm_interrupted()) {
			return KAFKA_DRAIN_INTERRUPTED;
		}
		if (left == 0) {
			return KAFKA_DRAIN_TIMED_OUT;
		}
	}
	return KAFKA_DRAIN_DONE;
}

/* Serves reports until nothing is in flight (see kafka_producer_wait). */
static kafka_drain_result kafka_producer_drain(kafka_producer *p, int64_t deadline, bool interruptible)
{
	return kafka_producer_wait(p, deadline, interruptible, kafka_producer_idle);
}

static bool kafka_producer_awaited(kafka_producer *p)
{
	return p->wait_done;
}

/* Forgets the outcome of a previous sendAndWait() (also one abandoned by an exception). */
static void kafka_producer_clear_wait(kafka_producer *p)
{
	p->wait_opaque = 0;
	p->wait_done = false;
	zval_ptr_dtor(&p->wait_message);
	ZVAL_UNDEF(&p->wait_message);
	if (p->wait_error) {
		OBJ_RELEASE(p->wait_error);
		p->wait_error = NULL;
	}
}

/* ---- checks shared by the methods ---- */

/* The producer behind $this if it may be used; what a callback threw while send() served
 * reports is thrown here, by the next call, before it does anything. */
kafka_producer *kafka_producer_usable(zval *this_zv, kafka_reentry reentry)
{
	kafka_producer *p = kafka_producer_from_obj(Z_OBJ_P(this_zv));
	if (!kafka_client_usable(&p->client, &p->std, reentry) || kafka_client_rethrow(&p->client)
			|| kafka_client_throw_if_fatal(&p->client, &p->std)) {
		return NULL;
	}
	return p;
}

/* ---- flush / destruction ---- */

static void kafka_throw_delivery(rd_kafka_resp_err_t err, const char *text, zval *messages, zval *errors, zend_long count)
{
	zend_object *ex = kafka_throw(kafka_ce_delivery_exception, err, "%s", text);
	zend_update_property(kafka_ce_delivery_exception, ex, ZEND_STRL("failedMessages"), messages);
	zend_update_property(kafka_ce_delivery_exception, ex, ZEND_STRL("errors"), errors);
	zend_update_property_long(kafka_ce_delivery_exception, ex, ZEND_STRL("failedCount"), count);
}

static zend_object *kafka_producer_first_failure(kafka_producer *p)
{
	return Z_OBJ_P(zend_hash_index_find(Z_ARRVAL(p->failed_errors), 0));
}

static void kafka_producer_throw_failures(kafka_producer *p)
{
	zend_object *first = kafka_producer_first_failure(p);
	zend_long kept = zend_hash_num_elements(Z_ARRVAL(p->failed_errors));
	zend_string *text = p->failed_count > kept
		? strpprintf(0, ZEND_LONG_FMT " message(s) could not be delivered (the first " ZEND_LONG_FMT " are in failedMessages()); first error: %s",
			p->failed_count, kept, kafka_exception_text(first))
		: strpprintf(0, ZEND_LONG_FMT " message(s) could not be delivered; first error: %s", p->failed_count, kafka_exception_text(first));
	kafka_throw_delivery(kafka_exception_code(first), ZSTR_VAL(text), &p->failed_messages, &p->failed_errors, p->failed_count);
	zend_string_release(text);
	kafka_producer_reset_failures(p);
}

static const char *kafka_producer_last_error(kafka_producer *p)
{
	return kafka_client_last_error(&p->client);
}

/* flush() and close(): wait, then report failures, a timeout or an interruption. Returns how the
 * wait ended; anything but KAFKA_DRAIN_DONE has thrown. */
static kafka_drain_result kafka_producer_flush(kafka_producer *p, zend_long timeout_ms, const char *what)
{
	kafka_drain_result result = kafka_producer_drain(p, kafka_deadline(timeout_ms), true);
	if (result == KAFKA_DRAIN_THREW) {
		return result;
	}
	if (result == KAFKA_DRAIN_INTERRUPTED) {
		kafka_throw_interrupted(what);
		return result;
	}
	if (p->failed_count > 0) {
		kafka_producer_throw_failures(p);
		return KAFKA_DRAIN_THREW;
	}
	if (!kafka_producer_idle(p)) {
		zend_object *ex = kafka_throw(kafka_ce_timeout_exception, RD_KAFKA_RESP_ERR__TIMED_OUT,
			"%s timed out after " ZEND_LONG_FMT " ms with " ZEND_LONG_FMT " message(s) still in flight; last error: %s",
			what, timeout_ms, p->in_flight, kafka_producer_last_error(p));
		zend_update_property_long(kafka_ce_timeout_exception, ex, ZEND_STRL("inFlight"), p->in_flight);
		return KAFKA_DRAIN_TIMED_OUT;
	}
	return KAFKA_DRAIN_DONE;
}

bool kafka_producer_settle(kafka_producer *p, zend_long timeout_ms, const char *timeout_source, const char *subject, bool keep_handle)
{
	/* No PHP code runs from here: reports still due (also those deferred after a callback threw)
	 * are counted, failures kept for the warning below. */
	p->client.callbacks_disabled = true;
	zend_object *pending = EG(exception);
	EG(exception) = NULL;
	kafka_client_release_pending(&p->client); /* nothing serves it any more */
	if (p->txn != KAFKA_TXN_NONE) {
		kafka_transaction_release(p, timeout_ms); /* an open transaction is aborted, never committed */
	}
	kafka_producer_drain(p, kafka_deadline(timeout_ms), false);

	zend_long undelivered = p->in_flight;
	zend_long failed = p->failed_count; /* the first of them stays first in failed_errors */
	if (undelivered > 0) {
		rd_kafka_purge(p->client.rk, RD_KAFKA_PURGE_F_QUEUE | RD_KAFKA_PURGE_F_INFLIGHT
			| (keep_handle ? 0 : RD_KAFKA_PURGE_F_NON_BLOCKING));
		if (keep_handle) {
			/* the purged messages' reports, so that none is left for whoever serves the handle next */
			kafka_producer_drain(p, kafka_deadline(KAFKA_PRODUCER_PURGE_SERVE_MS), false);
		}
	}
	EG(exception) = pending;
	kafka_producer_release_topics(p);

	/* An error handler run by the warnings finds the producer closed: nothing more is queued. */
	rd_kafka_t *rk = p->client.rk;
	p->client.rk = NULL;
	if (undelivered > 0) {
		kafka_warning("%s with " ZEND_LONG_FMT " message(s) not delivered within " ZEND_LONG_FMT " ms (%s); they are lost. Last error: %s",
			subject, undelivered, timeout_ms, timeout_source, kafka_producer_last_error(p));
	}
	if (undelivered > 0 || failed > 0) {
		kafka_exit_status_on_loss();
	}
	if (failed > 0) {
		kafka_warning("%s with " ZEND_LONG_FMT " message(s) whose delivery failed and was not reported by flush(); first error: %s",
			subject, failed, kafka_exception_text(kafka_producer_first_failure(p)));
	}
	if (p->failed_count > 0) {
		kafka_producer_reset_failures(p);
	}
	p->client.rk = rk;
	return p->in_flight == 0;
}

/* Releases the handle after serving reports for up to timeout_ms without callbacks (what
 * timeout_source names, for the warning). What could not be delivered, and failures that no
 * flush() reported, are warned about. */
static void kafka_producer_destroy_handle(kafka_producer *p, zend_long timeout_ms, const char *timeout_source)
{
	if (!p->client.rk) {
		return;
	}
	if (p->client.fork_generation != kafka_fork_generation) {
		/* librdkafka's threads are the parent's: destroying would wait for them forever. */
		p->client.rk = NULL;
		return;
	}
	kafka_producer_settle(p, timeout_ms, timeout_source, "Kafka\\Producer destroyed", false);
	rd_kafka_t *rk = p->client.rk;
	p->client.rk = NULL; /* the purged reports reach no callback of ours */
	rd_kafka_destroy(rk);
}

static void kafka_producer_dtor(zend_object *obj)
{
	kafka_producer *p = kafka_producer_from_obj(obj);
	zend_objects_destroy_object(obj); /* a subclass's __destruct() may still send or flush */
	if (!p->persistent) { /* a persistent producer's handle outlives the object: persistent.c ends its request */
		kafka_producer_destroy_handle(p, p->opts.destroy_flush_timeout_ms, "php.destroy.flush.timeout.ms");
	}
}

static void kafka_producer_free(zend_object *obj)
{
	kafka_producer *p = kafka_producer_from_obj(obj);
	if (p->persistent) {
		kafka_persistent_object_freed(p);
	}
	/* destructors are skipped after a fatal error */
	kafka_producer_destroy_handle(p, p->opts.destroy_flush_timeout_ms, "php.destroy.flush.timeout.ms");
	zend_hash_destroy(&p->topics);
	zval_ptr_dtor(&p->failed_messages);
	zval_ptr_dtor(&p->failed_errors);
	zval_ptr_dtor(&p->deferred);
	kafka_callback_release(&p->on_delivery);
	kafka_producer_clear_wait(p);
	kafka_client_release(&p->client);
	zend_object_std_dtor(obj);
}

static HashTable *kafka_producer_get_gc(zend_object *obj, zval **table, int *n)
{
	kafka_producer *p = kafka_producer_from_obj(obj);
	zend_get_gc_buffer *buffer = zend_get_gc_buffer_create();
	kafka_callback_gc(buffer, &p->on_delivery);
	kafka_client_gc(buffer, &p->client);
	zend_get_gc_buffer_add_zval(buffer, &p->failed_messages);
	zend_get_gc_buffer_add_zval(buffer, &p->failed_errors);
	zend_get_gc_buffer_add_zval(buffer, &p->deferred);
	zend_get_gc_buffer_add_zval(buffer, &p->wait_message);
	if (p->wait_error) {
		zend_get_gc_buffer_add_obj(buffer, p->wait_error);
	}
	zend_get_gc_buffer_use(buffer, table, n);
	return zend_std_get_properties(obj);
}

/* ---- methods ---- */

rd_kafka_conf_t *kafka_producer_conf_new(kafka_producer *p, HashTable *config)
{
	p->client.reports_before_fatal = true; /* see kafka_client_handle_error() */
	rd_kafka_conf_t *conf = rd_kafka_conf_new();
	/* Safe defaults (each may be overridden by the config array, applied after them). */
	if (!kafka_conf_set(conf, "enable.idempotence", "true")
			|| !kafka_conf_set(conf, "partitioner", "murmur2_random")
			|| !kafka_conf_apply(conf, config, KAFKA_OPT_DESTROY_FLUSH_TIMEOUT | KAFKA_OPT_SEND_BLOCK_TIMEOUT, &p->opts)) {
		rd_kafka_conf_destroy(conf);
		return NULL;
	}
	kafka_client_conf_callbacks(&p->client, conf, config);
	rd_kafka_conf_set_dr_msg_cb(conf, kafka_producer_dr_cb);
	kafka_transaction_configure(p, conf);
	return conf;
}

ZEND_METHOD(Kafka_Producer, __construct)
{
	HashTable *config = NULL;
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(config)
	ZEND_PARSE_PARAMETERS_END();

	kafka_producer *p = kafka_producer_from_obj(Z_OBJ_P(ZEND_THIS));
	if (p->client.constructed) {
		zend_throw_error(NULL, "Kafka\\Producer::__construct() was already called");
		RETURN_THROWS();
	}

	rd_kafka_conf_t *conf = kafka_producer_conf_new(p, config);
	if (!conf) {
		RETURN_THROWS();
	}
	rd_kafka_t *rk = kafka_handle_new(RD_KAFKA_PRODUCER, conf);
	if (!rk) {
		RETURN_THROWS();
	}
	kafka_client_started(&p->client, rk);
}

static rd_kafka_topic_t *kafka_producer_topic(kafka_producer *p, zend_string *name)
{
	rd_kafka_topic_t *rkt = zend_hash_find_ptr(&p->topics, name);
	if (rkt) {
		return rkt;
	}
	if (zend_hash_num_elements(&p->topics) >= KAFKA_PRODUCER_TOPICS_KEPT) {
		kafka_producer_release_topics(p); /* messages in flight hold references of their own */
	}
	rkt = rd_kafka_topic_new(p->client.rk, ZSTR_VAL(name), NULL);
	if (!rkt) {
		rd_kafka_resp_err_t err = rd_kafka_last_error();
		kafka_throw(kafka_ce_exception, err, "Invalid topic \"%s\": %s", ZSTR_VAL(name), rd_kafka_err2str(err));
		return NULL;
	}
	zend_hash_add_new_ptr(&p->topics, name, rkt);
	return rkt;
}

typedef struct {
	zend_string *topic;
	zend_string *payload;
	zend_string *key;
	HashTable *headers;
	zend_long partition;
	bool partition_is_null;
	zend_long timestamp;
	bool timestamp_is_null;
} kafka_send_args;

static bool kafka_send_args_check(kafka_send_args *a)
{
	if (ZSTR_LEN(a->topic) == 0) {
		zend_argument_value_error(1, "must not be empty");
		return false;
	}
	if (!a->partition_is_null && (a->partition < 0 || a->partition > INT32_MAX)) {
		kafka_throw(kafka_ce_exception, RD_KAFKA_RESP_ERR__UNKNOWN_PARTITION,
			"Partition " ZEND_LONG_FMT " does not exist: give a partition number >= 0, or null to let the partitioner choose",
			a->partition);
		return false;
	}
	if (!a->timestamp_is_null && a->timestamp < 0) {
		kafka_throw(kafka_ce_exception, RD_KAFKA_RESP_ERR__INVALID_ARG,
			"Timestamp must be milliseconds since the epoch (>= 0) or null, " ZEND_LONG_FMT " given", a->timestamp);
		return false;
	}
	return true;
}

static rd_kafka_resp_err_t kafka_producer_producev(kafka_producer *p, rd_kafka_topic_t *rkt, kafka_send_args *a,
	rd_kafka_headers_t *headers, uintptr_t opaque)
{
	return rd_kafka_producev(p->client.rk,
		RD_KAFKA_V_RKT(rkt),
		RD_KAFKA_V_PARTITION(a->partition_is_null ? RD_KAFKA_PARTITION_UA : (int32_t)a->partition),
		RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY),
		RD_KAFKA_V_VALUE(a->payload ? ZSTR_VAL(a->payload) : NULL, a->payload ? ZSTR_LEN(a->payload) : 0),
		RD_KAFKA_V_KEY(a->key ? ZSTR_VAL(a->key) : NULL, a->key ? ZSTR_LEN(a->key) : 0),
		RD_KAFKA_V_HEADERS(headers),
		RD_KAFKA_V_TIMESTAMP(a->timestamp_is_null ? 0 : (int64_t)a->timestamp),
		RD_KAFKA_V_OPAQUE((void *)opaque),
		RD_KAFKA_V_END);
}

/* The local queue is full: serve reports (which makes room) until the message fits, up to
 * php.send.block.timeout.ms. Inside a callback nothing can be served, so it fails at once. */
static rd_kafka_resp_err_t kafka_producer_produce_blocking(kafka_producer *p, rd_kafka_topic_t *rkt, kafka_send_args *a,
	rd_kafka_headers_t *headers, uintptr_t opaque)
{
	int64_t deadline = kafka_deadline(p->opts.send_block_timeout_ms);
	rd_kafka_resp_err_t err = RD_KAFKA_RESP_ERR__QUEUE_FULL;
	while (err == RD_KAFKA_RESP_ERR__QUEUE_FULL && p->client.callback_depth == 0) {
		int64_t left = kafka_left_ms(deadline);
		if (kafka_producer_serve(p, kafka_wait_slice(left)) < 0 || kafka_vm_interrupted()) {
			break;
		}
		err = kafka_producer_producev(p, rkt, a, headers, opaque);
		if (left == 0) {
			break;
		}
	}
	return err;
}

static void kafka_producer_throw_queue_full(kafka_producer *p)
{
	if (p->client.callback_depth > 0) {
		kafka_throw(kafka_ce_exception, RD_KAFKA_RESP_ERR__QUEUE_FULL,
			"The producer's local queue is full and no room can be made from inside the %s callback "
			"(queue.buffering.max.messages/kbytes): the message was not queued", p->client.callback_name);
	} else if (kafka_vm_interrupted()) {
		kafka_throw_interrupted("Waiting for room in the producer's local queue");
	} else {
		kafka_throw(kafka_ce_timeout_exception, RD_KAFKA_RESP_ERR__QUEUE_FULL,
			"The producer's local queue stayed full for " ZEND_LONG_FMT " ms (php.send.block.timeout.ms; queue.buffering.max.messages/kbytes); the message was not queued. Last error: %s",
			p->opts.send_block_timeout_ms, kafka_producer_last_error(p));
	}
}

/* Queues one message; waits (serving reports) while the local queue is full, up to a bound.
 * Either the message is queued and true is returned, or an exception is thrown and it is not. */
static bool kafka_producer_produce(kafka_producer *p, kafka_send_args *a, uintptr_t opaque)
{
	if (!kafka_send_args_check(a) || !kafka_transaction_may_send(p)) {
		return false;
	}
	rd_kafka_topic_t *rkt = kafka_producer_topic(p, a->topic);
	rd_kafka_headers_t *headers = NULL;
	if (!rkt || (a->headers && !kafka_headers_from_array(a->headers, &headers))) {
		return false;
	}
	rd_kafka_resp_err_t err = kafka_producer_producev(p, rkt, a, headers, opaque);
	if (err == RD_KAFKA_RESP_ERR__QUEUE_FULL) {
		err = kafka_producer_produce_blocking(p, rkt, a, headers, opaque);
	}
	if (err) {
		if (headers) {
			rd_kafka_headers_destroy(headers); /* only taken over by librdkafka on success */
		}
		if (EG(exception)) {
			return false; /* a callback threw while we waited for room */
		}
		if (err == RD_KAFKA_RESP_ERR__QUEUE_FULL) {
			kafka_producer_throw_queue_full(p);
		} else if (!kafka_transaction_send_refused(p, err)) {
			if (err != RD_KAFKA_RESP_ERR__FATAL || !kafka_client_throw_if_fatal(&p->client, &p->std)) {
				kafka_throw(kafka_ce_exception, err, "Could not send to topic \"%s\": %s", ZSTR_VAL(a->topic), rd_kafka_err2str(err));
			}
		}
		return false;
	}
	p->in_flight++;
	if (++p->sends_since_serve >= KAFKA_PRODUCER_SERVE_EVERY && p->client.callback_depth == 0) {
		/* The message is queued: what a callback throws here comes out of the next call. */
		if (kafka_producer_serve(p, 0) < 0) {
			kafka_client_capture_exception(&p->client);
		}
	}
	return true;
}

#define KAFKA_SEND_ARGS_PARSE(a) \
		Z_PARAM_PATH_STR((a).topic) \
		Z_PARAM_STR_OR_NULL((a).payload) \
		Z_PARAM_OPTIONAL \
		Z_PARAM_STR_OR_NULL((a).key) \
		Z_PARAM_ARRAY_HT((a).headers) \
		Z_PARAM_LONG_OR_NULL((a).partition, (a).partition_is_null) \
		Z_PARAM_LONG_OR_NULL((a).timestamp, (a).timestamp_is_null)

ZEND_METHOD(Kafka_Producer, send)
{
	kafka_send_args a = {0};
	a.partition_is_null = a.timestamp_is_null = true;
	ZEND_PARSE_PARAMETERS_START(2, 6)
		KAFKA_SEND_ARGS_PARSE(a)
	ZEND_PARSE_PARAMETERS_END();

	kafka_producer *p = kafka_producer_usable(ZEND_THIS, KAFKA_ANYWHERE);
	if (!p) {
		RETURN_THROWS();
	}
	kafka_producer_produce(p, &a, 0);
}

/* sendAndWait()'s outcome after the wait: the acknowledged message, or an exception. */
static void kafka_producer_return_awaited(kafka_producer *p, zend_long timeout_ms, bool interrupted, zval *return_value)
{
	if (EG(exception)) {
		return;
	}
	if (p->wait_error && kafka_client_throw_if_fatal(&p->client, &p->std)) {
		return; /* the message failed because the producer did: that is what to hear */
	}
	if (!p->wait_done) {
		if (interrupted) {
			kafka_throw_interrupted("sendAndWait() (the message is still in flight and a failure will be reported by flush())");
			return;
		}
		kafka_throw(kafka_ce_timeout_exception, RD_KAFKA_RESP_ERR__TIMED_OUT,
			"No acknowledgement for the message within " ZEND_LONG_FMT " ms; it is still in flight and a failure will be reported by flush(). Last error: %s",
			timeout_ms, kafka_producer_last_error(p));
		return;
	}
	if (p->wait_error) {
		zend_object *error = p->wait_error;
		zval messages, errors;
		array_init(&messages);
		array_init(&errors);
		add_next_index_zval(&messages, &p->wait_message);
		add_next_index_object(&errors, error);
		ZVAL_UNDEF(&p->wait_message);
		p->wait_error = NULL;
		zend_string *text = strpprintf(0, "The message could not be delivered: %s", kafka_exception_text(error));
		kafka_throw_delivery(kafka_exception_code(error), ZSTR_VAL(text), &messages, &errors, 1);
		zend_string_release(text);
		zval_ptr_dtor(&messages);
		zval_ptr_dtor(&errors);
		return;
	}
	RETVAL_COPY_VALUE(&p->wait_message);
	ZVAL_UNDEF(&p->wait_message);
}

ZEND_METHOD(Kafka_Producer, sendAndWait)
{
	kafka_send_args a = {0};
	zend_long timeout_ms = 10000;
	a.partition_is_null = a.timestamp_is_null = true;
	ZEND_PARSE_PARAMETERS_START(2, 7)
		KAFKA_SEND_ARGS_PARSE(a)
		Z_PARAM_LONG(timeout_ms)
	ZEND_PARSE_PARAMETERS_END();

	kafka_producer *p = kafka_producer_usable(ZEND_THIS, KAFKA_NOT_IN_CALLBACK);
	if (!p || !kafka_timeout_arg(7, &timeout_ms)) {
		RETURN_THROWS();
	}
	kafka_producer_clear_wait(p);
	uintptr_t opaque = ++p->next_opaque;
	if (!kafka_producer_produce(p, &a, opaque)) {
		RETURN_THROWS();
	}
	p->wait_opaque = opaque;
	kafka_drain_result waited = kafka_producer_wait(p, kafka_deadline(timeout_ms), true, kafka_producer_awaited);
	bool interrupted = waited == KAFKA_DRAIN_INTERRUPTED;
	/* A late report of this message is then handled like any other (failures go to flush()). */
	p->wait_opaque = 0;
	kafka_producer_return_awaited(p, timeout_ms, interrupted, return_value);
}

/* flush() and poll() still serve a producer that hit a fatal error: librdkafka fails what it
 * held, and those reports (onDelivery, failedMessages()) are how the application learns which
 * messages did not make it. The fatal error is thrown after them. */
static kafka_producer *kafka_producer_serving(zval *this_zv)
{
	kafka_producer *p = kafka_producer_from_obj(Z_OBJ_P(this_zv));
	if (!kafka_client_usable(&p->client, &p->std, KAFKA_NOT_IN_CALLBACK) || kafka_client_rethrow(&p->client)) {
		return NULL;
	}
	return p;
}

ZEND_METHOD(Kafka_Producer, flush)
{
	zend_long timeout_ms = 10000;
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(timeout_ms)
	ZEND_PARSE_PARAMETERS_END();

	kafka_producer *p = kafka_producer_serving(ZEND_THIS);
	if (!p || !kafka_timeout_arg(1, &timeout_ms)) {
		RETURN_THROWS();
	}
	if (kafka_producer_flush(p, timeout_ms, "flush()") == KAFKA_DRAIN_DONE) {
		kafka_client_throw_if_fatal(&p->client, &p->std);
	}
}

ZEND_METHOD(Kafka_Producer, poll)
{
	zend_long timeout_ms = 0;
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(timeout_ms)
	ZEND_PARSE_PARAMETERS_END();

	kafka_producer *p = kafka_producer_serving(ZEND_THIS);
	if (!p || !kafka_timeout_arg(1, &timeout_ms)) {
		RETURN_THROWS();
	}
	/* in slices, so that a signal ends the wait */
	int64_t deadline = kafka_deadline(timeout_ms);
	int served;
	do {
		served = kafka_producer_serve(p, kafka_wait_slice(kafka_left_ms(deadline)));
	} while (served == 0 && kafka_left_ms(deadline) > 0 && !kafka_vm_interrupted());
	if (served < 0 || kafka_client_throw_if_fatal(&p->client, &p->std)) {
		RETURN_THROWS();
	}
	RETURN_LONG(served);
}

ZEND_METHOD(Kafka_Producer, onDelivery)
{
	zend_fcall_info fci = empty_fcall_info;
	zend_fcall_info_cache fcc = empty_fcall_info_cache;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_FUNC_OR_NULL(fci, fcc)
	ZEND_PARSE_PARAMETERS_END();

	kafka_producer *p = kafka_producer_usable(ZEND_THIS, KAFKA_ANYWHERE);
	if (!p) {
		RETURN_THROWS();
	}
	kafka_callback_set(&p->on_delivery, &fci);
}

ZEND_METHOD(Kafka_Producer, pending)
{
	ZEND_PARSE_PARAMETERS_NONE();
	kafka_producer *p = kafka_producer_from_obj(Z_OBJ_P(ZEND_THIS));
	if (!kafka_client_usable(&p->client, &p->std, KAFKA_ANYWHERE)) {
		RETURN_THROWS();
	}
	RETURN_LONG(p->in_flight);
}

ZEND_METHOD(Kafka_Producer, close)
{
	zend_long timeout_ms = 10000;
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(timeout_ms)
	ZEND_PARSE_PARAMETERS_END();

	kafka_producer *p = kafka_producer_from_obj(Z_OBJ_P(ZEND_THIS));
	if (!kafka_client_usable(&p->client, &p->std, KAFKA_NOT_IN_CALLBACK) || !kafka_timeout_arg(1, &timeout_ms)) {
		RETURN_THROWS();
	}
	if (kafka_client_rethrow(&p->client)) {
		/* a callback's exception from an earlier send(): thrown, and the producer closes anyway */
	} else if (!p->client.fatal) {
		int64_t deadline = kafka_deadline(timeout_ms);
		if (kafka_producer_flush(p, timeout_ms, "close()") == KAFKA_DRAIN_INTERRUPTED) {
			return; /* still open: close() may be called again */
		}
		timeout_ms = kafka_left_ms(deadline);
	}
	/* Whatever flush() threw has reported those failures; the rest is served without callbacks
	 * for what is left of the timeout, then warned about. */
	if (p->persistent) {
		kafka_persistent_close(p, timeout_ms, "the timeout given to close()"); /* for good: the next persistent() makes a new one */
		return;
	}
	kafka_producer_destroy_handle(p, timeout_ms, "the timeout given to close()");
}

KAFKA_CLIENT_CALLBACK_METHODS(Kafka_Producer, kafka_producer, client)

void kafka_register_producer(void)
{
	kafka_ce_producer = register_class_Kafka_Producer();
	kafka_ce_producer->create_object = kafka_producer_create;
	memcpy(&kafka_producer_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	kafka_producer_handlers.offset = XtOffsetOf(kafka_producer, std);
	kafka_producer_handlers.dtor_obj = kafka_producer_dtor;
	kafka_producer_handlers.free_obj = kafka_producer_free;
	kafka_producer_handlers.get_gc = kafka_producer_get_gc;
	kafka_producer_handlers.clone_obj = NULL;
}
