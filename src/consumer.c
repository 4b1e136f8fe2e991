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

zend_class_entry *kafka_ce_consumer;
static zend_object_handlers kafka_consumer_handlers;

/* seek() only hands the new position to librdkafka's fetcher: this bounds that hand-over. */
#define KAFKA_CONSUMER_SEEK_TIMEOUT_MS 5000
/* Messages taken from librdkafka's queue per pull: one lock round trip for many. */
#define KAFKA_CONSUMER_PULL 64
/* The extension's default for queued.min.messages (librdkafka's: 100000): what librdkafka keeps
 * prefetched. With the fetcher woken when the application catches up (kafka_consumer_pulled) this
 * keeps memory near a native client's without slowing consumption. */
#define KAFKA_CONSUMER_QUEUED_MIN_MESSAGES "20000"
/* The extension's default for max.partition.fetch.bytes (librdkafka's: 1 MiB): half the fetch
 * buffers a consumer holds (peak RSS 53 -> 38 MiB over 1M messages from 6 partitions, bench/),
 * as fast (a batch larger than this still comes whole: the broker returns at least one). */
#define KAFKA_CONSUMER_PARTITION_FETCH_BYTES "524288"
/* The most often the fetcher is woken on librdkafka < 2.2 (kafka_consumer_pulled). */
#define KAFKA_CONSUMER_WAKE_INTERVAL_MS 10

static const char *kafka_consumer_class(kafka_consumer *c)
{
	return ZSTR_VAL(c->std.ce->name);
}

/* ---- message lists: items[head .. head + count), so that taking from the front is O(1) ---- */

static inline rd_kafka_message_t *kafka_message_list_at(const kafka_message_list *list, uint32_t i)
{
	return list->items[list->head + i];
}

static void kafka_message_list_push(kafka_message_list *list, rd_kafka_message_t *rkm)
{
	if (list->head + list->count == list->cap) {
		if (list->head > 0) {
			memmove(list->items, list->items + list->head, list->count * sizeof(*list->items));
			list->head = 0;
		}
		if (list->count == list->cap) {
			list->cap = list->cap ? list->cap * 2 : 64;
			list->items = erealloc(list->items, list->cap * sizeof(*list->items));
		}
	}
	list->items[list->head + list->count++] = rkm;
}

/* Forgets the first n messages (the caller took them over). */
static void kafka_message_list_shift(kafka_message_list *list, uint32_t n)
{
	list->count -= n;
	list->head = list->count ? list->head + n : 0;
}

static void kafka_message_list_clear(kafka_message_list *list)
{
	for (uint32_t i = 0; i < list->count; i++) {
		rd_kafka_message_destroy(kafka_message_list_at(list, i));
	}
	list->count = 0;
	list->head = 0;
}

static void kafka_message_list_free(kafka_message_list *list)
{
	if (list->items) {
		efree(list->items);
	}
	memset(list, 0, sizeof(*list));
}

/* Moves the messages to the front (head 0), for the loops that rewrite a list in place. */
static void kafka_message_list_compact(kafka_message_list *list)
{
	if (list->head > 0) {
		memmove(list->items, list->items + list->head, list->count * sizeof(*list->items));
		list->head = 0;
	}
}

static bool kafka_message_is_of(const rd_kafka_message_t *rkm, const char *topic, int32_t partition);

/* Destroys the messages of one partition, keeping the others in order. */
static void kafka_message_list_drop(kafka_message_list *list, const char *topic, int32_t partition)
{
	uint32_t kept = 0;
	kafka_message_list_compact(list);
	for (uint32_t i = 0; i < list->count; i++) {
		rd_kafka_message_t *rkm = list->items[i];
		if (kafka_message_is_of(rkm, topic, partition)) {
			rd_kafka_message_destroy(rkm);
		} else {
			list->items[kept++] = rkm;
		}
	}
	list->count = kept;
}

static bool kafka_message_is_of(const rd_kafka_message_t *rkm, const char *topic, int32_t partition)
{
	return rkm->partition == partition && strcmp(rd_kafka_topic_name(rkm->rkt), topic) == 0;
}

/* ---- paused partitions: their polled messages wait in the backlog until resume() ---- */

static bool kafka_consumer_is_paused(kafka_consumer *c, const rd_kafka_message_t *rkm)
{
	return c->paused && c->paused->cnt > 0
		&& rd_kafka_topic_partition_list_find(c->paused, rd_kafka_topic_name(rkm->rkt), rkm->partition) != NULL;
}

static void kafka_consumer_unmark_paused(kafka_consumer *c, const rd_kafka_topic_partition_list_t *partitions)
{
	for (int i = 0; c->paused && partitions && i < partitions->cnt; i++) {
		rd_kafka_topic_partition_list_del(c->paused, partitions->elems[i].topic, partitions->elems[i].partition);
	}
}

static void kafka_consumer_mark_paused(kafka_consumer *c, const rd_kafka_topic_partition_list_t *partitions)
{
	if (!c->paused) {
		c->paused = rd_kafka_topic_partition_list_new(partitions->cnt);
	}
	for (int i = 0; i < partitions->cnt; i++) {
		const rd_kafka_topic_partition_t *p = &partitions->elems[i];
		if (!rd_kafka_topic_partition_list_find(c->paused, p->topic, p->partition)) {
			rd_kafka_topic_partition_list_add(c->paused, p->topic, p->partition);
		}
	}
}

/* Backlog messages that may be handed over now (not of a paused partition). */
static uint32_t kafka_consumer_deliverable(kafka_consumer *c)
{
	if (!c->paused || c->paused->cnt == 0) {
		return c->backlog.count; /* the common case */
	}
	uint32_t n = 0;
	for (uint32_t i = 0; i < c->backlog.count; i++) {
		n += !kafka_consumer_is_paused(c, kafka_message_list_at(&c->backlog, i));
	}
	return n;
}

void kafka_consumer_forget_backlog(kafka_consumer *c, const rd_kafka_topic_partition_list_t *partitions)
{
	for (int i = 0; partitions && i < partitions->cnt && c->backlog.count > 0; i++) {
		kafka_message_list_drop(&c->backlog, partitions->elems[i].topic, partitions->elems[i].partition);
	}
	kafka_consumer_unmark_paused(c, partitions); /* revoked: not ours to resume */
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

/* Every message handed over so far is finished: stores their offsets and releases them. */
static void kafka_consumer_store_handed(kafka_consumer *c)
{
	if (c->store_offsets) {
		for (uint32_t i = 0; i < c->handed.count; i++) {
			kafka_consumer_store_offset(kafka_message_list_at(&c->handed, i));
		}
	}
	kafka_message_list_clear(&c->handed);
}

/* The handed-over messages of one partition below `next` are finished (a commit of that offset):
 * stores and releases them, keeping every other handed-over message as it is. */
static void kafka_consumer_store_handed_below(kafka_consumer *c, const char *topic, int32_t partition, int64_t next)
{
	uint32_t kept = 0;
	kafka_message_list_compact(&c->handed);
	for (uint32_t i = 0; i < c->handed.count; i++) {
		rd_kafka_message_t *rkm = c->handed.items[i];
		if (rkm->offset < next && kafka_message_is_of(rkm, topic, partition)) {
			if (c->store_offsets) {
				kafka_consumer_store_offset(rkm);
			}
			rd_kafka_message_destroy(rkm);
		} else {
			c->handed.items[kept++] = rkm;
		}
	}
	c->handed.count = kept;
}

/* ---- exceptions ---- */

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
	kafka_client_init(&c->client);
	ZVAL_UNDEF(&c->on_assign.fn);
	ZVAL_UNDEF(&c->on_revoke.fn);
	return &c->std;
}

static void kafka_consumer_rebalance(kafka_consumer *c, rd_kafka_resp_err_t err, rd_kafka_topic_partition_list_t *partitions)
{
	if (c->is_group) {
		kafka_group_rebalance(c, c->client.rk, err, partitions);
	} else {
		rd_kafka_assign(c->client.rk, NULL);
	}
}

/* Leaves the group (librdkafka commits stored offsets under auto commit), serving the rebalance
 * it brings, until the deadline or (when interruptible) a signal. True if the consumer closed. */
static bool kafka_consumer_leave(kafka_consumer *c, int64_t deadline, bool interruptible)
{
	rd_kafka_queue_t *queue = rd_kafka_queue_new(c->client.rk);
	c->leaving = true;
	rd_kafka_error_t *error = rd_kafka_consumer_close_queue(c->client.rk, queue);
	if (error) {
		rd_kafka_error_destroy(error);
	} else {
		while (!rd_kafka_consumer_closed(c->client.rk) && kafka_left_ms(deadline) > 0
				&& !(interruptible && kafka_vm_interrupted())) {
			/* Events, not callbacks: messages still in flight arrive here too and are dropped. */
			rd_kafka_event_t *ev = rd_kafka_queue_poll(queue, kafka_wait_slice(kafka_left_ms(deadline)));
			if (ev && rd_kafka_event_type(ev) == RD_KAFKA_EVENT_REBALANCE) {
				kafka_consumer_rebalance(c, rd_kafka_event_error(ev), rd_kafka_event_topic_partition_list(ev));
			}
			if (ev) {
				rd_kafka_event_destroy(ev);
			}
		}
	}
	rd_kafka_queue_destroy(queue);
	c->leaving = false;
	return error == NULL && rd_kafka_consumer_closed(c->client.rk);
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

/* Destroys rk, waiting for it until the (monotonic) deadline or (interruptible) a signal; false if it
 * goes on in the background. */
static bool kafka_consumer_destroy_rk_until(rd_kafka_t *rk, int64_t deadline, bool interruptible)
{
	kafka_consumer_reaper *r = calloc(1, sizeof(*r));
	r->rk = rk;
	r->refs = 2;
	pthread_mutex_init(&r->lock, NULL);
	kafka_cond_init_monotonic(&r->cond);
	pthread_t thread;
	if (pthread_create(&thread, NULL, kafka_consumer_reaper_main, r) != 0) {
		r->refs = 1;
		kafka_consumer_reaper_main(r); /* no thread to spare: wait for it here */
		return true;
	}
	pthread_detach(thread);
	bool done = kafka_wait_flag_until(&r->lock, &r->cond, &r->done, deadline, interruptible);
	kafka_consumer_reaper_release(r);
	return done;
}

/* Releases the handle within php.close.timeout.ms. closing: close() rather than destruction; the
 * messages handed over count as done, failed async commits and hook exceptions are thrown, and a
 * signal ends the wait for the group (the rest is then released in the background). */
static void kafka_consumer_destroy_handle(kafka_consumer *c, bool closing)
{
	if (!c->client.rk) {
		return;
	}
	if (c->client.fork_generation != kafka_fork_generation) {
		/* librdkafka's threads are the parent's: closing, or even freeing its messages, could wait
		 * for them forever. What the parent left behind is not ours to release. */
		c->client.rk = NULL;
		c->async_commits = NULL;
		c->queue = NULL;
		c->backlog.count = c->handed.count = 0;
		c->backlog.head = c->handed.head = 0;
		c->paused = NULL;
		return;
	}
	if (closing) {
		kafka_consumer_store_handed(c);
	}
	kafka_message_list_clear(&c->handed);
	kafka_message_list_clear(&c->backlog);
	int64_t deadline = kafka_deadline(c->opts.close_timeout_ms);
	bool left = kafka_consumer_leave(c, deadline, closing);
	if (closing) {
		kafka_consumer_check_async_commits(c);
		kafka_client_rethrow(&c->client);
	}
	rd_kafka_queue_destroy(c->async_commits);
	rd_kafka_queue_destroy(c->queue);
	c->queue = NULL;
	if (c->paused) {
		rd_kafka_topic_partition_list_destroy(c->paused);
		c->paused = NULL;
	}
	rd_kafka_t *rk = c->client.rk;
	c->client.rk = NULL;
	c->async_commits = NULL;
	if (left) {
		rd_kafka_destroy_flags(rk, RD_KAFKA_DESTROY_F_NO_CONSUMER_CLOSE); /* quick: nothing left to wait for */
		return;
	}
	if (!kafka_consumer_destroy_rk_until(rk, deadline, closing)) {
		kafka_keep_module_loaded(); /* the reaper thread still runs code of this module */
	}
	kafka_warning("%s could not leave its group within " ZEND_LONG_FMT " ms (php.close.timeout.ms)%s: offsets stored since the last commit may not be committed; the connection is released in the background",
		kafka_consumer_class(c), c->opts.close_timeout_ms, closing && kafka_vm_interrupted() ? " or was interrupted by a signal" : "");
}

static void kafka_consumer_dtor(zend_object *obj)
{
	kafka_consumer *c = kafka_consumer_from_obj(obj);
	zend_objects_destroy_object(obj); /* a subclass's __destruct may still use the consumer */
	/* A destructor may run while an exception unwinds the stack: keep it aside while we close. */
	zend_object *pending = EG(exception);
	EG(exception) = NULL;
	c->client.callbacks_disabled = true;
	kafka_consumer_destroy_handle(c, false);
	if (EG(exception)) {
		zend_clear_exception();
	}
	EG(exception) = pending;
}

static void kafka_consumer_free(zend_object *obj)
{
	kafka_consumer *c = kafka_consumer_from_obj(obj);
	c->client.callbacks_disabled = true;
	kafka_consumer_destroy_handle(c, false); /* destructors are skipped after a fatal error */
	kafka_message_list_free(&c->backlog);
	kafka_message_list_free(&c->handed);
	kafka_topic_cache_release(&c->topic_cache);
	kafka_callback_release(&c->on_assign);
	kafka_callback_release(&c->on_revoke);
	kafka_client_release(&c->client);
	zend_object_std_dtor(obj);
}

static HashTable *kafka_consumer_get_gc(zend_object *obj, zval **table, int *n)
{
	kafka_consumer *c = kafka_consumer_from_obj(obj);
	zend_get_gc_buffer *buffer = zend_get_gc_buffer_create();
	kafka_callback_gc(buffer, &c->on_assign);
	kafka_callback_gc(buffer, &c->on_revoke);
	kafka_client_gc(buffer, &c->client);
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
	 * with it. A user's explicit enable.auto.offset.store=true is honoured (store on hand-over).
	 * A new group starts at the beginning: what was produced before it first joined is not
	 * skipped (librdkafka's default, latest, would). */
	/* librdkafka 2.2+ re-checks a partition whose local queue was full after fetch.queue.backoff.ms
	 * (1 s by default, which stalls an application draining slower than the fetcher fills); older
	 * versions do not know the property and wait for their broker thread to wake up. */
	rd_kafka_conf_set(conf, "fetch.queue.backoff.ms", "10", NULL, 0);
	if (!kafka_conf_set(conf, "enable.auto.offset.store", "false")
			|| !kafka_conf_set(conf, "auto.offset.reset", "earliest")
			|| !kafka_conf_set(conf, "queued.min.messages", KAFKA_CONSUMER_QUEUED_MIN_MESSAGES)
			|| !kafka_conf_set(conf, "max.partition.fetch.bytes", KAFKA_CONSUMER_PARTITION_FETCH_BYTES)
			|| !kafka_conf_apply(conf, config, KAFKA_OPT_CLOSE_TIMEOUT | KAFKA_OPT_UNREACHABLE_TIMEOUT, &c->opts)) {
		rd_kafka_conf_destroy(conf);
		return NULL;
	}
	c->has_group_id = kafka_conf_value_set(conf, "group.id");
	char value[32];
	size_t len = sizeof(value);
	c->queued_min_messages = rd_kafka_conf_get(conf, "queued.min.messages", value, &len) == RD_KAFKA_CONF_OK
		? (size_t)strtoul(value, NULL, 10) : 100000;
	kafka_client_conf_callbacks(&c->client, conf, config); /* its opaque is c too: client comes first */
	return conf;
}

bool kafka_consumer_start(kafka_consumer *c, rd_kafka_conf_t *conf)
{
	c->store_offsets = c->has_group_id && kafka_conf_value_is(conf, "enable.auto.offset.store", "false");
	c->auto_commit = c->has_group_id && kafka_conf_value_is(conf, "enable.auto.commit", "true");
	rd_kafka_t *rk = kafka_handle_new(RD_KAFKA_CONSUMER, conf);
	if (!rk) {
		return false;
	}
	rd_kafka_poll_set_consumer(rk); /* errors and callbacks of the main queue are served by consume() too */
	kafka_client_started(&c->client, rk);
	c->queue = rd_kafka_queue_get_consumer(rk);
	/* An explicit enable.auto.offset.store=true stores offsets as librdkafka hands messages out:
	 * then only as many as the application asks for are taken at a time. */
	c->pull_batches = c->store_offsets || !c->has_group_id;
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

kafka_consumer *kafka_consumer_usable(zval *this_zv, kafka_reentry reentry)
{
	kafka_consumer *c = kafka_consumer_from_obj(Z_OBJ_P(this_zv));
	return kafka_client_usable(&c->client, &c->std, reentry) ? c : NULL;
}

/* Committed offsets can be read: a group.id, and not inside onRevoke while close() leaves the
 * group (librdkafka's coordinator answers no offset fetch then: it would wait out the timeout). */
static bool kafka_consumer_check_can_read_committed(kafka_consumer *c)
{
	if (!c->leaving) {
		return true;
	}
	kafka_throw(kafka_ce_exception, RD_KAFKA_RESP_ERR__STATE,
		"%s::%s() cannot read committed offsets while close() leaves the group (inside onRevoke): commit() works there",
		kafka_consumer_class(c), get_active_function_name());
	return false;
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
		rd_kafka_resp_err_t err = rd_kafka_fatal_error(c->client.rk, reason, sizeof(reason));
		kafka_exception_set_fatal(kafka_throw(kafka_ce_exception, err,
			"This %s hit a fatal error and must be recreated: %s", kafka_consumer_class(c), reason));
	} else if (rkm->rkt && kafka_err_is_about_topic(rkm->err)) {
		kafka_throw(kafka_ce_exception, rkm->err, "Consuming topic \"%s\" failed: %s",
			rd_kafka_topic_name(rkm->rkt), rd_kafka_message_errstr(rkm));
	} else if (rkm->rkt) {
		kafka_throw(kafka_ce_exception, rkm->err, "Consuming %s [%" PRId32 "] failed: %s",
			rd_kafka_topic_name(rkm->rkt), rkm->partition, rd_kafka_message_errstr(rkm));
	} else {
		kafka_throw(kafka_ce_exception, rkm->err, "Consuming failed: %s", rd_kafka_message_errstr(rkm));
	}
}

typedef enum { KAFKA_POLLED_MESSAGE, KAFKA_POLLED_EOF, KAFKA_POLLED_NOTHING, KAFKA_POLLED_THROWN } kafka_polled;

/* A message goes to the backlog; an error ends the wait (EOF), is skipped (transient) or thrown
 * (unless an exception is already on its way: quiet). */
static kafka_polled kafka_consumer_sort_polled(kafka_consumer *c, rd_kafka_message_t *rkm, bool quiet)
{
	if (!rkm->err || rkm->err == RD_KAFKA_RESP_ERR__PARTITION_EOF) {
		kafka_client_contacted(&c->client); /* a fetch answered */
	}
	if (!rkm->err) {
		kafka_message_list_push(&c->backlog, rkm);
		return KAFKA_POLLED_MESSAGE;
	}
	kafka_polled result = KAFKA_POLLED_NOTHING;
	if (rkm->err == RD_KAFKA_RESP_ERR__PARTITION_EOF) {
		result = KAFKA_POLLED_EOF;
	} else if (!kafka_consumer_err_is_transient(rkm->err) && !quiet) {
		kafka_consumer_throw_message_error(c, rkm);
		result = KAFKA_POLLED_THROWN;
	}
	rd_kafka_message_destroy(rkm);
	return result;
}

/* librdkafka before 2.2 stops fetching once the local queue holds queued.min.messages and looks
 * again only when its broker thread next wakes up, up to a second later. Any request to the broker
 * wakes that thread: once a pull found the queue at the threshold (counting what the pull took: the
 * broker thread may have looked just before) and a later one finds it half drained, a metadata
 * request (without waiting for the answer) has the next fetch sent while the application still
 * drains the other half, so it never waits for a fetch round trip (waking only once the queue was
 * empty cost a quarter of the throughput on defaults, bench/). At most one request per
 * KAFKA_CONSUMER_WAKE_INTERVAL_MS, like fetch.queue.backoff.ms on 2.2+, which needs none of this.
 * The request goes to one broker: partitions led by others may still wait for their tick. */
static void kafka_consumer_pulled(kafka_consumer *c, uint32_t got, bool drained)
{
	if (rd_kafka_version() >= 0x020200ff) {
		return;
	}
	size_t queued = drained ? 0 : rd_kafka_queue_length(c->queue);
	if (!c->fetch_may_stall) {
		c->fetch_may_stall = queued + got >= c->queued_min_messages;
		return;
	}
	if (queued > c->queued_min_messages / 2) {
		return;
	}
	int64_t now = kafka_clock_ms();
	if (now - c->fetch_woken_at < KAFKA_CONSUMER_WAKE_INTERVAL_MS) {
		return; /* a tiny queued.min.messages would otherwise ask every few messages */
	}
	c->fetch_woken_at = now;
	c->fetch_may_stall = false;
	const struct rd_kafka_metadata *md = NULL;
	if (rd_kafka_metadata(c->client.rk, 0, NULL, &md, 0) == RD_KAFKA_RESP_ERR_NO_ERROR && md) {
		rd_kafka_metadata_destroy(md);
	}
}

/* Takes up to want ready messages from librdkafka without waiting, serving the callbacks that come
 * with them (rebalances, errors). Returns EOF or THROWN as soon as seen in the pull, NOTHING when
 * the queue ran dry, else MESSAGE. *ready is the backlog's count of messages that may be handed over. */
static kafka_polled kafka_consumer_pull(kafka_consumer *c, uint32_t want, uint32_t *ready)
{
	rd_kafka_message_t *buf[KAFKA_CONSUMER_PULL];
	ssize_t got;
	if (want > 1) {
		got = rd_kafka_consume_batch_queue(c->queue, 0, buf, want > KAFKA_CONSUMER_PULL ? KAFKA_CONSUMER_PULL : want);
	} else {
		buf[0] = rd_kafka_consumer_poll(c->client.rk, 0);
		got = buf[0] ? 1 : 0;
	}
	kafka_polled result = got < (ssize_t)want ? KAFKA_POLLED_NOTHING : KAFKA_POLLED_MESSAGE;
	for (ssize_t i = 0; i < got; i++) {
		kafka_polled sorted = kafka_consumer_sort_polled(c, buf[i], result == KAFKA_POLLED_THROWN || EG(exception));
		if (sorted == KAFKA_POLLED_THROWN || (sorted == KAFKA_POLLED_EOF && result != KAFKA_POLLED_THROWN)) {
			result = sorted;
		}
	}
	/* a hook that ran meanwhile may have paused, sought or lost partitions */
	*ready = kafka_consumer_deliverable(c);
	kafka_consumer_pulled(c, (uint32_t)got, got < (ssize_t)want);
	return result;
}

/* ---- waits that could never end well are not left silent ---- */

/* Neither subscribe() nor assign(): nothing will ever arrive. */
static bool kafka_consumer_check_has_work(kafka_consumer *c)
{
	rd_kafka_topic_partition_list_t *list = NULL;
	bool some = false;
	if (rd_kafka_assignment(c->client.rk, &list) == RD_KAFKA_RESP_ERR_NO_ERROR && list) {
		some = list->cnt > 0;
		rd_kafka_topic_partition_list_destroy(list);
		list = NULL;
	}
	if (!some && c->is_group && rd_kafka_subscription(c->client.rk, &list) == RD_KAFKA_RESP_ERR_NO_ERROR && list) {
		some = list->cnt > 0;
		rd_kafka_topic_partition_list_destroy(list);
	}
	if (!some) {
		kafka_throw(kafka_ce_exception, RD_KAFKA_RESP_ERR__STATE, "%s::%s() has nothing to consume: call %s() first",
			kafka_consumer_class(c), get_active_function_name(), c->is_group ? "subscribe" : "assign");
	}
	return some;
}

/* No broker has answered since the consumer was created, for php.unreachable.timeout.ms: a wrong
 * address (or a firewall) is thrown, naming the address and the cause, instead of waiting in
 * silence. After a first contact, unreachable brokers are transient (librdkafka reconnects). */
static bool kafka_consumer_check_reachable(kafka_consumer *c)
{
	kafka_client *cl = &c->client;
	if (cl->contacted || !cl->unreachable_since || kafka_clock_ms() - cl->unreachable_since < c->opts.unreachable_timeout_ms) {
		return true;
	}
	const struct rd_kafka_metadata *md = NULL;
	if (rd_kafka_metadata(cl->rk, 0, NULL, &md, 1000) == RD_KAFKA_RESP_ERR_NO_ERROR) {
		rd_kafka_metadata_destroy(md);
		kafka_client_contacted(cl); /* one answered after all */
		return true;
	}
	kafka_throw(kafka_ce_exception, cl->last_err ? cl->last_err : RD_KAFKA_RESP_ERR__TRANSPORT,
		"%s could not reach any broker of \"%s\" (bootstrap.servers) for " ZEND_LONG_FMT " ms (php.unreachable.timeout.ms): %s",
		kafka_consumer_class(c), cl->brokers ? ZSTR_VAL(cl->brokers) : "", c->opts.unreachable_timeout_ms, kafka_client_last_error(cl));
	return false;
}

/* A topic given to assign() that does not exist would only ever give nothing: once the cluster can
 * be asked, it is (one metadata request per assign()). */
static bool kafka_consumer_check_topics(kafka_consumer *c)
{
	rd_kafka_topic_partition_list_t *list = NULL;
	if (!c->check_topics || rd_kafka_assignment(c->client.rk, &list) != RD_KAFKA_RESP_ERR_NO_ERROR || !list) {
		return true;
	}
	bool ok = true, checked = true;
	for (int i = 0; ok && checked && i < list->cnt; i++) {
		if (i > 0 && strcmp(list->elems[i].topic, list->elems[i - 1].topic) == 0) {
			continue;
		}
		rd_kafka_topic_t *rkt = rd_kafka_topic_new(c->client.rk, list->elems[i].topic, NULL);
		const struct rd_kafka_metadata *md = NULL;
		if (!rkt || rd_kafka_metadata(c->client.rk, 0, rkt, &md, 1000) != RD_KAFKA_RESP_ERR_NO_ERROR) {
			checked = false; /* not now: asked again on the next wait */
		} else {
			kafka_client_contacted(&c->client);
			if (md->topic_cnt == 1 && md->topics[0].err == RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART) {
				kafka_throw(kafka_ce_exception, RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART,
					"Topic \"%s\" does not exist: its assigned partitions will get no messages", list->elems[i].topic);
				ok = false;
			}
		}
		if (md) {
			rd_kafka_metadata_destroy(md);
		}
		if (rkt) {
			rd_kafka_topic_destroy(rkt);
		}
	}
	rd_kafka_topic_partition_list_destroy(list);
	c->check_topics = !checked;
	return ok;
}

/* Takes what librdkafka has ready until the backlog holds max; true if it did, or a partition
 * ended (EOF); false with an exception thrown. *dry: the queue ran dry first. */
static bool kafka_consumer_take_ready(kafka_consumer *c, uint32_t max, uint32_t *ready, bool *dry)
{
	*dry = false;
	while (*ready < max) {
		kafka_polled result = kafka_consumer_pull(c, c->pull_batches ? KAFKA_CONSUMER_PULL : 1, ready);
		if (kafka_client_rethrow(&c->client) || result == KAFKA_POLLED_THROWN) {
			return false;
		}
		if (result == KAFKA_POLLED_EOF) {
			return true;
		}
		if (result == KAFKA_POLLED_NOTHING) {
			*dry = true;
			return true;
		}
	}
	return true;
}

/* Polls until the backlog holds max messages that may be handed over, the deadline passes, a
 * partition ends (EOF) or a signal arrives. False with an exception thrown for a real error or
 * what a rebalance hook threw; what was polled stays in the backlog for the next call. */
static bool kafka_consumer_fill(kafka_consumer *c, uint32_t max, zend_long timeout_ms)
{
	/* the hot path: messages already prefetched are taken, many per lock, without reading the clock */
	uint32_t ready = kafka_consumer_deliverable(c);
	bool dry;
	if (!kafka_consumer_take_ready(c, max, &ready, &dry)) {
		return false;
	}
	if (!dry) {
		return true;
	}
	int64_t deadline = kafka_deadline(timeout_ms);
	while (ready < max) {
		int64_t left = kafka_left_ms(deadline);
		rd_kafka_message_t *rkm = rd_kafka_consumer_poll(c->client.rk, kafka_wait_slice(left));
		kafka_polled result = rkm ? kafka_consumer_sort_polled(c, rkm, false) : KAFKA_POLLED_NOTHING;
		if (kafka_client_rethrow(&c->client) || result == KAFKA_POLLED_THROWN) {
			return false;
		}
		if (result == KAFKA_POLLED_EOF) {
			return true;
		}
		if (result == KAFKA_POLLED_NOTHING && (!kafka_consumer_check_has_work(c) || !kafka_consumer_check_reachable(c)
				|| !kafka_consumer_check_topics(c))) {
			return false;
		}
		/* a hook may have paused, sought or lost partitions: count again */
		ready = kafka_consumer_deliverable(c);
		if (result == KAFKA_POLLED_MESSAGE && ready < max) {
			/* more may have come with it: take them without waiting */
			if (!kafka_consumer_take_ready(c, max, &ready, &dry)) {
				return false;
			}
			if (!dry) {
				return true;
			}
		}
		if (left == 0 || kafka_vm_interrupted()) {
			return true; /* with whatever arrived: a trickle of messages must not hold a signal back */
		}
	}
	return true;
}

/* Moves the first n messages of the backlog that may be handed over (not of a paused partition)
 * to the handed list, keeping the others in order; returns them. */
static rd_kafka_message_t **kafka_consumer_hand_over(kafka_consumer *c, uint32_t n)
{
	if (!c->paused || c->paused->cnt == 0) {
		for (uint32_t i = 0; i < n; i++) {
			kafka_message_list_push(&c->handed, kafka_message_list_at(&c->backlog, i));
		}
		kafka_message_list_shift(&c->backlog, n);
		return &c->handed.items[c->handed.head + c->handed.count - n];
	}
	uint32_t taken = 0, kept = 0;
	kafka_message_list_compact(&c->backlog);
	for (uint32_t i = 0; i < c->backlog.count; i++) {
		rd_kafka_message_t *rkm = c->backlog.items[i];
		if (taken < n && !kafka_consumer_is_paused(c, rkm)) {
			kafka_message_list_push(&c->handed, rkm);
			taken++;
		} else {
			c->backlog.items[kept++] = rkm;
		}
	}
	c->backlog.count = kept;
	return &c->handed.items[c->handed.head + c->handed.count - taken];
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

	kafka_consumer *c = kafka_consumer_usable(ZEND_THIS, KAFKA_NOT_IN_CALLBACK);
	if (!c || !kafka_timeout_arg(1, &timeout_ms) || !kafka_consumer_begin(c)
			|| !kafka_consumer_fill(c, 1, timeout_ms)) {
		RETURN_THROWS();
	}
	if (kafka_consumer_deliverable(c) == 0) {
		RETURN_NULL();
	}
	kafka_message_from_rd(return_value, *kafka_consumer_hand_over(c, 1), KAFKA_MESSAGE_FETCHED, &c->topic_cache);
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
	kafka_consumer *c = kafka_consumer_usable(ZEND_THIS, KAFKA_NOT_IN_CALLBACK);
	if (!c || !kafka_timeout_arg(2, &timeout_ms) || !kafka_consumer_begin(c)
			|| !kafka_consumer_fill(c, (uint32_t)max, timeout_ms)) {
		RETURN_THROWS();
	}
	uint32_t ready = kafka_consumer_deliverable(c);
	uint32_t n = ready < (uint32_t)max ? ready : (uint32_t)max;
	rd_kafka_message_t **taken = kafka_consumer_hand_over(c, n);
	array_init_size(return_value, n);
	for (uint32_t i = 0; i < n; i++) {
		zval message;
		kafka_message_from_rd(&message, taken[i], KAFKA_MESSAGE_FETCHED, &c->topic_cache);
		add_next_index_zval(return_value, &message);
	}
}

/* ---- committing ---- */

/* Throws unless every partition of list is assigned to this consumer. */
static bool kafka_consumer_check_owned(kafka_consumer *c, const rd_kafka_topic_partition_list_t *list)
{
	rd_kafka_topic_partition_list_t *assignment = NULL;
	rd_kafka_resp_err_t err = rd_kafka_assignment(c->client.rk, &assignment);
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
	if (Z_STRLEN_P(topic) == 0 || kafka_has_nul(Z_STRVAL_P(topic), Z_STRLEN_P(topic))
			|| Z_LVAL_P(partition) < 0 || Z_LVAL_P(partition) > INT32_MAX) {
		zend_argument_value_error(1, "must be a consumed message: its topic or partition is not one Kafka has");
		return NULL;
	}
	if (Z_LVAL_P(offset) < 0 || Z_LVAL_P(offset) >= ZEND_LONG_MAX) {
		zend_argument_value_error(1, "must be a consumed message: its offset " ZEND_LONG_FMT " is not the offset of a stored message",
			Z_LVAL_P(offset));
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

/* Committing says the application is done: with everything handed over (no offsets given), or
 * with the messages below each committed offset on its partition, and nothing after them. */
static void kafka_consumer_store_committed(kafka_consumer *c, const rd_kafka_topic_partition_list_t *offsets)
{
	if (!offsets) {
		kafka_consumer_store_handed(c);
		return;
	}
	for (int i = 0; i < offsets->cnt; i++) {
		const rd_kafka_topic_partition_t *p = &offsets->elems[i];
		if (p->offset >= 0) {
			kafka_consumer_store_handed_below(c, p->topic, p->partition, p->offset);
		}
	}
}

/* ---- offsets for a producer's transaction (Producer::sendOffsetsToTransaction) ---- */

static void kafka_consumer_positions(kafka_consumer *c, rd_kafka_topic_partition_list_t *list);

rd_kafka_topic_partition_list_t *kafka_consumer_transaction_offsets(kafka_consumer *c, HashTable *offsets)
{
	rd_kafka_topic_partition_list_t *list = NULL;
	if (!offsets) {
		/* The positions: librdkafka's (offset + 1 of the last message polled, reset by seek(), gone
		 * with a revoked partition), corrected for what we polled ahead and did not hand out. A
		 * partition nothing was handed out of has none (INVALID) and is left out by librdkafka. */
		rd_kafka_resp_err_t err = rd_kafka_assignment(c->client.rk, &list);
		if (err) {
			kafka_throw(kafka_ce_exception, err, "Reading the assignment failed: %s", rd_kafka_err2str(err));
			return NULL;
		}
		kafka_consumer_positions(c, list);
		return list;
	}
	list = kafka_topic_partition_list_from_array(offsets, "$offsets");
	if (!list) {
		return NULL;
	}
	for (int i = 0; i < list->cnt; i++) {
		if (list->elems[i].offset < 0) {
			zend_argument_value_error(2, "must hold the next offset to consume of each partition (>= 0), %s [%" PRId32 "] has %" PRId64,
				list->elems[i].topic, list->elems[i].partition, list->elems[i].offset);
			rd_kafka_topic_partition_list_destroy(list);
			return NULL;
		}
	}
	if (!kafka_consumer_check_owned(c, list)) {
		rd_kafka_topic_partition_list_destroy(list);
		return NULL;
	}
	return list;
}

void kafka_consumer_transaction_offsets_sent(kafka_consumer *c, const rd_kafka_topic_partition_list_t *offsets, bool all)
{
	kafka_consumer_store_committed(c, all ? NULL : offsets);
}

/* commit() and commitAsync(). Async results land in c->async_commits, checked by later calls. */
static void kafka_consumer_commit(INTERNAL_FUNCTION_PARAMETERS, bool async)
{
	zval *arg = NULL;
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(arg)
	ZEND_PARSE_PARAMETERS_END();

	kafka_consumer *c = kafka_consumer_usable(ZEND_THIS, KAFKA_ANYWHERE);
	if (!c || !kafka_consumer_check_group_id(c)) {
		RETURN_THROWS();
	}
	rd_kafka_topic_partition_list_t *offsets;
	if (!kafka_consumer_commit_offsets(c, arg, &offsets)) {
		RETURN_THROWS();
	}
	kafka_consumer_store_committed(c, offsets);
	if (!kafka_consumer_check_async_commits(c)) {
		if (offsets) {
			rd_kafka_topic_partition_list_destroy(offsets);
		}
		RETURN_THROWS();
	}
	rd_kafka_resp_err_t err = async
		? rd_kafka_commit_queue(c->client.rk, offsets, c->async_commits, NULL, NULL)
		: rd_kafka_commit(c->client.rk, offsets, 0);
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

	kafka_consumer *c = kafka_consumer_usable(ZEND_THIS, KAFKA_NOT_IN_CALLBACK);
	rd_kafka_topic_partition_list_t *list = kafka_consumer_partitions_arg(c, partitions, "$partitions");
	if (!list) {
		RETURN_THROWS();
	}
	kafka_message_list_clear(&c->backlog); /* fetched for the previous assignment */
	c->check_topics = true;
	if (c->paused) {
		rd_kafka_topic_partition_list_destroy(c->paused);
		c->paused = NULL;
	}
	rd_kafka_resp_err_t err = rd_kafka_assign(c->client.rk, list);
	rd_kafka_topic_partition_list_destroy(list);
	kafka_consumer_check_result("assign()", err, NULL);
}

ZEND_METHOD(Kafka_Consumer, assignment)
{
	ZEND_PARSE_PARAMETERS_NONE();
	kafka_consumer *c = kafka_consumer_usable(ZEND_THIS, KAFKA_ANYWHERE);
	if (!c) {
		RETURN_THROWS();
	}
	rd_kafka_topic_partition_list_t *list = NULL;
	rd_kafka_resp_err_t err = rd_kafka_assignment(c->client.rk, &list);
	if (!kafka_consumer_check_result("assignment()", err, NULL)) {
		RETURN_THROWS();
	}
	kafka_consumer_return_partitions(return_value, list);
}

/* committed() and offsetsForTimes(): a list of TopicPartition in, librdkafka fills it in place. */

static void kafka_consumer_query_partitions(INTERNAL_FUNCTION_PARAMETERS, const char *what, bool needs_group, kafka_partitions_query query)
{
	HashTable *partitions;
	zend_long timeout_ms = 10000;
	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_ARRAY_HT(partitions)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(timeout_ms)
	ZEND_PARSE_PARAMETERS_END();

	kafka_consumer *c = kafka_consumer_usable(ZEND_THIS, KAFKA_ANYWHERE);
	if (!c || (needs_group && (!kafka_consumer_check_group_id(c) || !kafka_consumer_check_can_read_committed(c)))
			|| !kafka_timeout_arg(2, &timeout_ms)) {
		RETURN_THROWS();
	}
	rd_kafka_topic_partition_list_t *list = kafka_consumer_partitions_arg(c, partitions, "$partitions");
	if (!list) {
		RETURN_THROWS();
	}
	/* Per-partition failures are reported in each result's $error. */
	rd_kafka_resp_err_t err = kafka_partitions_query_sliced(&c->client, query, list, kafka_deadline(timeout_ms));
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

/* The next offset to hand over of each partition: the first one still in our backlog, else
 * librdkafka's position (which is past what we polled ahead); Offset::INVALID when unknown. */
static void kafka_consumer_positions(kafka_consumer *c, rd_kafka_topic_partition_list_t *list)
{
	rd_kafka_position(c->client.rk, list);
	for (int i = 0; i < list->cnt && c->backlog.count > 0; i++) {
		rd_kafka_topic_partition_t *p = &list->elems[i];
		for (uint32_t j = 0; j < c->backlog.count; j++) {
			if (kafka_message_is_of(kafka_message_list_at(&c->backlog, j), p->topic, p->partition)) {
				p->offset = kafka_message_list_at(&c->backlog, j)->offset;
				break;
			}
		}
	}
}

ZEND_METHOD(Kafka_Consumer, position)
{
	HashTable *partitions;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY_HT(partitions)
	ZEND_PARSE_PARAMETERS_END();

	kafka_consumer *c = kafka_consumer_usable(ZEND_THIS, KAFKA_ANYWHERE);
	rd_kafka_topic_partition_list_t *list = kafka_consumer_partitions_arg(c, partitions, "$partitions");
	if (!list) {
		RETURN_THROWS();
	}
	kafka_consumer_positions(c, list);
	kafka_consumer_return_partitions(return_value, list);
}

ZEND_METHOD(Kafka_Consumer, seek)
{
	zval *tp;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_OBJECT_OF_CLASS(tp, kafka_ce_topic_partition)
	ZEND_PARSE_PARAMETERS_END();

	kafka_consumer *c = kafka_consumer_usable(ZEND_THIS, KAFKA_ANYWHERE);
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
	kafka_message_list_drop(&c->backlog, list->elems[0].topic, list->elems[0].partition);
	rd_kafka_error_t *error = rd_kafka_seek_partitions(c->client.rk, list, KAFKA_CONSUMER_SEEK_TIMEOUT_MS);
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

	kafka_consumer *c = kafka_consumer_usable(ZEND_THIS, KAFKA_ANYWHERE);
	rd_kafka_topic_partition_list_t *list = kafka_consumer_partitions_arg(c, partitions, "$partitions");
	if (!list) {
		RETURN_THROWS();
	}
	/* Messages of these partitions already polled stay in the backlog, held back until resume():
	 * librdkafka resumes fetching after them (its position is past what we polled ahead). */
	if (pause) {
		if (kafka_consumer_check_result("pause()", rd_kafka_pause_partitions(c->client.rk, list), list)) {
			kafka_consumer_mark_paused(c, list);
		}
	} else if (kafka_consumer_check_result("resume()", rd_kafka_resume_partitions(c->client.rk, list), list)) {
		kafka_consumer_unmark_paused(c, list);
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
		Z_PARAM_PATH_STR(topic)
		Z_PARAM_LONG(partition)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(timeout_ms)
	ZEND_PARSE_PARAMETERS_END();

	kafka_consumer *c = kafka_consumer_usable(ZEND_THIS, KAFKA_ANYWHERE);
	if (!c || !kafka_timeout_arg(3, &timeout_ms)) {
		RETURN_THROWS();
	}
	if (partition < 0 || partition > INT32_MAX) {
		zend_argument_value_error(2, "must be a partition number between 0 and %d", INT32_MAX);
		RETURN_THROWS();
	}
	int64_t low, high;
	rd_kafka_resp_err_t err = kafka_watermarks_sliced(&c->client, ZSTR_VAL(topic), (int32_t)partition, &low, &high, kafka_deadline(timeout_ms));
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
		Z_PARAM_PATH_STR(topic)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(timeout_ms)
	ZEND_PARSE_PARAMETERS_END();

	kafka_consumer *c = kafka_consumer_usable(ZEND_THIS, KAFKA_ANYWHERE);
	if (!c || !kafka_timeout_arg(2, &timeout_ms)) {
		RETURN_THROWS();
	}
	if (ZSTR_LEN(topic) == 0) {
		zend_argument_value_error(1, "must not be empty");
		RETURN_THROWS();
	}
	rd_kafka_topic_t *rkt = rd_kafka_topic_new(c->client.rk, ZSTR_VAL(topic), NULL);
	if (!rkt) {
		rd_kafka_resp_err_t err = rd_kafka_last_error();
		kafka_throw(kafka_ce_exception, err, "Invalid topic \"%s\": %s", ZSTR_VAL(topic), rd_kafka_err2str(err));
		RETURN_THROWS();
	}
	const struct rd_kafka_metadata *md;
	rd_kafka_resp_err_t err = kafka_metadata_sliced(&c->client, false, rkt, &md, kafka_deadline(timeout_ms));
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

/* Positions of the assignment (kafka_consumer_positions); where none is known yet (nothing
 * handed over since it was assigned), the committed offset. */
static bool kafka_consumer_lag_positions(kafka_consumer *c, rd_kafka_topic_partition_list_t *list, int64_t deadline)
{
	kafka_consumer_positions(c, list);
	bool unknown = false;
	for (int i = 0; i < list->cnt; i++) {
		unknown = unknown || list->elems[i].offset < 0;
	}
	if (!unknown || !c->has_group_id) {
		return true;
	}
	if (!kafka_consumer_check_can_read_committed(c)) {
		return false;
	}
	rd_kafka_topic_partition_list_t *committed = rd_kafka_topic_partition_list_copy(list);
	rd_kafka_resp_err_t err = kafka_partitions_query_sliced(&c->client, rd_kafka_committed, committed, deadline);
	bool ok = kafka_consumer_check_result("lag()", err, NULL);
	for (int i = 0; ok && i < list->cnt; i++) {
		if (list->elems[i].offset < 0) {
			list->elems[i].offset = committed->elems[i].offset;
		}
	}
	rd_kafka_topic_partition_list_destroy(committed);
	return ok;
}

/* The end offsets of the partitions as the broker has them now, in one ListOffsets round trip
 * per leader (not the high watermark cached from fetch responses: stale for a paused partition
 * or a full fetch queue). Under isolation.level=read_committed, the last stable offset. */
static rd_kafka_topic_partition_list_t *kafka_consumer_end_offsets(kafka_consumer *c, const rd_kafka_topic_partition_list_t *list, int64_t deadline)
{
	rd_kafka_topic_partition_list_t *ends = rd_kafka_topic_partition_list_copy(list);
	for (int i = 0; i < ends->cnt; i++) {
		ends->elems[i].offset = RD_KAFKA_OFFSET_END; /* as a ListOffsets timestamp: "latest" */
	}
	rd_kafka_resp_err_t err = ends->cnt ? kafka_partitions_query_sliced(&c->client, rd_kafka_offsets_for_times, ends, deadline) : RD_KAFKA_RESP_ERR_NO_ERROR;
	if (!kafka_consumer_check_result("lag() reading the end offsets", err, ends)) {
		rd_kafka_topic_partition_list_destroy(ends);
		return NULL;
	}
	return ends;
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

	kafka_consumer *c = kafka_consumer_usable(ZEND_THIS, KAFKA_ANYWHERE);
	if (!c || !kafka_timeout_arg(1, &timeout_ms)) {
		RETURN_THROWS();
	}
	rd_kafka_topic_partition_list_t *list = NULL;
	rd_kafka_resp_err_t err = rd_kafka_assignment(c->client.rk, &list);
	if (!kafka_consumer_check_result("lag()", err, NULL)) {
		RETURN_THROWS();
	}
	int64_t deadline = kafka_deadline(timeout_ms);
	rd_kafka_topic_partition_list_t *ends = kafka_consumer_lag_positions(c, list, deadline)
		? kafka_consumer_end_offsets(c, list, deadline) : NULL;
	if (!ends) {
		rd_kafka_topic_partition_list_destroy(list);
		RETURN_THROWS();
	}
	array_init_size(return_value, (uint32_t)list->cnt);
	for (int i = 0; i < list->cnt; i++) {
		zval entry;
		kafka_consumer_lag_entry(&entry, &list->elems[i], ends->elems[i].offset);
		add_next_index_zval(return_value, &entry);
	}
	rd_kafka_topic_partition_list_destroy(ends);
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

	kafka_consumer *c = kafka_consumer_from_obj(Z_OBJ_P(ZEND_THIS));
	if (c->client.constructed) {
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
	kafka_consumer *c = kafka_consumer_usable(ZEND_THIS, KAFKA_NOT_IN_CALLBACK);
	if (!c) {
		RETURN_THROWS();
	}
	kafka_consumer_destroy_handle(c, true);
}

KAFKA_CLIENT_CALLBACK_METHODS(Kafka_Consumer, kafka_consumer, client)

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
