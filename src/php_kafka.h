/* ext-kafka: the module's shared header. One C file per class; what they share is declared here. */
#ifndef PHP_KAFKA_H
#define PHP_KAFKA_H

#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include <stdint.h>
#include <stdbool.h>
#include "php.h"
#include "zend_attributes.h" /* the generated arginfo marks #[\SensitiveParameter] */
#include <librdkafka/rdkafka.h>

#define PHP_KAFKA_VERSION "0.1.0"
#define PHP_KAFKA_EXTNAME "kafka"

/* Oldest librdkafka this code is written for (config.m4 checks the same at configure time). */
#define KAFKA_MIN_RDKAFKA_VERSION 0x020000ff

extern zend_module_entry kafka_module_entry;
#define phpext_kafka_ptr &kafka_module_entry

ZEND_BEGIN_MODULE_GLOBALS(kafka)
	HashTable secrets; /* values of secret config properties seen here (config.c), persistent */
	HashTable persistent_producers; /* Kafka\Producer::persistent(): name => record (persistent.c), persistent */
	bool persistent_enabled;        /* INI kafka.persistent */
	zend_long persistent_max;       /* INI kafka.persistent_max */
	bool exit_on_loss; /* INI kafka.exit_on_loss */
ZEND_END_MODULE_GLOBALS(kafka)
ZEND_EXTERN_MODULE_GLOBALS(kafka)
#define KAFKA_G(v) ZEND_MODULE_GLOBALS_ACCESSOR(kafka, v)
#if defined(ZTS) && defined(COMPILE_DL_KAFKA)
ZEND_TSRMLS_CACHE_EXTERN()
#endif
/* Module globals' constructor and destructor (config.c). */
void kafka_globals_ctor(zend_kafka_globals *globals);
void kafka_globals_dtor(zend_kafka_globals *globals);

/* Persistent producers (persistent.c): their registry in the module globals, the end of every
 * request (RSHUTDOWN) and their rows in phpinfo(). */
void kafka_persistent_globals_ctor(zend_kafka_globals *globals);
void kafka_persistent_globals_dtor(zend_kafka_globals *globals);
void kafka_persistent_request_end(void);
void kafka_persistent_info(void);

/* Class entries */
extern zend_class_entry *kafka_ce_exception;
extern zend_class_entry *kafka_ce_config_exception;
extern zend_class_entry *kafka_ce_delivery_exception;
extern zend_class_entry *kafka_ce_timeout_exception;
extern zend_class_entry *kafka_ce_transaction_exception;
extern zend_class_entry *kafka_ce_message;
extern zend_class_entry *kafka_ce_topic_partition;
extern zend_class_entry *kafka_ce_offset;
extern zend_class_entry *kafka_ce_producer;
extern zend_class_entry *kafka_ce_consumer;
extern zend_class_entry *kafka_ce_consumer_group;
extern zend_class_entry *kafka_ce_admin;
extern zend_class_entry *kafka_ce_mock_cluster;

/* Per-class registration, called from MINIT */
void kafka_register_exceptions(void);
void kafka_register_message(void);
void kafka_register_topic_partition(void);
void kafka_register_producer(void);
void kafka_register_consumer(void);
void kafka_register_consumer_group(void);
void kafka_register_admin(void);
void kafka_register_mock_cluster(void);

/* ---- runtime (runtime.c): clocks, timeouts, waiting, signals, fork detection ---- */

void kafka_runtime_startup(void);

/* librdkafka's threads do not survive fork(): a handle created before a fork is dead in the child.
 * A pthread_atfork() hook bumps this generation in the child; each handle remembers its own. */
extern uint32_t kafka_fork_generation;

/* A thread of ours may outlive the request (a consumer released in the background): PHP must not
 * unload kafka.so at shutdown while it runs, or the thread would jump into unmapped code. */
void kafka_keep_module_loaded(void);

/* Blocking calls wait in slices this long so that they can stop soon after a signal, a callback
 * exception or a deadline. */
#define KAFKA_WAIT_SLICE_MS 100
/* Every user timeout (method arguments and php.* options) is clamped to this: about 24.8 days,
 * and what librdkafka's int timeouts can hold. Negative timeouts are refused. */
#define KAFKA_TIMEOUT_MAX_MS INT32_MAX

/* The exit status of a command-line script whose producer lost messages at shutdown. */
#define KAFKA_EXIT_STATUS_LOSS 75
/* Marks the script as failed (CLI only, kafka.exit_on_loss): messages were lost at destruction. */
void kafka_exit_status_on_loss(void);

/* Monotonic milliseconds: every deadline is on this clock. */
int64_t kafka_clock_ms(void);
/* Wall-clock milliseconds since the epoch: message timestamps only. */
int64_t kafka_wall_ms(void);
/* The monotonic deadline timeout_ms (clamped to 0..KAFKA_TIMEOUT_MAX_MS) from now. */
int64_t kafka_deadline(zend_long timeout_ms);
/* Milliseconds left until deadline, at least 0. */
int64_t kafka_left_ms(int64_t deadline);
/* How long the next wait slice may be with left_ms to go: 0..KAFKA_WAIT_SLICE_MS. */
int kafka_wait_slice(int64_t left_ms);
zend_long kafka_timeout_clamp(zend_long timeout_ms);
/* A timeout argument: ValueError if negative, clamped to KAFKA_TIMEOUT_MAX_MS otherwise. */
bool kafka_timeout_arg(uint32_t arg_num, zend_long *timeout_ms);
/* Set when a signal arrived (pcntl_async_signals) or a time limit passed: every wait ends early. */
bool kafka_vm_interrupted(void);
/* Throws Kafka\Exception (_INTR, retriable) for a wait that a signal ended before it completed. */
void kafka_throw_interrupted(const char *what);
/* Runs the script's pcntl signal handlers now if a signal is pending (an exception pending is
 * kept, a handler's own becomes its previous). A method about to return with an exception after
 * a signal calls it: PHP 8.2 would dispatch the signal while the exception is pending, when it
 * calls no function, and the handler would be lost. kafka_throw() does it for _INTR. */
void kafka_run_signal_handlers(void);
/* Waits until *flag is set (under lock, signalled through cond), the monotonic deadline passes or
 * (when interruptible) a signal arrives. Returns *flag. */
#include <pthread.h>
bool kafka_wait_flag_until(pthread_mutex_t *lock, pthread_cond_t *cond, const bool *flag, int64_t deadline, bool interruptible);
/* A condition variable whose timed waits use the monotonic clock. */
void kafka_cond_init_monotonic(pthread_cond_t *cond);

/* A blocking librdkafka call (metadata, offsets) with the time it may take. */
typedef rd_kafka_resp_err_t (*kafka_attempt_fn)(void *ctx, int timeout_ms);
/* librdkafka's blocking calls cannot be interrupted: an idempotent one is made in slices this long,
 * repeated while it times out, so that a signal ends the whole wait within about a slice. */
#define KAFKA_CALL_SLICE_MS 1000
/* Runs between slices; an error it returns ends the call with that error. */
typedef rd_kafka_resp_err_t (*kafka_between_fn)(void *ctx);
/* Repeats attempt until it returns anything but _TIMED_OUT, the deadline passes (its _TIMED_OUT
 * is returned), between (if any) returns an error, or a signal arrives (_INTR). */
rd_kafka_resp_err_t kafka_call_sliced(kafka_attempt_fn attempt, void *ctx, int64_t deadline, kafka_between_fn between, void *between_ctx);

/* NUL bytes would silently cut names short in librdkafka's C strings. */
static inline bool kafka_has_nul(const char *s, size_t len)
{
	return memchr(s, '\0', len) != NULL;
}

/* ---- clients (client.c): what Producer, Consumer, ConsumerGroup and Admin share ---- */

/* A PHP callback. Every callable is turned into a Closure when it is registered, so that whatever
 * PHP accepts (closures, first-class callables, invokable objects, static and private methods,
 * __call and __callStatic) stays callable for as long as it is kept. fn is UNDEF when unset. */
typedef struct {
	zval fn;
	zend_fcall_info_cache fcc;
} kafka_callback;

static inline bool kafka_callback_isset(const kafka_callback *cb)
{
	return Z_TYPE(cb->fn) != IS_UNDEF;
}
/* Replaces cb with the callable parsed by Z_PARAM_FUNC_OR_NULL (unset when fci is not initialised).
 * False with an exception thrown if it cannot be kept. */
bool kafka_callback_set(kafka_callback *cb, zend_fcall_info *fci);
void kafka_callback_release(kafka_callback *cb);
void kafka_callback_gc(zend_get_gc_buffer *buffer, kafka_callback *cb);

typedef struct {
	rd_kafka_t *rk;              /* NULL before __construct() and after close() */
	uint32_t fork_generation;
	bool constructed;            /* __construct() succeeded */
	bool callbacks_disabled;     /* destruction: no PHP code runs any more */
	uint32_t callback_depth;     /* the re-entrancy guard: > 0 while a callback of this client runs */
	const char *callback_name;   /* the outermost callback running, for messages */
	zend_object *pending_exception; /* thrown inside a librdkafka callback; rethrown by the call that served it */
	/* onError, onStats, onLog, onOAuthTokenRefresh */
	kafka_callback on_error;
	kafka_callback on_stats;
	kafka_callback on_log;
	kafka_callback on_oauth;
	bool log_to_stderr;          /* the config asked for librdkafka's log (debug, log_level) and no onLog is set */
	bool oauth_refresh_pending;  /* librdkafka wants a token that no onOAuthTokenRefresh has given yet */
	bool unsecured_jwt;          /* enable.sasl.oauthbearer.unsecure.jwt: the extension makes the tokens */
	zend_string *oauth_config;   /* sasl.oauthbearer.config, handed to onOAuthTokenRefresh */
	/* The latest error librdkafka reported (broker down, ...), for messages about what is stuck. */
	rd_kafka_resp_err_t last_err;
	char last_error[512];
	bool fatal;                  /* librdkafka reported a fatal error: the instance must be recreated */
	zend_class_entry *fatal_ce;  /* the class its fatal errors are thrown as (NULL: Kafka\Exception; a transactional producer's: TransactionException) */
	bool polls_main_queue;       /* rd_kafka_poll() serves it (Admin); else a queue of the class's own */
	bool contacted;              /* a broker has answered since the client was created */
	bool reports_before_fatal;   /* producer: the reports of what a fatal error failed are served before it is thrown */
	int64_t unreachable_since;   /* monotonic ms of the first "cannot reach" error before any contact, 0 if none */
	zend_string *brokers;        /* bootstrap.servers, for messages */
} kafka_client;

/* Where a method may be called from. */
typedef enum {
	KAFKA_ANYWHERE,           /* also from inside this client's own callbacks */
	KAFKA_NOT_IN_CALLBACK,    /* would serve events (and so callbacks) re-entrantly */
} kafka_reentry;

void kafka_client_init(kafka_client *cl);
/* Throws unless the client may be used: constructed (Error otherwise), not closed, created in
 * this process and, for KAFKA_NOT_IN_CALLBACK, not inside one of its own callbacks. */
bool kafka_client_usable(kafka_client *cl, zend_object *obj, kafka_reentry reentry);
/* Calls cb under the client's re-entrancy guard. False if it was not called (unset, or callbacks
 * are disabled). What it throws is left in EG(exception). retval may be NULL. */
bool kafka_client_call(kafka_client *cl, kafka_callback *cb, const char *name, zval *retval, uint32_t argc, zval *argv);
/* Moves an exception thrown inside a librdkafka callback aside, to be rethrown later. */
void kafka_client_capture_exception(kafka_client *cl);
/* Throws what was captured, if anything; true if it threw. */
bool kafka_client_rethrow(kafka_client *cl);
/* Forgets what was captured (nothing will serve it any more: destruction). */
void kafka_client_release_pending(kafka_client *cl);
void kafka_client_release(kafka_client *cl);
void kafka_client_gc(zend_get_gc_buffer *buffer, kafka_client *cl);

/* librdkafka's client-level callbacks (errors, statistics, logs, OAUTHBEARER tokens), installed on
 * conf once the user's config is applied; they reach PHP only on the PHP thread, from inside calls
 * that serve the client's queue (log lines are queued, not logged from librdkafka's threads).
 * config: the user's array (NULL for none), to see whether it asked for librdkafka's own log. */
void kafka_client_conf_callbacks(kafka_client *cl, rd_kafka_conf_t *conf, HashTable *config);
/* Whether kafka_client_conf_callbacks() installs the OAUTHBEARER token refresh callback. */
bool kafka_client_conf_refreshes_tokens(rd_kafka_conf_t *conf);
/* The callbacks kafka_client_conf_callbacks() installs (opaque: the client), for handles whose
 * opaque is something else that passes the client on (persistent producers, persistent.c). */
void kafka_client_error_cb(rd_kafka_t *rk, int err, const char *reason, void *opaque);
int kafka_client_stats_cb(rd_kafka_t *rk, char *json, size_t json_len, void *opaque);
void kafka_client_oauth_cb(rd_kafka_t *rk, const char *oauthbearer_config, void *opaque);
void kafka_client_log_line(kafka_client *cl, const rd_kafka_t *rk, int level, const char *facility, const char *buf);
/* After the handle is created: log lines go to the main queue, served with the other callbacks. */
void kafka_client_started(kafka_client *cl, rd_kafka_t *rk);
/* An error librdkafka reported (callback or event): onError gets it; without onError, failures
 * that only the application can fix (authentication, TLS, fatal errors) are thrown by the call
 * serving it, or the next one. */
void kafka_client_handle_error(kafka_client *cl, rd_kafka_resp_err_t err, const char *reason);
/* librdkafka asks for an OAUTHBEARER token (callback or event). */
void kafka_client_refresh_token(kafka_client *cl, const char *oauthbearer_config);
/* A broker answered: errors reaching brokers are now transient (librdkafka reconnects). */
static inline void kafka_client_contacted(kafka_client *cl)
{
	cl->contacted = true;
}
/* The error most worth naming when something is stuck. */
const char *kafka_client_last_error(const kafka_client *cl);
/* Throws this client's fatal error (isFatal()) if it had one; true if it threw. */
bool kafka_client_throw_if_fatal(kafka_client *cl, zend_object *obj);
/* onError(), onStats(), onLog() and onOAuthTokenRefresh() of every client class. */
void kafka_client_set_callback(INTERNAL_FUNCTION_PARAMETERS, kafka_client *cl, size_t offset);
#define KAFKA_CLIENT_CALLBACK_METHODS(class_name, type, member) \
	ZEND_METHOD(class_name, onError) { \
		kafka_client_set_callback(INTERNAL_FUNCTION_PARAM_PASSTHRU, &((type *)((char *)Z_OBJ_P(ZEND_THIS) - XtOffsetOf(type, std)))->member, XtOffsetOf(kafka_client, on_error)); \
	} \
	ZEND_METHOD(class_name, onStats) { \
		kafka_client_set_callback(INTERNAL_FUNCTION_PARAM_PASSTHRU, &((type *)((char *)Z_OBJ_P(ZEND_THIS) - XtOffsetOf(type, std)))->member, XtOffsetOf(kafka_client, on_stats)); \
	} \
	ZEND_METHOD(class_name, onLog) { \
		kafka_client_set_callback(INTERNAL_FUNCTION_PARAM_PASSTHRU, &((type *)((char *)Z_OBJ_P(ZEND_THIS) - XtOffsetOf(type, std)))->member, XtOffsetOf(kafka_client, on_log)); \
	} \
	ZEND_METHOD(class_name, onOAuthTokenRefresh) { \
		kafka_client_set_callback(INTERNAL_FUNCTION_PARAM_PASSTHRU, &((type *)((char *)Z_OBJ_P(ZEND_THIS) - XtOffsetOf(type, std)))->member, XtOffsetOf(kafka_client, on_oauth)); \
	}

/* librdkafka's blocking reads made in slices until the monotonic deadline, so that a signal ends
 * them (_INTR): metadata, a partition's watermarks, and queries that fill a partition list in
 * place (rd_kafka_committed, rd_kafka_offsets_for_times). */
rd_kafka_resp_err_t kafka_metadata_sliced(kafka_client *cl, bool all_topics, rd_kafka_topic_t *only, const struct rd_kafka_metadata **md, int64_t deadline);
rd_kafka_resp_err_t kafka_watermarks_sliced(kafka_client *cl, const char *topic, int32_t partition, int64_t *low, int64_t *high, int64_t deadline);
typedef rd_kafka_resp_err_t (*kafka_partitions_query)(rd_kafka_t *rk, rd_kafka_topic_partition_list_t *list, int timeout_ms);
rd_kafka_resp_err_t kafka_partitions_query_sliced(kafka_client *cl, kafka_partitions_query query, rd_kafka_topic_partition_list_t *list, int64_t deadline);
/* Serves what the main queue holds (a client whose main queue nobody else serves: Admin), so
 * that its callbacks run; returns the code of an exception they left to throw, 0 if none. */
rd_kafka_resp_err_t kafka_client_poll_main(void *cl);

/* ---- retrying reads while leaders and coordinators move (retry.c) ----
 * A read of offsets or metadata that meets a leadership or coordinator error (a broker died or
 * came back) is asked again, after fresh metadata of its topics, until its deadline. */
/* NOT_LEADER_FOR_PARTITION, LEADER_NOT_AVAILABLE, NOT_COORDINATOR, COORDINATOR_LOAD_IN_PROGRESS,
 * _TRANSPORT and the like: asking again a little later succeeds. */
bool kafka_retry_is_transient(rd_kafka_resp_err_t err);
typedef struct {
	kafka_client *cl;
	bool retry_transport;        /* _TRANSPORT is transient (true unless kafka_call_retried() says otherwise) */
	int64_t unknown_topic_until; /* "unknown topic" is retried until then: 2 s (a topic just created) */
	int64_t deadline;            /* monotonic, kafka_deadline() */
	int backoff_ms;
	const char *const *topics;   /* whose metadata is refreshed between attempts */
	int topic_cnt;
	int64_t next_refresh;
} kafka_retry;
void kafka_retry_start(kafka_retry *r, kafka_client *cl, int64_t deadline, const char *const *topics, int topic_cnt);
/* After an attempt that ended with err: true if another is due (err transient, or "unknown topic"
 * in the read's first 2 s; time left; no signal), once the topics' metadata is refreshed and a
 * pause (100 ms doubling up to 1 s; 2 s after NOT_COORDINATOR) has passed. */
bool kafka_retry_again(kafka_retry *r, rd_kafka_resp_err_t err);
/* The same after an attempt that threw: if its Kafka\Exception is transient and another attempt is
 * due, the exception is cleared and true returned; otherwise it stays thrown. */
bool kafka_retry_again_after_exception(kafka_retry *r);
/* kafka_call_sliced() (serving the client's main queue between slices), made again while it ends
 * with a transient error; while slices time out, the topics' metadata is refreshed now and then.
 * Without topics (a metadata request), _TRANSPORT means no broker could be reached: not retried. */
rd_kafka_resp_err_t kafka_call_retried(kafka_client *cl, kafka_attempt_fn attempt, void *ctx, int64_t deadline, const char *const *topics, int topic_cnt);
/* A partition's low and high watermarks, asked of its leader within timeout_ms. Instead of
 * rd_kafka_query_watermark_offsets(), which librdkafka (2.0.2 and later) lets wait without bound
 * while the partition's leader is down: its retry on a lost connection ignores the timeout. */
rd_kafka_resp_err_t kafka_query_watermarks(rd_kafka_t *rk, const char *topic, int32_t partition, int64_t *low, int64_t *high, int timeout_ms);

/* ---- configuration (config.c) ---- */

/* Options that belong to the extension, not to librdkafka; every one starts with "php.". */
typedef enum {
	KAFKA_OPT_NONE = 0,
	KAFKA_OPT_DESTROY_FLUSH_TIMEOUT = 1 << 0, /* php.destroy.flush.timeout.ms (Producer) */
	KAFKA_OPT_SEND_BLOCK_TIMEOUT    = 1 << 1, /* php.send.block.timeout.ms (Producer) */
	KAFKA_OPT_OPERATION_TIMEOUT     = 1 << 2, /* php.operation.timeout.ms (Admin) */
	KAFKA_OPT_CLOSE_TIMEOUT         = 1 << 3, /* php.close.timeout.ms (Consumer, ConsumerGroup) */
	KAFKA_OPT_UNREACHABLE_TIMEOUT   = 1 << 4, /* php.unreachable.timeout.ms (Consumer, ConsumerGroup) */
} kafka_opt_mask;

typedef struct {
	zend_long destroy_flush_timeout_ms;
	zend_long send_block_timeout_ms;
	zend_long operation_timeout_ms;
	zend_long close_timeout_ms;
	zend_long unreachable_timeout_ms;
} kafka_ext_options;

#define KAFKA_DEFAULT_DESTROY_FLUSH_TIMEOUT_MS 5000
#define KAFKA_DEFAULT_SEND_BLOCK_TIMEOUT_MS    30000
#define KAFKA_DEFAULT_OPERATION_TIMEOUT_MS     30000
#define KAFKA_DEFAULT_CLOSE_TIMEOUT_MS         10000
#define KAFKA_DEFAULT_UNREACHABLE_TIMEOUT_MS   30000

/* Applies a PHP config array (or NULL) to conf. Options of the extension listed in `allowed` are
 * parsed into opts; any other "php.*" key is refused. Throws ConfigException and returns false
 * on error. */
bool kafka_conf_apply(rd_kafka_conf_t *conf, HashTable *config, kafka_opt_mask allowed, kafka_ext_options *opts);
/* Sets one property, throwing ConfigException on failure. */
bool kafka_conf_set(rd_kafka_conf_t *conf, const char *name, const char *value);
/* string|int|float|bool as a string (bools as "true"/"false"), NULL for any other type:
 * how config values and header values are written. */
zend_string *kafka_scalar_string(zval *value);
/* True if the array sets the key (used to keep user overrides of our safe defaults). */
bool kafka_conf_has(HashTable *config, const char *name);
/* Creates a handle from conf (which it consumes), throwing Kafka\Exception on failure. */
rd_kafka_t *kafka_handle_new(rd_kafka_type_t type, rd_kafka_conf_t *conf);
/* Values of secret properties (passwords, keys, OAUTHBEARER config) seen by this process are
 * remembered so that no message the extension builds ever shows them, whatever echoed them. */
zend_string *kafka_secrets_scrub(const char *text, size_t len);
/* E_WARNING with a formatted message, secrets scrubbed. */
void kafka_warning(const char *format, ...) ZEND_ATTRIBUTE_FORMAT(printf, 1, 2);

/* ---- exceptions (exception.c) ---- */
/* Throws ce with a formatted message (retriable set from err) and returns it, for extra properties. */
zend_object *kafka_throw(zend_class_entry *ce, rd_kafka_resp_err_t err, const char *format, ...) ZEND_ATTRIBUTE_FORMAT(printf, 3, 4);
void kafka_exception_set_fatal(zend_object *ex);
/* Kafka\TransactionException::requiresAbort() */
void kafka_exception_set_requires_abort(zend_object *ex, bool requires_abort);
/* The message and code of an exception object */
const char *kafka_exception_text(zend_object *ex);
rd_kafka_resp_err_t kafka_exception_code(zend_object *ex);
/* Errors about a topic as a whole (invalid name, unknown, not authorized): messages name the topic. */
bool kafka_err_is_about_topic(rd_kafka_resp_err_t err);
/* Errors after which repeating the operation may succeed. */
bool kafka_err_is_retriable(rd_kafka_resp_err_t err);
/* Throws Kafka\Exception for an rd_kafka_error_t (retriable/fatal kept) and destroys it. */
void kafka_throw_error(rd_kafka_error_t *error, const char *context);
/* Builds (without throwing) a Kafka\Exception object for err; used for delivery failures. */
zend_object *kafka_exception_new(zend_class_entry *ce, rd_kafka_resp_err_t err, const char *message, bool retriable, bool fatal);

/* ---- Message (message.c) ---- */
/* The last topic a Message was built for, so consecutive messages share one topic string. */
typedef struct {
	zend_string *name;
} kafka_topic_cache;
/* Where a librdkafka message comes from: a consumer's fetch, or a producer's delivery report
 * (whose payload is the producer's own copy, never read past its end). */
typedef enum { KAFKA_MESSAGE_FETCHED, KAFKA_MESSAGE_DELIVERY_REPORT } kafka_message_origin;
/* Builds a Kafka\Message from a librdkafka message into rv.
 * cache may be NULL; a cache must be released with kafka_topic_cache_release(). */
void kafka_message_from_rd(zval *rv, const rd_kafka_message_t *rkm, kafka_message_origin origin, kafka_topic_cache *cache);
void kafka_topic_cache_release(kafka_topic_cache *cache);
/* Converts a PHP headers array (name => scalar|null|list) into librdkafka headers.
 * Returns NULL with an exception thrown on bad input; *out is NULL for an empty array. */
bool kafka_headers_from_array(HashTable *headers, rd_kafka_headers_t **out);

/* ---- TopicPartition (topic_partition.c) ---- */
void kafka_topic_partition_new(zval *rv, const char *topic, int32_t partition, int64_t offset, const char *metadata, size_t metadata_len, rd_kafka_resp_err_t err);
/* PHP list of TopicPartition from a librdkafka list */
void kafka_topic_partition_list_to_array(zval *rv, const rd_kafka_topic_partition_list_t *list);
/* librdkafka list from a PHP array of TopicPartition; NULL with TypeError thrown on bad input. */
rd_kafka_topic_partition_list_t *kafka_topic_partition_list_from_array(HashTable *array, const char *what);

/* ---- consumers (consumer.c: shared by Kafka\Consumer and Kafka\ConsumerGroup) ---- */

/* librdkafka messages held by a consumer, in order: items[head .. head + count). */
typedef struct {
	rd_kafka_message_t **items;
	uint32_t head;
	uint32_t count;
	uint32_t cap;
} kafka_message_list;

typedef struct _kafka_consumer {
	kafka_client client;
	rd_kafka_queue_t *async_commits; /* results of commitAsync(), checked by later calls */
	uint32_t async_outstanding;       /* commitAsync() calls whose result was not read yet */
	kafka_topic_cache topic_cache;
	bool is_group;       /* Kafka\ConsumerGroup: subscribe, rebalance hooks */
	bool has_group_id;   /* Kafka\Consumer without a group.id runs on a private one and never commits */
	bool store_offsets;  /* we store offsets of finished messages (enable.auto.offset.store=false) */
	bool auto_commit;    /* enable.auto.commit: librdkafka commits stored offsets by itself */
	bool leaving;        /* close() is leaving the group: its coordinator answers no offset fetches */
	bool check_topics;   /* assign() was given topics not yet known to exist */
	bool pull_batches;   /* take many messages from librdkafka per call (not with auto offset store) */
	bool fetch_may_stall; /* librdkafka's queue held queued.min.messages: wake the fetcher once half drained */
	int64_t fetch_woken_at; /* kafka_clock_ms() of the last wake */
	size_t queued_min_messages;
	rd_kafka_queue_t *queue; /* librdkafka's consumer queue, for pulls of many messages */
	kafka_ext_options opts;
	/* Polled but not yet returned (kept when an exception interrupts a call, so nothing is skipped). */
	kafka_message_list backlog;
	/* Returned to the application and not yet known to be finished: their offsets are stored
	 * (marked for commit) when the application comes back for more, commits, or closes. */
	kafka_message_list handed;
	/* Partitions the application paused: their messages in the backlog wait for resume(). */
	rd_kafka_topic_partition_list_t *paused;
	kafka_callback on_assign;
	kafka_callback on_revoke;
	zend_object std;
} kafka_consumer;

/* librdkafka's opaque is the client: a consumer's rebalance callback finds the consumer there. */
_Static_assert(XtOffsetOf(kafka_consumer, client) == 0, "kafka_consumer starts with its kafka_client");

static inline kafka_consumer *kafka_consumer_from_obj(zend_object *obj)
{
	return (kafka_consumer *)((char *)obj - XtOffsetOf(kafka_consumer, std));
}

zend_object *kafka_consumer_create_object(zend_class_entry *ce);
/* A new configuration with the consumers' defaults and the user's array applied; NULL if it threw. */
rd_kafka_conf_t *kafka_consumer_conf_new(kafka_consumer *c, HashTable *config);
/* Creates the handle from conf (consumed). False with an exception thrown on failure. */
bool kafka_consumer_start(kafka_consumer *c, rd_kafka_conf_t *conf);
/* The consumer behind $this if it may be used (see kafka_client_usable); NULL with an exception thrown otherwise. */
kafka_consumer *kafka_consumer_usable(zval *this_zv, kafka_reentry reentry);
/* Forgets polled-but-unreturned messages of these partitions (revoked or unassigned). */
void kafka_consumer_forget_backlog(kafka_consumer *c, const rd_kafka_topic_partition_list_t *partitions);
/* For Producer::sendOffsetsToTransaction() (transaction.c): the offsets to put into a transaction.
 * offsets NULL: the position of every assigned partition from which messages were handed out (the
 * offset after the last one handed out); else the list of TopicPartition given, each >= 0 and of an
 * assigned partition. NULL with an exception thrown for bad input. */
rd_kafka_topic_partition_list_t *kafka_consumer_transaction_offsets(kafka_consumer *c, HashTable *offsets);
/* The offsets went into the transaction: the messages handed out below them are finished, as
 * after commit() (all: every message handed out so far). */
void kafka_consumer_transaction_offsets_sent(kafka_consumer *c, const rd_kafka_topic_partition_list_t *offsets, bool all);
/* Serves a rebalance (consumer_group.c): runs on the PHP thread, inside consume() or close().
 * Calls the hooks and performs the assignment; what a hook throws is kept aside until the
 * assignment is complete, then rethrown by the call that served it. */
void kafka_group_rebalance(kafka_consumer *c, rd_kafka_t *rk, rd_kafka_resp_err_t err, rd_kafka_topic_partition_list_t *partitions);

#endif /* PHP_KAFKA_H */
