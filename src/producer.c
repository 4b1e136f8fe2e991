/* Kafka\Producer: keyed send with headers; delivery is confirmed by flush() or reported. */
#include "php_kafka.h"
#include "zend_exceptions.h"
#include "producer_arginfo.h"
#include <pthread.h>
#include <unistd.h>

zend_class_entry *kafka_ce_producer;
static zend_object_handlers kafka_producer_handlers;

/* send() serves ready delivery reports every this many calls, so they never pile up. */
#define KAFKA_PRODUCER_SERVE_EVERY 256
/* Failed messages kept (with their Message) for the next flush(); the rest are only counted. */
#define KAFKA_PRODUCER_FAILURES_KEPT 1000
/* Topic handles kept for send(); past this many distinct topics the cache starts over. */
#define KAFKA_PRODUCER_TOPICS_KEPT 1024
/* The flusher thread's wait per rd_kafka_flush() call: how long it takes to stop at most. */
#define KAFKA_FLUSHER_SLICE_MS 20

/* While the PHP thread waits for acknowledgements it serves its own event queue; meanwhile a
 * thread of ours sits in rd_kafka_flush(), which tells librdkafka to send at once instead of
 * waiting for linger.ms. rd_kafka_flush() cannot serve our queue itself (event mode). */
typedef struct {
	rd_kafka_t *rk;
	pthread_t thread;
	bool running;
	bool stop; /* read and written atomically */
} kafka_flusher;

typedef struct {
	kafka_client client;
	rd_kafka_queue_t *queue;   /* main queue: delivery reports and errors, served by us */
	uint32_t sends_since_serve;
	zend_long in_flight;       /* accepted by send() and not yet reported */
	kafka_ext_options opts;
	HashTable topics;          /* name => rd_kafka_topic_t*, so send() needs no lookup by librdkafka */
	/* A delivery report batch whose serving stopped because a callback threw: resumed next time. */
	rd_kafka_event_t *dr_event;
	/* Failures since the last flush() that no onDelivery callback saw: the first
	 * KAFKA_PRODUCER_FAILURES_KEPT Messages and their Exceptions, in order, and the count of all. */
	zval failed_messages;
	zval failed_errors;
	zend_long failed_count;
	kafka_callback on_delivery;
	kafka_flusher flusher;
	/* sendAndWait(): the opaque of the awaited message and its outcome */
	uintptr_t next_opaque;
	uintptr_t wait_opaque;
	bool wait_done;
	zval wait_message;
	zend_object *wait_error;   /* NULL: acknowledged */
	zend_object std;
} kafka_producer;

static inline kafka_producer *kafka_producer_from_obj(zend_object *obj)
{
	return (kafka_producer *)((char *)obj - XtOffsetOf(kafka_producer, std));
}

/* ---- the flusher thread ---- */

static void *kafka_flusher_main(void *arg)
{
	kafka_flusher *f = arg;
	while (!__atomic_load_n(&f->stop, __ATOMIC_ACQUIRE)) {
		if (rd_kafka_outq_len(f->rk) == 0) {
			usleep(1000); /* nothing to push: the PHP thread is about to stop us */
			continue;
		}
		rd_kafka_flush(f->rk, KAFKA_FLUSHER_SLICE_MS);
	}
	return NULL;
}

static void kafka_flusher_start(kafka_producer *p)
{
	if (p->flusher.running || p->in_flight == 0) {
		return;
	}
	p->flusher.rk = p->client.rk;
	__atomic_store_n(&p->flusher.stop, false, __ATOMIC_RELEASE);
	/* Without a thread to spare, waits still work; they only pay linger.ms. */
	p->flusher.running = pthread_create(&p->flusher.thread, NULL, kafka_flusher_main, &p->flusher) == 0;
}

static void kafka_flusher_stop(kafka_producer *p)
{
	if (!p->flusher.running) {
		return;
	}
	__atomic_store_n(&p->flusher.stop, true, __ATOMIC_RELEASE);
	pthread_join(p->flusher.thread, NULL);
	p->flusher.running = false;
}

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

static void kafka_producer_reset_failures(kafka_producer *p)
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
	return kafka_exception_new(kafka_ce_exception, rkm->err, rd_kafka_err2str(rkm->err),
		kafka_err_is_retriable(rkm->err), false);
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

static void kafka_producer_handle_report(kafka_producer *p, const rd_kafka_message_t *rkm)
{
	p->in_flight--;
	bool awaited = p->wait_opaque && (uintptr_t)rkm->_private == p->wait_opaque;
	bool has_callback = kafka_callback_isset(&p->on_delivery) && !p->client.callbacks_disabled;
	if (!rkm->err && !awaited && !has_callback) {
		return; /* the hot path: an acknowledged message nobody waits for */
	}

	zval message;
	kafka_message_from_rd(&message, rkm, NULL);
	zend_object *error = rkm->err ? kafka_delivery_error(rkm) : NULL;
	if (awaited) {
		/* sendAndWait() reports this message itself, success or failure */
		p->wait_done = true;
		ZVAL_COPY(&p->wait_message, &message);
		if (error) {
			GC_ADDREF(error);
			p->wait_error = error;
		}
	} else if (error && !has_callback) {
		/* a failure onDelivery sees is the callback's to handle; others wait for flush() */
		kafka_producer_record_failure(p, &message, error);
	}
	if (has_callback) {
		kafka_producer_call_on_delivery(p, &message, error);
	}
	if (error) {
		OBJ_RELEASE(error);
	}
	zval_ptr_dtor(&message);
}

/* Serves the current delivery report batch; false if a callback threw (the rest of it is kept). */
static bool kafka_producer_serve_dr(kafka_producer *p)
{
	const rd_kafka_message_t *rkm;
	while ((rkm = rd_kafka_event_message_next(p->dr_event))) {
		kafka_producer_handle_report(p, rkm);
		if (EG(exception)) {
			return false;
		}
	}
	rd_kafka_event_destroy(p->dr_event);
	p->dr_event = NULL;
	return true;
}

/* Serves ready events, waiting up to timeout_ms for the first one. Only ever runs outside of
 * this producer's callbacks (the methods that serve are refused inside them; send() skips it).
 * Returns the number of delivery reports and other events served, or -1 if a callback threw. */
static int kafka_producer_serve(kafka_producer *p, int timeout_ms)
{
	ZEND_ASSERT(p->client.callback_depth == 0);
	int served = 0;
	if (p->dr_event && !kafka_producer_serve_dr(p)) {
		return -1;
	}
	/* Logs and statistics are served as callbacks inside rd_kafka_queue_poll(); delivery reports,
	 * errors and token refreshes come out as events. */
	rd_kafka_event_t *ev;
	while (!kafka_client_rethrow(&p->client) && (ev = rd_kafka_queue_poll(p->queue, served == 0 ? timeout_ms : 0))) {
		served++;
		switch (rd_kafka_event_type(ev)) {
			case RD_KAFKA_EVENT_DR:
				served += (int)rd_kafka_event_message_count(ev) - 1;
				p->dr_event = ev;
				if (!kafka_producer_serve_dr(p)) {
					return -1;
				}
				continue; /* serve_dr destroyed it */
			case RD_KAFKA_EVENT_ERROR:
				kafka_client_handle_error(&p->client, rd_kafka_event_error(ev), rd_kafka_event_error_string(ev));
				break;
			case RD_KAFKA_EVENT_OAUTHBEARER_TOKEN_REFRESH:
				kafka_client_refresh_token(&p->client, rd_kafka_event_config_string(ev));
				break;
			default:
				break;
		}
		rd_kafka_event_destroy(ev);
	}
	p->sends_since_serve = 0;
	return EG(exception) ? -1 : served;
}

static bool kafka_producer_idle(kafka_producer *p)
{
	return p->in_flight == 0;
}

typedef enum { KAFKA_DRAIN_DONE, KAFKA_DRAIN_TIMED_OUT, KAFKA_DRAIN_THREW, KAFKA_DRAIN_INTERRUPTED } kafka_drain_result;

/* Serves events until nothing is in flight, deadline passes, a callback throws or (when
 * interruptible) a signal arrives. librdkafka sends at once meanwhile (no linger). */
static kafka_drain_result kafka_producer_drain(kafka_producer *p, int64_t deadline, bool interruptible)
{
	kafka_drain_result result = KAFKA_DRAIN_DONE;
	kafka_flusher_start(p);
	do {
		if (kafka_producer_serve(p, kafka_producer_idle(p) ? 0 : kafka_wait_slice(kafka_left_ms(deadline))) < 0) {
			result = KAFKA_DRAIN_THREW;
			break;
		}
		if (kafka_producer_idle(p)) {
			break;
		}
		if (interruptible && kafka_vm_interrupted()) {
			result = KAFKA_DRAIN_INTERRUPTED;
			break;
		}
		if (kafka_left_ms(deadline) == 0) {
			result = KAFKA_DRAIN_TIMED_OUT;
			break;
		}
	} while (true);
	kafka_flusher_stop(p);
	return result;
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
static kafka_producer *kafka_producer_usable(zval *this_zv, kafka_reentry reentry)
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
		p->dr_event = NULL;
		return;
	}
	/* No PHP code runs from here: reports still due (also the rest of a batch whose callback
	 * threw) are counted, failures kept for the warning below. */
	p->client.callbacks_disabled = true;
	zend_object *pending = EG(exception);
	EG(exception) = NULL;
	kafka_producer_drain(p, kafka_deadline(timeout_ms), false);
	EG(exception) = pending;

	zend_long undelivered = p->in_flight;
	rd_kafka_purge(p->client.rk, RD_KAFKA_PURGE_F_QUEUE | RD_KAFKA_PURGE_F_INFLIGHT | RD_KAFKA_PURGE_F_NON_BLOCKING);
	if (p->dr_event) {
		rd_kafka_event_destroy(p->dr_event);
		p->dr_event = NULL;
	}
	kafka_producer_release_topics(p);
	rd_kafka_queue_destroy(p->queue);
	rd_kafka_destroy(p->client.rk);
	p->client.rk = NULL;
	p->queue = NULL;

	if (undelivered > 0) {
		kafka_warning("Kafka\\Producer destroyed with " ZEND_LONG_FMT " message(s) not delivered within " ZEND_LONG_FMT " ms (%s); they are lost. Last error: %s",
			undelivered, timeout_ms, timeout_source, kafka_producer_last_error(p));
	}
	if (p->failed_count > 0) {
		kafka_warning("Kafka\\Producer destroyed with " ZEND_LONG_FMT " message(s) whose delivery failed and was not reported by flush(); first error: %s",
			p->failed_count, kafka_exception_text(kafka_producer_first_failure(p)));
		kafka_producer_reset_failures(p);
	}
}

static void kafka_producer_dtor(zend_object *obj)
{
	kafka_producer *p = kafka_producer_from_obj(obj);
	zend_objects_destroy_object(obj); /* a subclass's __destruct() may still send or flush */
	kafka_producer_destroy_handle(p, p->opts.destroy_flush_timeout_ms, "php.destroy.flush.timeout.ms");
}

static void kafka_producer_free(zend_object *obj)
{
	kafka_producer *p = kafka_producer_from_obj(obj);
	/* destructors are skipped after a fatal error */
	kafka_producer_destroy_handle(p, p->opts.destroy_flush_timeout_ms, "php.destroy.flush.timeout.ms");
	zend_hash_destroy(&p->topics);
	zval_ptr_dtor(&p->failed_messages);
	zval_ptr_dtor(&p->failed_errors);
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
	zend_get_gc_buffer_add_zval(buffer, &p->wait_message);
	if (p->wait_error) {
		zend_get_gc_buffer_add_obj(buffer, p->wait_error);
	}
	zend_get_gc_buffer_use(buffer, table, n);
	return zend_std_get_properties(obj);
}

/* ---- methods ---- */

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

	rd_kafka_conf_t *conf = rd_kafka_conf_new();
	/* Safe defaults (each may be overridden by the config array, applied after them). */
	if (!kafka_conf_set(conf, "enable.idempotence", "true")
			|| !kafka_conf_set(conf, "partitioner", "murmur2_random")
			|| !kafka_conf_apply(conf, config, KAFKA_OPT_DESTROY_FLUSH_TIMEOUT | KAFKA_OPT_SEND_BLOCK_TIMEOUT, &p->opts)) {
		rd_kafka_conf_destroy(conf);
		RETURN_THROWS();
	}
	rd_kafka_conf_set_events(conf, RD_KAFKA_EVENT_DR);
	kafka_client_conf_callbacks(&p->client, conf, config);

	rd_kafka_t *rk = kafka_handle_new(RD_KAFKA_PRODUCER, conf);
	if (!rk) {
		RETURN_THROWS();
	}
	kafka_client_started(&p->client, rk);
	p->queue = rd_kafka_queue_get_main(rk);
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
	if (!kafka_send_args_check(a)) {
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
		} else {
			kafka_throw(kafka_ce_exception, err, "Could not send to topic \"%s\": %s", ZSTR_VAL(a->topic), rd_kafka_err2str(err));
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
	int64_t deadline = kafka_deadline(timeout_ms);
	bool interrupted = false;
	kafka_flusher_start(p);
	while (!p->wait_done && !EG(exception)) {
		int64_t left = kafka_left_ms(deadline);
		if (kafka_producer_serve(p, kafka_wait_slice(left)) < 0 || p->wait_done || left == 0) {
			break;
		}
		if ((interrupted = kafka_vm_interrupted())) {
			break;
		}
	}
	kafka_flusher_stop(p);
	/* A late report of this message is then handled like any other (failures go to flush()). */
	p->wait_opaque = 0;
	kafka_producer_return_awaited(p, timeout_ms, interrupted, return_value);
}

ZEND_METHOD(Kafka_Producer, flush)
{
	zend_long timeout_ms = 10000;
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(timeout_ms)
	ZEND_PARSE_PARAMETERS_END();

	kafka_producer *p = kafka_producer_usable(ZEND_THIS, KAFKA_NOT_IN_CALLBACK);
	if (!p || !kafka_timeout_arg(1, &timeout_ms)) {
		RETURN_THROWS();
	}
	kafka_producer_flush(p, timeout_ms, "flush()");
}

ZEND_METHOD(Kafka_Producer, poll)
{
	zend_long timeout_ms = 0;
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(timeout_ms)
	ZEND_PARSE_PARAMETERS_END();

	kafka_producer *p = kafka_producer_usable(ZEND_THIS, KAFKA_NOT_IN_CALLBACK);
	if (!p || !kafka_timeout_arg(1, &timeout_ms)) {
		RETURN_THROWS();
	}
	/* in slices, so that a signal ends the wait */
	int64_t deadline = kafka_deadline(timeout_ms);
	int served;
	do {
		served = kafka_producer_serve(p, kafka_wait_slice(kafka_left_ms(deadline)));
	} while (served == 0 && kafka_left_ms(deadline) > 0 && !kafka_vm_interrupted());
	if (served < 0) {
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
