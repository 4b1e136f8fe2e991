/* Kafka\Consumer, and what it shares with Kafka\ConsumerGroup (consumer_group.c reuses these
 * methods through @implementation-alias): signal-aware polling, at-least-once offset storing,
 * commits, seeks, positions, watermarks and a bounded close. */
#include "php_kafka.h"
#include "zend_exceptions.h"
#include "consumer_arginfo.h"
#include <sys/time.h>
#include <unistd.h>
#include <inttypes.h>
#include <pthread.h>
#include <errno.h>

zend_class_entry *kafka_ce_consumer;
zend_object_handlers kafka_consumer_handlers;

/* seek() only hands the new position to librdkafka's fetcher: this bounds that hand-over. */
#define KAFKA_CONSUMER_SEEK_TIMEOUT_MS 5000

/* Set by PHP when a signal arrives (pcntl_async_signals) or a time limit passes: the VM wants
 * control back to run the handler, so a wait returns early. */
static bool kafka_vm_interrupted(void)
{
#if PHP_VERSION_ID >= 80200
	return zend_atomic_bool_load_ex(&EG(vm_interrupt));
#else
	return EG(vm_interrupt);
#endif
}

static const char *kafka_consumer_class(kafka_consumer *c)
{
	return ZSTR_VAL(c->std.ce->name);
}

/* ---- message lists ---- */

static void kafka_message_list_push(kafka_message_list *list, rd_kafka_message_t *rkm)
{
	if (list->count == list->cap) {
		list->cap = list->cap ? list->cap * 2 : 8;
		list->items = erealloc(list->items, list->cap * sizeof(*list->items));
	}
	list->items[list->count++] = rkm;
}

/* Forgets the first n messages (the caller took them over). */
static void kafka_message_list_shift(kafka_message_list *list, uint32_t n)
{
	list->count -= n;
	memmove(list->items, list->items + n, list->count * sizeof(*list->items));
}

static void kafka_message_list_clear(kafka_message_list *list)
{
	for (uint32_t i = 0; i < list->count; i++) {
		rd_kafka_message_destroy(list->items[i]);
	}
	list->count = 0;
}

static void kafka_message_list_free(kafka_message_list *list)
{
	if (list->items) {
		efree(list->items);
	}
	memset(list, 0, sizeof(*list));
}

/* Destroys the messages of one partition, keeping the others in order. */
static void kafka_message_list_drop(kafka_message_list *list, const char *topic, int32_t partition)
{
	uint32_t kept = 0;
	for (uint32_t i = 0; i < list->count; i++) {
		rd_kafka_message_t *rkm = list->items[i];
		if (rkm->partition == partition && strcmp(rd_kafka_topic_name(rkm->rkt), topic) == 0) {
			rd_kafka_message_destroy(rkm);
		} else {
			list->items[kept++] = rkm;
		}
	}
	list->count = kept;
}

void kafka_consumer_forget_backlog(kafka_consumer *c, const rd_kafka_topic_partition_list_t *partitions)
{
	for (int i = 0; partitions && i < partitions->cnt && c->backlog.count > 0; i++) {
		kafka_message_list_drop(&c->backlog, partitions->elems[i].topic, partitions->elems[i].partition);
	}
}

/* ---- at-least-once: offsets of finished messages ---- */

static void kafka_consumer_store_offset(rd_kafka_message_t *rkm)
{
	/* A failure means the partition was revoked meanwhile: its new owner reads the message again. */
#if RD_KAFKA_VERSION >= 0x020100ff
	rd_kafka_error_t *error = rd_kafka_offset_store_message(rkm);
	if (error) {
		rd_kafka_error_destroy(error);
	}
#else
	rd_kafka_offset_store(rkm->rkt, rkm->partition, rkm->offset);
#endif
}

void kafka_consumer_store_handed(kafka_consumer *c)
{
	if (c->store_offsets) {
		for (uint32_t i = 0; i < c->handed.count; i++) {
			kafka_consumer_store_offset(c->handed.items[i]);
		}
	}
	kafka_message_list_clear(&c->handed);
}

/* ---- exceptions ---- */

void kafka_consumer_capture_exception(kafka_consumer *c)
{
	if (!EG(exception)) {
		return;
	}
	if (!c->pending_exception) {
		c->pending_exception = EG(exception);
		GC_ADDREF(c->pending_exception);
	}
	zend_clear_exception();
}

/* Throws what a callback threw, if anything (an exception already thrown becomes its previous). */
static bool kafka_consumer_rethrow(kafka_consumer *c)
{
	zend_object *ex = c->pending_exception;
	if (!ex) {
		return false;
	}
	c->pending_exception = NULL;
	zval zex;
	ZVAL_OBJ(&zex, ex);
	zend_throw_exception_object(&zex);
	return true;
}

static zend_class_entry *kafka_consumer_exception_class(rd_kafka_resp_err_t err)
{
	return err == RD_KAFKA_RESP_ERR__TIMED_OUT ? kafka_ce_timeout_exception : kafka_ce_exception;
}

/* The first error of a (commit, pause, ...) result: the request's, else the first partition's. */
static rd_kafka_resp_err_t kafka_partitions_error(rd_kafka_resp_err_t err, const rd_kafka_topic_partition_list_t *list,
	const rd_kafka_topic_partition_t **failed)
{
	*failed = NULL;
	for (int i = 0; list && i < list->cnt; i++) {
		if (list->elems[i].err && list->elems[i].err != RD_KAFKA_RESP_ERR__NO_OFFSET) {
			*failed = &list->elems[i];
			return err ? err : list->elems[i].err;
		}
	}
	return err;
}

/* Throws for err or the first failed partition of list; false if it threw. */
static bool kafka_consumer_check_result(const char *what, rd_kafka_resp_err_t err, const rd_kafka_topic_partition_list_t *list)
{
	const rd_kafka_topic_partition_t *failed;
	err = kafka_partitions_error(err, list, &failed);
	if (!err) {
		return true;
	}
	if (failed) {
		kafka_throw(kafka_consumer_exception_class(failed->err), failed->err, "%s failed for %s [%" PRId32 "]: %s",
			what, failed->topic, failed->partition, rd_kafka_err2str(failed->err));
	} else {
		kafka_throw(kafka_consumer_exception_class(err), err, "%s failed: %s", what, rd_kafka_err2str(err));
	}
	return false;
}

/* Throws the first failure among the finished commitAsync() calls; false if it threw. */
static bool kafka_consumer_check_async_commits(kafka_consumer *c)
{
	bool ok = true;
	rd_kafka_event_t *ev;
	if (c->async_outstanding == 0) {
		return true; /* the common case: nothing to look at */
	}
	while ((ev = rd_kafka_queue_poll(c->async_commits, 0))) {
		if (c->async_outstanding > 0) {
			c->async_outstanding--;
		}
		rd_kafka_resp_err_t err = rd_kafka_event_error(ev);
		if (err == RD_KAFKA_RESP_ERR__NO_OFFSET) {
			err = RD_KAFKA_RESP_ERR_NO_ERROR; /* nothing was left to commit */
		}
		if (ok) {
			ok = kafka_consumer_check_result("commitAsync()", err, rd_kafka_event_topic_partition_list(ev));
		}
		rd_kafka_event_destroy(ev);
	}
	return ok;
}

/* ---- object lifecycle ---- */

zend_object *kafka_consumer_create_object(zend_class_entry *ce)
{
	kafka_consumer *c = zend_object_alloc(sizeof(kafka_consumer), ce);
	zend_object_std_init(&c->std, ce);
	object_properties_init(&c->std, ce);
	c->std.handlers = &kafka_consumer_handlers;
	c->fork_generation = kafka_fork_generation;
	ZVAL_UNDEF(&c->on_assign.fn);
	ZVAL_UNDEF(&c->on_revoke.fn);
	return &c->std;
}

static void kafka_consumer_rebalance(kafka_consumer *c, rd_kafka_resp_err_t err, rd_kafka_topic_partition_list_t *partitions)
{
	if (c->is_group) {
		kafka_group_rebalance(c, c->rk, err, partitions);
	} else {
		rd_kafka_assign(c->rk, NULL);
	}
}

/* Leaves the group (librdkafka commits stored offsets under auto commit), serving the rebalance
 * it brings, until deadline_ms. True if the consumer closed in time. */
static bool kafka_consumer_leave(kafka_consumer *c, int64_t deadline_ms)
{
	rd_kafka_queue_t *queue = rd_kafka_queue_new(c->rk);
	rd_kafka_error_t *error = rd_kafka_consumer_close_queue(c->rk, queue);
	if (error) {
		rd_kafka_error_destroy(error);
	} else {
		while (!rd_kafka_consumer_closed(c->rk) && kafka_now_ms() < deadline_ms) {
			/* Events, not callbacks: messages still in flight arrive here too and are dropped. */
			rd_kafka_event_t *ev = rd_kafka_queue_poll(queue, KAFKA_WAIT_SLICE_MS);
			if (ev && rd_kafka_event_type(ev) == RD_KAFKA_EVENT_REBALANCE) {
				kafka_consumer_rebalance(c, rd_kafka_event_error(ev), rd_kafka_event_topic_partition_list(ev));
			}
			if (ev) {
				rd_kafka_event_destroy(ev);
			}
		}
	}
	rd_kafka_queue_destroy(queue);
	return error == NULL && rd_kafka_consumer_closed(c->rk);
}

/* Destroying a consumer that could not leave its group waits for its requests to a dead broker to
 * time out (up to session.timeout.ms). That runs in a thread of its own: if it is not done by the
 * deadline, the handle is left to finish in the background. */
typedef struct {
	rd_kafka_t *rk;
	pthread_mutex_t lock;
	pthread_cond_t cond;
	bool done;
	int refs; /* the waiting caller and the destroying thread */
} kafka_consumer_reaper;

static void kafka_consumer_reaper_release(kafka_consumer_reaper *r)
{
	pthread_mutex_lock(&r->lock);
	bool last = --r->refs == 0;
	pthread_mutex_unlock(&r->lock);
	if (last) {
		pthread_cond_destroy(&r->cond);
		pthread_mutex_destroy(&r->lock);
		free(r);
	}
}

static void *kafka_consumer_reaper_main(void *arg)
{
	kafka_consumer_reaper *r = arg;
	rd_kafka_destroy_flags(r->rk, RD_KAFKA_DESTROY_F_NO_CONSUMER_CLOSE);
	pthread_mutex_lock(&r->lock);
	r->done = true;
	pthread_cond_signal(&r->cond);
	pthread_mutex_unlock(&r->lock);
	kafka_consumer_reaper_release(r);
	return NULL;
}

/* Destroys rk, waiting for it until deadline_ms (wall clock); false if it goes on in the background. */
static bool kafka_consumer_destroy_rk_until(rd_kafka_t *rk, int64_t deadline_ms)
{
	kafka_consumer_reaper *r = calloc(1, sizeof(*r));
	r->rk = rk;
	r->refs = 2;
	pthread_mutex_init(&r->lock, NULL);
	pthread_cond_init(&r->cond, NULL);
	pthread_t thread;
	if (pthread_create(&thread, NULL, kafka_consumer_reaper_main, r) != 0) {
		r->refs = 1;
		kafka_consumer_reaper_main(r); /* no thread to spare: wait for it here */
		return true;
	}
	pthread_detach(thread);
	struct timespec until = { (time_t)(deadline_ms / 1000), (long)(deadline_ms % 1000) * 1000000 };
	pthread_mutex_lock(&r->lock);
	while (!r->done && pthread_cond_timedwait(&r->cond, &r->lock, &until) != ETIMEDOUT) {
	}
	bool done = r->done;
	pthread_mutex_unlock(&r->lock);
	kafka_consumer_reaper_release(r);
	return done;
}

/* Releases the handle within php.close.timeout.ms. finished: the messages handed over count as
 * done (close(), not destruction). report: throw failed async commits and hook exceptions. */
static void kafka_consumer_destroy_handle(kafka_consumer *c, bool finished, bool report)
{
	if (!c->rk) {
		return;
	}
	if (c->fork_generation != kafka_fork_generation) {
		/* librdkafka's threads are the parent's: closing, or even freeing its messages, could wait
		 * for them forever. What the parent left behind is not ours to release. */
		c->rk = NULL;
		c->async_commits = NULL;
		c->backlog.count = c->handed.count = 0;
		return;
	}
	if (finished) {
		kafka_consumer_store_handed(c);
	}
	kafka_message_list_clear(&c->handed);
	kafka_message_list_clear(&c->backlog);
	int64_t deadline = kafka_now_ms() + c->opts.close_timeout_ms;
	bool left = kafka_consumer_leave(c, deadline);
	if (report) {
		kafka_consumer_check_async_commits(c);
		kafka_consumer_rethrow(c);
	}
	rd_kafka_queue_destroy(c->async_commits);
	rd_kafka_t *rk = c->rk;
	c->rk = NULL;
	c->async_commits = NULL;
	if (left) {
		rd_kafka_destroy_flags(rk, RD_KAFKA_DESTROY_F_NO_CONSUMER_CLOSE); /* quick: nothing left to wait for */
		return;
	}
	if (!kafka_consumer_destroy_rk_until(rk, deadline)) {
		kafka_keep_module_loaded(); /* the reaper thread still runs code of this module */
	}
	php_error_docref(NULL, E_WARNING,
		"%s could not leave its group within " ZEND_LONG_FMT " ms (php.close.timeout.ms): offsets stored since the last commit may not be committed; the connection is released in the background",
		kafka_consumer_class(c), c->opts.close_timeout_ms);
}

static void kafka_consumer_dtor(zend_object *obj)
{
	kafka_consumer *c = kafka_consumer_from_obj(obj);
	zend_objects_destroy_object(obj); /* a subclass's __destruct may still use the consumer */
	/* A destructor may run while an exception unwinds the stack: keep it aside while we close. */
	zend_object *pending = EG(exception);
	EG(exception) = NULL;
	c->hooks_disabled = true;
	kafka_consumer_destroy_handle(c, false, false);
	if (EG(exception)) {
		zend_clear_exception();
	}
	EG(exception) = pending;
}

static void kafka_consumer_free(zend_object *obj)
{
	kafka_consumer *c = kafka_consumer_from_obj(obj);
	c->hooks_disabled = true;
	kafka_consumer_destroy_handle(c, false, false); /* destructors are skipped after a fatal error */
	kafka_message_list_free(&c->backlog);
	kafka_message_list_free(&c->handed);
	kafka_topic_cache_release(&c->topic_cache);
	zval_ptr_dtor(&c->on_assign.fn);
	zval_ptr_dtor(&c->on_revoke.fn);
	if (c->pending_exception) {
		OBJ_RELEASE(c->pending_exception);
	}
	zend_object_std_dtor(obj);
}

static HashTable *kafka_consumer_get_gc(zend_object *obj, zval **table, int *n)
{
	kafka_consumer *c = kafka_consumer_from_obj(obj);
	zend_get_gc_buffer *buffer = zend_get_gc_buffer_create();
	zend_get_gc_buffer_add_zval(buffer, &c->on_assign.fn);
	zend_get_gc_buffer_add_zval(buffer, &c->on_revoke.fn);
	if (c->pending_exception) {
		zend_get_gc_buffer_add_obj(buffer, c->pending_exception);
	}
	zend_get_gc_buffer_use(buffer, table, n);
	return zend_std_get_properties(obj);
}

/* ---- construction ---- */

static bool kafka_conf_value_is(rd_kafka_conf_t *conf, const char *name, const char *expected)
{
	char value[64];
	size_t len = sizeof(value);
	return rd_kafka_conf_get(conf, name, value, &len) == RD_KAFKA_CONF_OK && strcmp(value, expected) == 0;
}

static bool kafka_conf_value_set(rd_kafka_conf_t *conf, const char *name)
{
	size_t len = 0;
	return rd_kafka_conf_get(conf, name, NULL, &len) == RD_KAFKA_CONF_OK && len > 1; /* len counts the NUL */
}

rd_kafka_conf_t *kafka_consumer_conf_new(kafka_consumer *c, HashTable *config)
{
	rd_kafka_conf_t *conf = rd_kafka_conf_new();
	/* At-least-once: the extension stores a message's offset once the application is finished
	 * with it. A user's explicit enable.auto.offset.store=true is honoured (store on hand-over). */
	if (!kafka_conf_set(conf, "enable.auto.offset.store", "false")
			|| !kafka_conf_apply(conf, config, KAFKA_OPT_CLOSE_TIMEOUT, &c->opts)) {
		rd_kafka_conf_destroy(conf);
		return NULL;
	}
	c->has_group_id = kafka_conf_value_set(conf, "group.id");
	rd_kafka_conf_set_opaque(conf, c);
	return conf;
}

bool kafka_consumer_start(kafka_consumer *c, rd_kafka_conf_t *conf)
{
	c->store_offsets = c->has_group_id && kafka_conf_value_is(conf, "enable.auto.offset.store", "false");
	rd_kafka_t *rk = kafka_handle_new(RD_KAFKA_CONSUMER, conf);
	if (!rk) {
		return false;
	}
	rd_kafka_poll_set_consumer(rk); /* errors of the main queue come out of consume() too */
	c->rk = rk;
	c->async_commits = rd_kafka_queue_new(rk);
	return true;
}

/* librdkafka's assign() needs a consumer group: without a group.id, Kafka\Consumer runs on a
 * private one that it never joins nor commits to. */
static bool kafka_consumer_private_group(rd_kafka_conf_t *conf)
{
	char id[96];
	struct timeval tv;
	gettimeofday(&tv, NULL);
	snprintf(id, sizeof(id), "php-kafka-consumer-%ld-%" PRIx64, (long)getpid(),
		(uint64_t)tv.tv_sec * 1000000 + (uint64_t)tv.tv_usec);
	return kafka_conf_set(conf, "group.id", id) && kafka_conf_set(conf, "enable.auto.commit", "false");
}

/* ---- checks shared by the methods ---- */

kafka_consumer *kafka_consumer_usable(zval *this_zv, bool reentrant)
{
	kafka_consumer *c = Z_KAFKA_CONSUMER_P(this_zv);
	if (!kafka_check_usable(kafka_consumer_class(c), c->rk, c->fork_generation)) {
		return NULL;
	}
	if (!reentrant && c->in_callback) {
		kafka_throw(kafka_ce_exception, RD_KAFKA_RESP_ERR__STATE,
			"%s::%s() cannot be called from inside an onAssign/onRevoke callback", kafka_consumer_class(c),
			get_active_function_name());
		return NULL;
	}
	return c;
}

static bool kafka_consumer_check_group_id(kafka_consumer *c)
{
	if (c->has_group_id) {
		return true;
	}
	kafka_throw(kafka_ce_exception, RD_KAFKA_RESP_ERR__INVALID_ARG,
		"This %s has no group.id, so it has no committed offsets: configure a group.id to use %s()",
		kafka_consumer_class(c), get_active_function_name());
	return false;
}

static bool kafka_consumer_check_timeout(uint32_t arg_num, zend_long timeout_ms)
{
	if (timeout_ms < 0 || timeout_ms > INT_MAX) {
		zend_argument_value_error(arg_num, "must be between 0 and %d milliseconds", INT_MAX);
		return false;
	}
	return true;
}

/* ---- consuming ---- */

/* Errors librdkafka recovers from by itself (reconnecting, retrying): consume() keeps waiting
 * instead of throwing, so a broker restart does not kill a worker. */
static bool kafka_consumer_err_is_transient(rd_kafka_resp_err_t err)
{
	switch (err) {
		case RD_KAFKA_RESP_ERR__TRANSPORT:
		case RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN:
		case RD_KAFKA_RESP_ERR__RESOLVE:
		case RD_KAFKA_RESP_ERR__TIMED_OUT:
		case RD_KAFKA_RESP_ERR__TIMED_OUT_QUEUE:
			return true;
		default:
			return false;
	}
}

static void kafka_consumer_throw_message_error(kafka_consumer *c, const rd_kafka_message_t *rkm)
{
	if (rkm->err == RD_KAFKA_RESP_ERR__FATAL) {
		char reason[512];
		rd_kafka_resp_err_t err = rd_kafka_fatal_error(c->rk, reason, sizeof(reason));
		kafka_exception_set_fatal(kafka_throw(kafka_ce_exception, err,
			"This %s hit a fatal error and must be recreated: %s", kafka_consumer_class(c), reason));
	} else if (rkm->rkt) {
		kafka_throw(kafka_ce_exception, rkm->err, "Consuming %s [%" PRId32 "] failed: %s",
			rd_kafka_topic_name(rkm->rkt), rkm->partition, rd_kafka_message_errstr(rkm));
	} else {
		kafka_throw(kafka_ce_exception, rkm->err, "Consuming failed: %s", rd_kafka_message_errstr(rkm));
	}
}

typedef enum { KAFKA_POLLED_MESSAGE, KAFKA_POLLED_EOF, KAFKA_POLLED_NOTHING, KAFKA_POLLED_THROWN } kafka_polled;

/* A message goes to the backlog; an error ends the wait (EOF), is skipped (transient) or thrown. */
static kafka_polled kafka_consumer_sort_polled(kafka_consumer *c, rd_kafka_message_t *rkm)
{
	if (!rkm->err) {
		kafka_message_list_push(&c->backlog, rkm);
		return KAFKA_POLLED_MESSAGE;
	}
	kafka_polled result = KAFKA_POLLED_NOTHING;
	if (rkm->err == RD_KAFKA_RESP_ERR__PARTITION_EOF) {
		result = KAFKA_POLLED_EOF;
	} else if (!kafka_consumer_err_is_transient(rkm->err)) {
		kafka_consumer_throw_message_error(c, rkm);
		result = KAFKA_POLLED_THROWN;
	}
	rd_kafka_message_destroy(rkm);
	return result;
}

/* Polls until the backlog holds max messages, timeout_ms passes, a partition ends (EOF) or a signal
 * arrives. False with an exception thrown for a real error or what a rebalance hook threw; what
 * was polled stays in the backlog for the next call. */
static bool kafka_consumer_fill(kafka_consumer *c, uint32_t max, zend_long timeout_ms)
{
	/* the hot path: messages already prefetched are taken without reading the clock */
	while (c->backlog.count < max) {
		rd_kafka_message_t *rkm = rd_kafka_consumer_poll(c->rk, 0);
		if (!rkm) {
			break;
		}
		kafka_polled result = kafka_consumer_sort_polled(c, rkm);
		if (kafka_consumer_rethrow(c) || result == KAFKA_POLLED_THROWN) {
			return false;
		}
		if (result == KAFKA_POLLED_EOF) {
			return true;
		}
	}
	if (c->backlog.count >= max) {
		return true;
	}
	int64_t deadline = kafka_now_ms() + timeout_ms;
	while (c->backlog.count < max) {
		int64_t left = deadline - kafka_now_ms();
		int slice = kafka_wait_slice(left);
		rd_kafka_message_t *rkm = rd_kafka_consumer_poll(c->rk, slice);
		kafka_polled result = rkm ? kafka_consumer_sort_polled(c, rkm) : KAFKA_POLLED_NOTHING;
		if (kafka_consumer_rethrow(c) || result == KAFKA_POLLED_THROWN) {
			return false;
		}
		if (result == KAFKA_POLLED_EOF) {
			return true;
		}
		if (result == KAFKA_POLLED_NOTHING && (left <= 0 || kafka_vm_interrupted())) {
			return true;
		}
	}
	return true;
}

/* Moves the first n messages of the backlog to the handed list; returns them. */
static rd_kafka_message_t **kafka_consumer_hand_over(kafka_consumer *c, uint32_t n)
{
	for (uint32_t i = 0; i < n; i++) {
		kafka_message_list_push(&c->handed, c->backlog.items[i]);
	}
	kafka_message_list_shift(&c->backlog, n);
	return &c->handed.items[c->handed.count - n];
}

/* What every consuming call does first: the application is back, so what it was handed is done. */
static bool kafka_consumer_begin(kafka_consumer *c)
{
	kafka_consumer_store_handed(c);
	return kafka_consumer_check_async_commits(c);
}

ZEND_METHOD(Kafka_Consumer, consume)
{
	zend_long timeout_ms;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(timeout_ms)
	ZEND_PARSE_PARAMETERS_END();

	kafka_consumer *c = kafka_consumer_usable(ZEND_THIS, false);
	if (!c || !kafka_consumer_check_timeout(1, timeout_ms) || !kafka_consumer_begin(c)
			|| !kafka_consumer_fill(c, 1, timeout_ms)) {
		RETURN_THROWS();
	}
	if (c->backlog.count == 0) {
		RETURN_NULL();
	}
	kafka_message_from_rd(return_value, *kafka_consumer_hand_over(c, 1), &c->topic_cache);
}

ZEND_METHOD(Kafka_Consumer, consumeBatch)
{
	zend_long max, timeout_ms;
	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_LONG(max)
		Z_PARAM_LONG(timeout_ms)
	ZEND_PARSE_PARAMETERS_END();

	if (max < 1 || max > INT32_MAX) {
		zend_argument_value_error(1, "must be between 1 and %d", INT32_MAX);
		RETURN_THROWS();
	}
	kafka_consumer *c = kafka_consumer_usable(ZEND_THIS, false);
	if (!c || !kafka_consumer_check_timeout(2, timeout_ms) || !kafka_consumer_begin(c)
			|| !kafka_consumer_fill(c, (uint32_t)max, timeout_ms)) {
		RETURN_THROWS();
	}
	uint32_t n = c->backlog.count < (uint32_t)max ? c->backlog.count : (uint32_t)max;
	rd_kafka_message_t **taken = kafka_consumer_hand_over(c, n);
	array_init_size(return_value, n);
	for (uint32_t i = 0; i < n; i++) {
		zval message;
		kafka_message_from_rd(&message, taken[i], &c->topic_cache);
		add_next_index_zval(return_value, &message);
	}
}

/* ---- committing ---- */

/* Throws unless every partition of list is assigned to this consumer. */
static bool kafka_consumer_check_owned(kafka_consumer *c, const rd_kafka_topic_partition_list_t *list)
{
	rd_kafka_topic_partition_list_t *assignment = NULL;
	rd_kafka_resp_err_t err = rd_kafka_assignment(c->rk, &assignment);
	if (err) {
		kafka_throw(kafka_ce_exception, err, "Reading the assignment failed: %s", rd_kafka_err2str(err));
		return false;
	}
	bool ok = true;
	for (int i = 0; i < list->cnt && ok; i++) {
		const rd_kafka_topic_partition_t *p = &list->elems[i];
		if (!rd_kafka_topic_partition_list_find(assignment, p->topic, p->partition)) {
			kafka_throw(kafka_ce_exception, RD_KAFKA_RESP_ERR__STATE,
				"Cannot commit an offset of %s [%" PRId32 "]: that partition is not assigned to this %s "
				"(a message of another consumer, or a partition revoked by a rebalance)",
				p->topic, p->partition, kafka_consumer_class(c));
			ok = false;
		}
	}
	rd_kafka_topic_partition_list_destroy(assignment);
	return ok;
}

/* The offset to commit for a consumed message: the next one on its partition. */
static rd_kafka_topic_partition_list_t *kafka_message_commit_offset(zend_object *message)
{
	zval rv_topic, rv_partition, rv_offset;
	zval *topic = zend_read_property(kafka_ce_message, message, ZEND_STRL("topic"), 1, &rv_topic);
	zval *partition = zend_read_property(kafka_ce_message, message, ZEND_STRL("partition"), 1, &rv_partition);
	zval *offset = zend_read_property(kafka_ce_message, message, ZEND_STRL("offset"), 1, &rv_offset);
	if (Z_TYPE_P(topic) != IS_STRING || Z_TYPE_P(partition) != IS_LONG || Z_TYPE_P(offset) != IS_LONG) {
		zend_throw_error(NULL, "The Kafka\\Message to commit was never constructed");
		return NULL;
	}
	rd_kafka_topic_partition_list_t *list = rd_kafka_topic_partition_list_new(1);
	rd_kafka_topic_partition_list_add(list, Z_STRVAL_P(topic), (int32_t)Z_LVAL_P(partition))->offset = Z_LVAL_P(offset) + 1;
	return list;
}

/* What a commit argument stands for: a Message's offset + 1, a list of TopicPartition, or NULL
 * (*out) for everything consumed so far. False with an exception thrown for bad input. A Message
 * must come from an assigned partition; so must every offset a ConsumerGroup commits. */
static bool kafka_consumer_commit_offsets(kafka_consumer *c, zval *arg, rd_kafka_topic_partition_list_t **out)
{
	*out = NULL;
	if (!arg || Z_TYPE_P(arg) == IS_NULL) {
		return true;
	}
	bool check = c->is_group;
	if (Z_TYPE_P(arg) == IS_OBJECT && Z_OBJCE_P(arg) == kafka_ce_message) {
		*out = kafka_message_commit_offset(Z_OBJ_P(arg));
		check = true;
	} else if (Z_TYPE_P(arg) == IS_ARRAY) {
		*out = kafka_topic_partition_list_from_array(Z_ARRVAL_P(arg), "$offsets");
	} else {
		zend_argument_type_error(1, "must be of type Kafka\\Message|array|null, %s given", zend_zval_type_name(arg));
		return false;
	}
	if (*out && check && !kafka_consumer_check_owned(c, *out)) {
		rd_kafka_topic_partition_list_destroy(*out);
		*out = NULL;
		return false;
	}
	return *out != NULL;
}

/* commit() and commitAsync(). Async results land in c->async_commits, checked by later calls. */
static void kafka_consumer_commit(INTERNAL_FUNCTION_PARAMETERS, bool async)
{
	zval *arg = NULL;
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(arg)
	ZEND_PARSE_PARAMETERS_END();

	kafka_consumer *c = kafka_consumer_usable(ZEND_THIS, true);
	if (!c || !kafka_consumer_check_group_id(c)) {
		RETURN_THROWS();
	}
	kafka_consumer_store_handed(c); /* committing says the application is done with them */
	rd_kafka_topic_partition_list_t *offsets;
	if (!kafka_consumer_check_async_commits(c) || !kafka_consumer_commit_offsets(c, arg, &offsets)) {
		RETURN_THROWS();
	}
	rd_kafka_resp_err_t err = async
		? rd_kafka_commit_queue(c->rk, offsets, c->async_commits, NULL, NULL)
		: rd_kafka_commit(c->rk, offsets, 0);
	if (async && !err) {
		c->async_outstanding++;
	}
	if (err == RD_KAFKA_RESP_ERR__NO_OFFSET && !offsets) {
		err = RD_KAFKA_RESP_ERR_NO_ERROR; /* nothing consumed since the last commit */
	}
	kafka_consumer_check_result(async ? "commitAsync()" : "commit()", err, NULL);
	if (offsets) {
		rd_kafka_topic_partition_list_destroy(offsets);
	}
}

ZEND_METHOD(Kafka_Consumer, commit)
{
	kafka_consumer_commit(INTERNAL_FUNCTION_PARAM_PASSTHRU, false);
}

ZEND_METHOD(Kafka_Consumer, commitAsync)
{
	kafka_consumer_commit(INTERNAL_FUNCTION_PARAM_PASSTHRU, true);
}

/* ---- partitions: assignment, positions, offsets ---- */

/* Parses a list of TopicPartition argument for a usable consumer; NULL if something threw. */
static rd_kafka_topic_partition_list_t *kafka_consumer_partitions_arg(kafka_consumer *c, HashTable *partitions, const char *what)
{
	return c ? kafka_topic_partition_list_from_array(partitions, what) : NULL;
}

static void kafka_consumer_return_partitions(zval *rv, rd_kafka_topic_partition_list_t *list)
{
	kafka_topic_partition_list_to_array(rv, list);
	rd_kafka_topic_partition_list_destroy(list);
}

ZEND_METHOD(Kafka_Consumer, assign)
{
	HashTable *partitions;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY_HT(partitions)
	ZEND_PARSE_PARAMETERS_END();

	kafka_consumer *c = kafka_consumer_usable(ZEND_THIS, false);
	rd_kafka_topic_partition_list_t *list = kafka_consumer_partitions_arg(c, partitions, "$partitions");
	if (!list) {
		RETURN_THROWS();
	}
	kafka_message_list_clear(&c->backlog); /* fetched for the previous assignment */
	rd_kafka_resp_err_t err = rd_kafka_assign(c->rk, list);
	rd_kafka_topic_partition_list_destroy(list);
	kafka_consumer_check_result("assign()", err, NULL);
}

ZEND_METHOD(Kafka_Consumer, assignment)
{
	ZEND_PARSE_PARAMETERS_NONE();
	kafka_consumer *c = kafka_consumer_usable(ZEND_THIS, true);
	if (!c) {
		RETURN_THROWS();
	}
	rd_kafka_topic_partition_list_t *list = NULL;
	rd_kafka_resp_err_t err = rd_kafka_assignment(c->rk, &list);
	if (!kafka_consumer_check_result("assignment()", err, NULL)) {
		RETURN_THROWS();
	}
	kafka_consumer_return_partitions(return_value, list);
}

/* committed() and offsetsForTimes(): a list of TopicPartition in, librdkafka fills it in place. */
typedef rd_kafka_resp_err_t (*kafka_partitions_query)(rd_kafka_t *rk, rd_kafka_topic_partition_list_t *list, int timeout_ms);

static void kafka_consumer_query_partitions(INTERNAL_FUNCTION_PARAMETERS, const char *what, bool needs_group, kafka_partitions_query query)
{
	HashTable *partitions;
	zend_long timeout_ms = 10000;
	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_ARRAY_HT(partitions)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(timeout_ms)
	ZEND_PARSE_PARAMETERS_END();

	kafka_consumer *c = kafka_consumer_usable(ZEND_THIS, true);
	if (!c || (needs_group && !kafka_consumer_check_group_id(c)) || !kafka_consumer_check_timeout(2, timeout_ms)) {
		RETURN_THROWS();
	}
	rd_kafka_topic_partition_list_t *list = kafka_consumer_partitions_arg(c, partitions, "$partitions");
	if (!list) {
		RETURN_THROWS();
	}
	/* Per-partition failures are reported in each result's $error. */
	rd_kafka_resp_err_t err = query(c->rk, list, (int)timeout_ms);
	if (!kafka_consumer_check_result(what, err, NULL)) {
		rd_kafka_topic_partition_list_destroy(list);
		RETURN_THROWS();
	}
	kafka_consumer_return_partitions(return_value, list);
}

ZEND_METHOD(Kafka_Consumer, committed)
{
	kafka_consumer_query_partitions(INTERNAL_FUNCTION_PARAM_PASSTHRU, "committed()", true, rd_kafka_committed);
}

ZEND_METHOD(Kafka_Consumer, position)
{
	HashTable *partitions;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY_HT(partitions)
	ZEND_PARSE_PARAMETERS_END();

	kafka_consumer *c = kafka_consumer_usable(ZEND_THIS, true);
	rd_kafka_topic_partition_list_t *list = kafka_consumer_partitions_arg(c, partitions, "$partitions");
	if (!list) {
		RETURN_THROWS();
	}
	rd_kafka_position(c->rk, list); /* unknown positions come back as Offset::INVALID */
	kafka_consumer_return_partitions(return_value, list);
}

ZEND_METHOD(Kafka_Consumer, seek)
{
	zval *tp;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_OBJECT_OF_CLASS(tp, kafka_ce_topic_partition)
	ZEND_PARSE_PARAMETERS_END();

	kafka_consumer *c = kafka_consumer_usable(ZEND_THIS, true);
	if (!c) {
		RETURN_THROWS();
	}
	zval one;
	array_init_size(&one, 1);
	Z_ADDREF_P(tp);
	add_next_index_zval(&one, tp);
	rd_kafka_topic_partition_list_t *list = kafka_topic_partition_list_from_array(Z_ARRVAL(one), "$partition");
	zval_ptr_dtor(&one);
	if (!list) {
		RETURN_THROWS();
	}
	/* The application moves away from what it was handed: re-reading them must not mark them done. */
	kafka_message_list_drop(&c->handed, list->elems[0].topic, list->elems[0].partition);
	kafka_consumer_forget_backlog(c, list);
	rd_kafka_error_t *error = rd_kafka_seek_partitions(c->rk, list, KAFKA_CONSUMER_SEEK_TIMEOUT_MS);
	if (error) {
		kafka_throw_error(error, "seek() failed");
	} else {
		kafka_consumer_check_result("seek()", RD_KAFKA_RESP_ERR_NO_ERROR, list);
	}
	rd_kafka_topic_partition_list_destroy(list);
}

static void kafka_consumer_pause_resume(INTERNAL_FUNCTION_PARAMETERS, bool pause)
{
	HashTable *partitions;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY_HT(partitions)
	ZEND_PARSE_PARAMETERS_END();

	kafka_consumer *c = kafka_consumer_usable(ZEND_THIS, true);
	rd_kafka_topic_partition_list_t *list = kafka_consumer_partitions_arg(c, partitions, "$partitions");
	if (!list) {
		RETURN_THROWS();
	}
	if (pause) {
		kafka_consumer_forget_backlog(c, list); /* polled ahead: librdkafka fetches them again on resume */
		kafka_consumer_check_result("pause()", rd_kafka_pause_partitions(c->rk, list), list);
	} else {
		kafka_consumer_check_result("resume()", rd_kafka_resume_partitions(c->rk, list), list);
	}
	rd_kafka_topic_partition_list_destroy(list);
}

ZEND_METHOD(Kafka_Consumer, pause)
{
	kafka_consumer_pause_resume(INTERNAL_FUNCTION_PARAM_PASSTHRU, true);
}

ZEND_METHOD(Kafka_Consumer, resume)
{
	kafka_consumer_pause_resume(INTERNAL_FUNCTION_PARAM_PASSTHRU, false);
}

ZEND_METHOD(Kafka_Consumer, watermarks)
{
	zend_string *topic;
	zend_long partition, timeout_ms = 10000;
	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_STR(topic)
		Z_PARAM_LONG(partition)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(timeout_ms)
	ZEND_PARSE_PARAMETERS_END();

	kafka_consumer *c = kafka_consumer_usable(ZEND_THIS, true);
	if (!c || !kafka_consumer_check_timeout(3, timeout_ms)) {
		RETURN_THROWS();
	}
	if (partition < 0 || partition > INT32_MAX) {
		zend_argument_value_error(2, "must be a partition number between 0 and %d", INT32_MAX);
		RETURN_THROWS();
	}
	int64_t low, high;
	rd_kafka_resp_err_t err = rd_kafka_query_watermark_offsets(c->rk, ZSTR_VAL(topic), (int32_t)partition, &low, &high, (int)timeout_ms);
	if (err) {
		kafka_throw(kafka_consumer_exception_class(err), err, "watermarks() of %s [" ZEND_LONG_FMT "] failed: %s",
			ZSTR_VAL(topic), partition, rd_kafka_err2str(err));
		RETURN_THROWS();
	}
	array_init_size(return_value, 2);
	add_next_index_long(return_value, (zend_long)low);
	add_next_index_long(return_value, (zend_long)high);
}

static int kafka_compare_int32(const void *a, const void *b)
{
	int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;
	return (x > y) - (x < y);
}

ZEND_METHOD(Kafka_Consumer, partitions)
{
	zend_string *topic;
	zend_long timeout_ms = 10000;
	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(topic)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(timeout_ms)
	ZEND_PARSE_PARAMETERS_END();

	kafka_consumer *c = kafka_consumer_usable(ZEND_THIS, true);
	if (!c || !kafka_consumer_check_timeout(2, timeout_ms)) {
		RETURN_THROWS();
	}
	rd_kafka_topic_t *rkt = rd_kafka_topic_new(c->rk, ZSTR_VAL(topic), NULL);
	if (!rkt) {
		rd_kafka_resp_err_t err = rd_kafka_last_error();
		kafka_throw(kafka_ce_exception, err, "Invalid topic \"%s\": %s", ZSTR_VAL(topic), rd_kafka_err2str(err));
		RETURN_THROWS();
	}
	const struct rd_kafka_metadata *md;
	rd_kafka_resp_err_t err = rd_kafka_metadata(c->rk, 0, rkt, &md, (int)timeout_ms);
	rd_kafka_topic_destroy(rkt);
	if (!err && md->topic_cnt == 1 && md->topics[0].err) {
		err = md->topics[0].err;
		rd_kafka_metadata_destroy(md);
	}
	if (err) {
		kafka_throw(kafka_consumer_exception_class(err), err, "partitions() of \"%s\" failed: %s", ZSTR_VAL(topic), rd_kafka_err2str(err));
		RETURN_THROWS();
	}
	int count = md->topic_cnt == 1 ? md->topics[0].partition_cnt : 0;
	int32_t *ids = safe_emalloc((size_t)count + 1, sizeof(*ids), 0);
	for (int i = 0; i < count; i++) {
		ids[i] = md->topics[0].partitions[i].id;
	}
	rd_kafka_metadata_destroy(md);
	qsort(ids, (size_t)count, sizeof(*ids), kafka_compare_int32);
	array_init_size(return_value, (uint32_t)count);
	for (int i = 0; i < count; i++) {
		add_next_index_long(return_value, ids[i]);
	}
	efree(ids);
}

ZEND_METHOD(Kafka_Consumer, offsetsForTimes)
{
	kafka_consumer_query_partitions(INTERNAL_FUNCTION_PARAM_PASSTHRU, "offsetsForTimes()", false, rd_kafka_offsets_for_times);
}

/* ---- lag ---- */

/* Positions of the assignment; where none is known yet (nothing handed over since it was
 * assigned), the committed offset. */
static bool kafka_consumer_lag_positions(kafka_consumer *c, rd_kafka_topic_partition_list_t *list, int timeout_ms)
{
	rd_kafka_position(c->rk, list);
	bool unknown = false;
	for (int i = 0; i < list->cnt; i++) {
		unknown = unknown || list->elems[i].offset < 0;
	}
	if (!unknown || !c->has_group_id) {
		return true;
	}
	rd_kafka_topic_partition_list_t *committed = rd_kafka_topic_partition_list_copy(list);
	rd_kafka_resp_err_t err = rd_kafka_committed(c->rk, committed, timeout_ms);
	bool ok = kafka_consumer_check_result("lag()", err, NULL);
	for (int i = 0; ok && i < list->cnt; i++) {
		if (list->elems[i].offset < 0) {
			list->elems[i].offset = committed->elems[i].offset;
		}
	}
	rd_kafka_topic_partition_list_destroy(committed);
	return ok;
}

/* The high watermark cached from fetch responses, else asked of the broker. */
static bool kafka_consumer_lag_end(kafka_consumer *c, const rd_kafka_topic_partition_t *p, int timeout_ms, int64_t *high)
{
	int64_t low;
	if (rd_kafka_get_watermark_offsets(c->rk, p->topic, p->partition, &low, high) == RD_KAFKA_RESP_ERR_NO_ERROR && *high >= 0) {
		return true;
	}
	rd_kafka_resp_err_t err = rd_kafka_query_watermark_offsets(c->rk, p->topic, p->partition, &low, high, timeout_ms);
	if (err) {
		kafka_throw(kafka_consumer_exception_class(err), err, "lag() could not read the end offset of %s [%" PRId32 "]: %s",
			p->topic, p->partition, rd_kafka_err2str(err));
		return false;
	}
	return true;
}

static void kafka_consumer_lag_entry(zval *rv, const rd_kafka_topic_partition_t *p, int64_t end)
{
	array_init_size(rv, 5);
	add_assoc_string(rv, "topic", p->topic);
	add_assoc_long(rv, "partition", p->partition);
	if (p->offset >= 0) {
		add_assoc_long(rv, "position", (zend_long)p->offset);
		add_assoc_long(rv, "end", (zend_long)end);
		add_assoc_long(rv, "lag", (zend_long)(end > p->offset ? end - p->offset : 0));
	} else {
		add_assoc_null(rv, "position");
		add_assoc_long(rv, "end", (zend_long)end);
		add_assoc_null(rv, "lag");
	}
}

ZEND_METHOD(Kafka_Consumer, lag)
{
	zend_long timeout_ms = 10000;
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(timeout_ms)
	ZEND_PARSE_PARAMETERS_END();

	kafka_consumer *c = kafka_consumer_usable(ZEND_THIS, true);
	if (!c || !kafka_consumer_check_timeout(1, timeout_ms)) {
		RETURN_THROWS();
	}
	rd_kafka_topic_partition_list_t *list = NULL;
	rd_kafka_resp_err_t err = rd_kafka_assignment(c->rk, &list);
	if (!kafka_consumer_check_result("lag()", err, NULL)) {
		RETURN_THROWS();
	}
	if (!kafka_consumer_lag_positions(c, list, (int)timeout_ms)) {
		rd_kafka_topic_partition_list_destroy(list);
		RETURN_THROWS();
	}
	array_init_size(return_value, (uint32_t)list->cnt);
	for (int i = 0; i < list->cnt; i++) {
		int64_t end;
		if (!kafka_consumer_lag_end(c, &list->elems[i], (int)timeout_ms, &end)) {
			break;
		}
		zval entry;
		kafka_consumer_lag_entry(&entry, &list->elems[i], end);
		add_next_index_zval(return_value, &entry);
	}
	rd_kafka_topic_partition_list_destroy(list);
}

/* ---- construction and close ---- */

ZEND_METHOD(Kafka_Consumer, __construct)
{
	HashTable *config = NULL;
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(config)
	ZEND_PARSE_PARAMETERS_END();

	kafka_consumer *c = Z_KAFKA_CONSUMER_P(ZEND_THIS);
	if (c->rk) {
		zend_throw_error(NULL, "%s::__construct() was already called", kafka_consumer_class(c));
		RETURN_THROWS();
	}
	rd_kafka_conf_t *conf = kafka_consumer_conf_new(c, config);
	if (!conf) {
		RETURN_THROWS();
	}
	if (!c->has_group_id && !kafka_consumer_private_group(conf)) {
		rd_kafka_conf_destroy(conf);
		RETURN_THROWS();
	}
	kafka_consumer_start(c, conf);
}

ZEND_METHOD(Kafka_Consumer, close)
{
	ZEND_PARSE_PARAMETERS_NONE();
	kafka_consumer *c = kafka_consumer_usable(ZEND_THIS, false);
	if (!c) {
		RETURN_THROWS();
	}
	kafka_consumer_destroy_handle(c, true, true);
}

void kafka_register_consumer(void)
{
	kafka_ce_consumer = register_class_Kafka_Consumer();
	kafka_ce_consumer->create_object = kafka_consumer_create_object;
	memcpy(&kafka_consumer_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	kafka_consumer_handlers.offset = XtOffsetOf(kafka_consumer, std);
	kafka_consumer_handlers.dtor_obj = kafka_consumer_dtor;
	kafka_consumer_handlers.free_obj = kafka_consumer_free;
	kafka_consumer_handlers.get_gc = kafka_consumer_get_gc;
	kafka_consumer_handlers.clone_obj = NULL;
}
