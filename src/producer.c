/* Kafka\Producer: keyed send with headers; delivery is confirmed by flush() or reported. */
#include "php_kafka.h"
#include "zend_exceptions.h"
#include "producer_arginfo.h"

zend_class_entry *kafka_ce_producer;
static zend_object_handlers kafka_producer_handlers;

/* send() serves ready delivery reports every this many calls, so they never pile up. */
#define KAFKA_PRODUCER_SERVE_EVERY 256

typedef struct {
	rd_kafka_t *rk;
	rd_kafka_queue_t *queue;   /* main queue: delivery reports and errors, served by us */
	uint32_t fork_generation;
	uint32_t sends_since_serve;
	zend_long in_flight;       /* accepted by send() and not yet reported */
	kafka_ext_options opts;
	HashTable topics;          /* name => rd_kafka_topic_t*, so send() needs no lookup by librdkafka */
	/* A delivery report batch whose serving stopped because a callback threw: resumed next time. */
	rd_kafka_event_t *dr_event;
	/* Failures since the last flush(): Messages and their Exceptions, in order. */
	zval failed_messages;
	zval failed_errors;
	/* onDelivery */
	zval on_delivery;
	zend_fcall_info_cache on_delivery_fcc;
	bool serving_callback;
	bool callbacks_disabled;   /* during destruction */
	/* sendAndWait(): the opaque of the awaited message and its outcome */
	uintptr_t next_opaque;
	uintptr_t wait_opaque;
	bool wait_done;
	zval wait_message;
	zend_object *wait_error;   /* NULL: acknowledged */
	/* The latest error librdkafka reported (broker down, ...), for messages about what is stuck. */
	rd_kafka_resp_err_t last_err;
	char last_error[256];
	bool fatal;
	zend_object std;
} kafka_producer;

static inline kafka_producer *kafka_producer_from_obj(zend_object *obj)
{
	return (kafka_producer *)((char *)obj - XtOffsetOf(kafka_producer, std));
}

/* ---- object lifecycle ---- */

static zend_object *kafka_producer_create(zend_class_entry *ce)
{
	kafka_producer *p = zend_object_alloc(sizeof(kafka_producer), ce);
	zend_object_std_init(&p->std, ce);
	object_properties_init(&p->std, ce);
	p->std.handlers = &kafka_producer_handlers;
	p->fork_generation = kafka_fork_generation;
	zend_hash_init(&p->topics, 4, NULL, NULL, 0);
	array_init(&p->failed_messages);
	array_init(&p->failed_errors);
	ZVAL_UNDEF(&p->on_delivery);
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

static void kafka_producer_note_error(kafka_producer *p, rd_kafka_resp_err_t err, const char *reason)
{
	if (err == RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN && p->last_error[0]) {
		return; /* keep the more telling cause, e.g. "Connection refused" */
	}
	p->last_err = err;
	snprintf(p->last_error, sizeof(p->last_error), "%s", reason);
}

/* ---- delivery reports ---- */

static void kafka_producer_record_failure(kafka_producer *p, zval *message, zend_object *error)
{
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
	zval args[2], retval;
	ZVAL_COPY_VALUE(&args[0], message);
	if (error) {
		ZVAL_OBJ(&args[1], error);
	} else {
		ZVAL_NULL(&args[1]);
	}
	/* The callback may replace itself with onDelivery(): hold it until the call returns. */
	zval callable;
	zend_fcall_info_cache fcc = p->on_delivery_fcc;
	ZVAL_COPY(&callable, &p->on_delivery);
	p->serving_callback = true;
	zend_call_known_function(fcc.function_handler, fcc.object, fcc.called_scope, &retval, 2, args, NULL);
	p->serving_callback = false;
	zval_ptr_dtor(&retval);
	zval_ptr_dtor(&callable);
}

static void kafka_producer_handle_report(kafka_producer *p, const rd_kafka_message_t *rkm)
{
	p->in_flight--;
	bool awaited = p->wait_opaque && (uintptr_t)rkm->_private == p->wait_opaque;
	bool has_callback = Z_TYPE(p->on_delivery) != IS_UNDEF && !p->callbacks_disabled;
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
	} else if (error) {
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

/* Serves the current delivery report batch; false if a callback threw (the batch is kept). */
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

static void kafka_producer_handle_error_event(kafka_producer *p, rd_kafka_event_t *ev)
{
	kafka_producer_note_error(p, rd_kafka_event_error(ev), rd_kafka_event_error_string(ev));
	if (rd_kafka_event_error_is_fatal(ev)) {
		char reason[256];
		rd_kafka_resp_err_t err = rd_kafka_fatal_error(p->rk, reason, sizeof(reason));
		kafka_producer_note_error(p, err, reason);
		p->fatal = true;
	}
}

/* Serves ready events, waiting up to timeout_ms for the first one.
 * Returns the number of delivery reports and other events served, or -1 if a callback threw. */
static int kafka_producer_serve(kafka_producer *p, int timeout_ms)
{
	int served = 0;
	if (p->dr_event && !kafka_producer_serve_dr(p)) {
		return -1;
	}
	rd_kafka_event_t *ev;
	while ((ev = rd_kafka_queue_poll(p->queue, served == 0 ? timeout_ms : 0))) {
		switch (rd_kafka_event_type(ev)) {
			case RD_KAFKA_EVENT_DR:
				served += (int)rd_kafka_event_message_count(ev);
				p->dr_event = ev;
				if (!kafka_producer_serve_dr(p)) {
					return -1;
				}
				break;
			case RD_KAFKA_EVENT_ERROR:
				served++;
				kafka_producer_handle_error_event(p, ev);
				rd_kafka_event_destroy(ev);
				break;
			default:
				served++;
				rd_kafka_event_destroy(ev);
				break;
		}
	}
	p->sends_since_serve = 0;
	return served;
}

static bool kafka_producer_idle(kafka_producer *p)
{
	return p->in_flight == 0;
}

/* Serves events until nothing is in flight or timeout_ms passes. False if a callback threw. */
static bool kafka_producer_drain(kafka_producer *p, zend_long timeout_ms)
{
	int64_t deadline = kafka_now_ms() + timeout_ms;
	do {
		int slice = kafka_wait_slice(deadline - kafka_now_ms());
		if (kafka_producer_serve(p, kafka_producer_idle(p) ? 0 : slice) < 0) {
			return false;
		}
	} while (!kafka_producer_idle(p) && kafka_now_ms() < deadline);
	return true;
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

static kafka_producer *kafka_producer_usable(zval *this_zv)
{
	kafka_producer *p = kafka_producer_from_obj(Z_OBJ_P(this_zv));
	if (!kafka_check_usable("Kafka\\Producer", p->rk, p->fork_generation)) {
		return NULL;
	}
	if (p->fatal) {
		kafka_exception_set_fatal(kafka_throw(kafka_ce_exception, p->last_err,
			"This Kafka\\Producer hit a fatal error and must be recreated: %s", p->last_error));
		return NULL;
	}
	return p;
}

/* poll/flush/close from inside onDelivery would re-enter the report being served. */
static bool kafka_producer_check_not_in_callback(kafka_producer *p, const char *method)
{
	if (p->serving_callback) {
		kafka_throw(kafka_ce_exception, RD_KAFKA_RESP_ERR__STATE,
			"Kafka\\Producer::%s() cannot be called from inside the onDelivery callback", method);
		return false;
	}
	return true;
}

static bool kafka_producer_check_timeout(uint32_t arg_num, zend_long timeout_ms)
{
	if (timeout_ms < 0 || timeout_ms > INT_MAX) {
		zend_argument_value_error(arg_num, "must be between 0 and %d milliseconds", INT_MAX);
		return false;
	}
	return true;
}

/* ---- flush / destruction ---- */

static void kafka_throw_delivery(rd_kafka_resp_err_t err, const char *text, zval *messages, zval *errors)
{
	zend_object *ex = kafka_throw(kafka_ce_delivery_exception, err, "%s", text);
	zend_update_property(kafka_ce_delivery_exception, ex, ZEND_STRL("failedMessages"), messages);
	zend_update_property(kafka_ce_delivery_exception, ex, ZEND_STRL("errors"), errors);
}

static zend_object *kafka_producer_first_failure(kafka_producer *p)
{
	return Z_OBJ_P(zend_hash_index_find(Z_ARRVAL(p->failed_errors), 0));
}

static void kafka_producer_throw_failures(kafka_producer *p)
{
	zend_object *first = kafka_producer_first_failure(p);
	zend_string *text = strpprintf(0, "%u message(s) could not be delivered; first error: %s",
		zend_hash_num_elements(Z_ARRVAL(p->failed_errors)), kafka_exception_text(first));
	kafka_throw_delivery(kafka_exception_code(first), ZSTR_VAL(text), &p->failed_messages, &p->failed_errors);
	zend_string_release(text);
	zval_ptr_dtor(&p->failed_messages);
	zval_ptr_dtor(&p->failed_errors);
	array_init(&p->failed_messages);
	array_init(&p->failed_errors);
}

static const char *kafka_producer_last_error(kafka_producer *p)
{
	return p->last_error[0] ? p->last_error : "no error reported by librdkafka";
}

/* flush() and close(): wait, then report failures or a timeout. */
static void kafka_producer_flush(kafka_producer *p, zend_long timeout_ms)
{
	if (!kafka_producer_drain(p, timeout_ms)) {
		return;
	}
	if (zend_hash_num_elements(Z_ARRVAL(p->failed_errors)) > 0) {
		kafka_producer_throw_failures(p);
		return;
	}
	if (!kafka_producer_idle(p)) {
		zend_object *ex = kafka_throw(kafka_ce_timeout_exception, RD_KAFKA_RESP_ERR__TIMED_OUT,
			"Flush timed out after " ZEND_LONG_FMT " ms with " ZEND_LONG_FMT " message(s) still in flight; last error: %s",
			timeout_ms, p->in_flight, kafka_producer_last_error(p));
		zend_update_property_long(kafka_ce_timeout_exception, ex, ZEND_STRL("inFlight"), p->in_flight);
	}
}

/* Releases the handle. What could not be delivered, and failures no flush() reported, are warned about. */
static void kafka_producer_destroy_handle(kafka_producer *p, bool flush_first)
{
	if (!p->rk) {
		return;
	}
	if (p->fork_generation != kafka_fork_generation) {
		/* librdkafka's threads are the parent's: destroying would wait for them forever. */
		p->rk = NULL;
		return;
	}
	if (flush_first) {
		p->callbacks_disabled = true;
		kafka_producer_drain(p, p->opts.destroy_flush_timeout_ms);
	}
	zend_long undelivered = p->in_flight;
	uint32_t failed = zend_hash_num_elements(Z_ARRVAL(p->failed_errors));

	rd_kafka_purge(p->rk, RD_KAFKA_PURGE_F_QUEUE | RD_KAFKA_PURGE_F_INFLIGHT | RD_KAFKA_PURGE_F_NON_BLOCKING);
	if (p->dr_event) {
		rd_kafka_event_destroy(p->dr_event);
		p->dr_event = NULL;
	}
	kafka_producer_release_topics(p);
	rd_kafka_queue_destroy(p->queue);
	rd_kafka_destroy(p->rk);
	p->rk = NULL;
	p->queue = NULL;

	if (undelivered > 0) {
		php_error_docref(NULL, E_WARNING,
			"Kafka\\Producer destroyed with " ZEND_LONG_FMT " message(s) not delivered within " ZEND_LONG_FMT " ms (php.destroy.flush.timeout.ms); they are lost. Last error: %s",
			undelivered, p->opts.destroy_flush_timeout_ms, kafka_producer_last_error(p));
	}
	if (failed > 0) {
		php_error_docref(NULL, E_WARNING,
			"Kafka\\Producer destroyed with %u message(s) whose delivery failed and was not reported by flush(); first error: %s",
			failed, kafka_exception_text(kafka_producer_first_failure(p)));
	}
}

static void kafka_producer_dtor(zend_object *obj)
{
	kafka_producer *p = kafka_producer_from_obj(obj);
	zend_objects_destroy_object(obj); /* a subclass's __destruct() may still send or flush */
	/* A destructor may run while an exception unwinds the stack: keep it aside while we flush. */
	zend_object *pending = EG(exception);
	EG(exception) = NULL;
	kafka_producer_destroy_handle(p, true);
	if (EG(exception)) {
		zend_clear_exception();
	}
	EG(exception) = pending;
}

static void kafka_producer_free(zend_object *obj)
{
	kafka_producer *p = kafka_producer_from_obj(obj);
	kafka_producer_destroy_handle(p, true); /* destructors are skipped after a fatal error */
	zend_hash_destroy(&p->topics);
	zval_ptr_dtor(&p->failed_messages);
	zval_ptr_dtor(&p->failed_errors);
	zval_ptr_dtor(&p->on_delivery);
	kafka_producer_clear_wait(p);
	zend_object_std_dtor(obj);
}

static HashTable *kafka_producer_get_gc(zend_object *obj, zval **table, int *n)
{
	kafka_producer *p = kafka_producer_from_obj(obj);
	zend_get_gc_buffer *buffer = zend_get_gc_buffer_create();
	zend_get_gc_buffer_add_zval(buffer, &p->on_delivery);
	zend_get_gc_buffer_add_zval(buffer, &p->failed_messages);
	zend_get_gc_buffer_add_zval(buffer, &p->failed_errors);
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
	if (p->rk) {
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
	rd_kafka_conf_set_events(conf, RD_KAFKA_EVENT_DR | RD_KAFKA_EVENT_ERROR);

	rd_kafka_t *rk = kafka_handle_new(RD_KAFKA_PRODUCER, conf);
	if (!rk) {
		RETURN_THROWS();
	}
	p->rk = rk;
	p->queue = rd_kafka_queue_get_main(rk);
}

static rd_kafka_topic_t *kafka_producer_topic(kafka_producer *p, zend_string *name)
{
	rd_kafka_topic_t *rkt = zend_hash_find_ptr(&p->topics, name);
	if (rkt) {
		return rkt;
	}
	rkt = rd_kafka_topic_new(p->rk, ZSTR_VAL(name), NULL);
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

/* Queues one message; waits (serving reports) while the local queue is full, up to a bound. */
static bool kafka_producer_produce(kafka_producer *p, kafka_send_args *a, uintptr_t opaque)
{
	if (ZSTR_LEN(a->topic) == 0) {
		kafka_throw(kafka_ce_exception, RD_KAFKA_RESP_ERR__INVALID_ARG, "Topic name must not be empty");
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
	rd_kafka_topic_t *rkt = kafka_producer_topic(p, a->topic);
	if (!rkt) {
		return false;
	}
	rd_kafka_headers_t *headers = NULL;
	if (a->headers && !kafka_headers_from_array(a->headers, &headers)) {
		return false;
	}

	int64_t blocked_since = 0;
	rd_kafka_resp_err_t err;
	while (true) {
		err = rd_kafka_producev(p->rk,
			RD_KAFKA_V_RKT(rkt),
			RD_KAFKA_V_PARTITION(a->partition_is_null ? RD_KAFKA_PARTITION_UA : (int32_t)a->partition),
			RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY),
			RD_KAFKA_V_VALUE(a->payload ? ZSTR_VAL(a->payload) : NULL, a->payload ? ZSTR_LEN(a->payload) : 0),
			RD_KAFKA_V_KEY(a->key ? ZSTR_VAL(a->key) : NULL, a->key ? ZSTR_LEN(a->key) : 0),
			RD_KAFKA_V_HEADERS(headers),
			RD_KAFKA_V_TIMESTAMP(a->timestamp_is_null ? 0 : (int64_t)a->timestamp),
			RD_KAFKA_V_OPAQUE((void *)opaque),
			RD_KAFKA_V_END);
		if (err != RD_KAFKA_RESP_ERR__QUEUE_FULL) {
			break;
		}
		int64_t now = kafka_now_ms();
		if (!blocked_since) {
			blocked_since = now;
		} else if (now - blocked_since >= p->opts.send_block_timeout_ms) {
			break;
		}
		if (kafka_producer_serve(p, KAFKA_WAIT_SLICE_MS) < 0) {
			err = RD_KAFKA_RESP_ERR__QUEUE_FULL;
			break;
		}
	}
	if (err) {
		if (headers) {
			rd_kafka_headers_destroy(headers); /* only taken over by librdkafka on success */
		}
		if (EG(exception)) {
			return false; /* a callback threw while we waited for room */
		}
		if (err == RD_KAFKA_RESP_ERR__QUEUE_FULL) {
			kafka_throw(kafka_ce_timeout_exception, err,
				"The producer's local queue stayed full for " ZEND_LONG_FMT " ms (php.send.block.timeout.ms; queue.buffering.max.messages/kbytes); last error: %s",
				p->opts.send_block_timeout_ms, kafka_producer_last_error(p));
		} else {
			kafka_throw(kafka_ce_exception, err, "Could not send to topic \"%s\": %s", ZSTR_VAL(a->topic), rd_kafka_err2str(err));
		}
		return false;
	}
	p->in_flight++;
	if (++p->sends_since_serve >= KAFKA_PRODUCER_SERVE_EVERY && !p->serving_callback) {
		return kafka_producer_serve(p, 0) >= 0;
	}
	return true;
}

#define KAFKA_SEND_ARGS_PARSE(a) \
		Z_PARAM_STR((a).topic) \
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

	kafka_producer *p = kafka_producer_usable(ZEND_THIS);
	if (!p) {
		RETURN_THROWS();
	}
	kafka_producer_produce(p, &a, 0);
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

	kafka_producer *p = kafka_producer_usable(ZEND_THIS);
	if (!p || !kafka_producer_check_timeout(7, timeout_ms) || !kafka_producer_check_not_in_callback(p, "sendAndWait")) {
		RETURN_THROWS();
	}
	kafka_producer_clear_wait(p);
	uintptr_t opaque = ++p->next_opaque;
	if (!kafka_producer_produce(p, &a, opaque)) {
		RETURN_THROWS();
	}
	p->wait_opaque = opaque;
	int64_t deadline = kafka_now_ms() + timeout_ms;
	while (!p->wait_done) {
		int64_t left = deadline - kafka_now_ms();
		if (left <= 0) {
			break;
		}
		if (kafka_producer_serve(p, kafka_wait_slice(left)) < 0) {
			break;
		}
	}
	/* A late report of this message is then handled like any other (failures go to flush()). */
	p->wait_opaque = 0;
	if (EG(exception)) {
		RETURN_THROWS();
	}
	if (!p->wait_done) {
		kafka_throw(kafka_ce_timeout_exception, RD_KAFKA_RESP_ERR__TIMED_OUT,
			"No acknowledgement for the message within " ZEND_LONG_FMT " ms; it is still in flight and a failure will be reported by flush(). Last error: %s",
			timeout_ms, kafka_producer_last_error(p));
		RETURN_THROWS();
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
		kafka_throw_delivery(kafka_exception_code(error), ZSTR_VAL(text), &messages, &errors);
		zend_string_release(text);
		zval_ptr_dtor(&messages);
		zval_ptr_dtor(&errors);
		RETURN_THROWS();
	}
	RETVAL_COPY_VALUE(&p->wait_message);
	ZVAL_UNDEF(&p->wait_message);
}

ZEND_METHOD(Kafka_Producer, flush)
{
	zend_long timeout_ms = 10000;
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(timeout_ms)
	ZEND_PARSE_PARAMETERS_END();

	kafka_producer *p = kafka_producer_usable(ZEND_THIS);
	if (!p || !kafka_producer_check_timeout(1, timeout_ms) || !kafka_producer_check_not_in_callback(p, "flush")) {
		RETURN_THROWS();
	}
	kafka_producer_flush(p, timeout_ms);
}

ZEND_METHOD(Kafka_Producer, poll)
{
	zend_long timeout_ms = 0;
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(timeout_ms)
	ZEND_PARSE_PARAMETERS_END();

	kafka_producer *p = kafka_producer_usable(ZEND_THIS);
	if (!p || !kafka_producer_check_timeout(1, timeout_ms) || !kafka_producer_check_not_in_callback(p, "poll")) {
		RETURN_THROWS();
	}
	int served = kafka_producer_serve(p, (int)timeout_ms);
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

	kafka_producer *p = kafka_producer_usable(ZEND_THIS);
	if (!p) {
		RETURN_THROWS();
	}
	zval_ptr_dtor(&p->on_delivery);
	ZVAL_UNDEF(&p->on_delivery);
	if (ZEND_FCI_INITIALIZED(fci)) {
		ZVAL_COPY(&p->on_delivery, &fci.function_name);
		p->on_delivery_fcc = fcc;
	}
}

ZEND_METHOD(Kafka_Producer, pending)
{
	ZEND_PARSE_PARAMETERS_NONE();
	kafka_producer *p = kafka_producer_usable(ZEND_THIS);
	if (!p) {
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
	if (!kafka_check_usable("Kafka\\Producer", p->rk, p->fork_generation)
			|| !kafka_producer_check_timeout(1, timeout_ms) || !kafka_producer_check_not_in_callback(p, "close")) {
		RETURN_THROWS();
	}
	if (!p->fatal) {
		kafka_producer_flush(p, timeout_ms);
	}
	/* Whatever flush() threw has reported the failures; what is still in flight is warned about. */
	kafka_producer_destroy_handle(p, false);
}

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
