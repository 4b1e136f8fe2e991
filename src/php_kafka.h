/* ext-kafka: the module's shared header. One C file per class; what they share is declared here. */
#ifndef PHP_KAFKA_H
#define PHP_KAFKA_H

#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include <stdint.h>
#include <stdbool.h>
#include "php.h"
#include <librdkafka/rdkafka.h>

#define PHP_KAFKA_VERSION "0.1.0"
#define PHP_KAFKA_EXTNAME "kafka"

/* Oldest librdkafka this code is written for (config.m4 checks the same at configure time). */
#define KAFKA_MIN_RDKAFKA_VERSION 0x020000ff

extern zend_module_entry kafka_module_entry;
#define phpext_kafka_ptr &kafka_module_entry

/* Class entries */
extern zend_class_entry *kafka_ce_exception;
extern zend_class_entry *kafka_ce_config_exception;
extern zend_class_entry *kafka_ce_delivery_exception;
extern zend_class_entry *kafka_ce_timeout_exception;
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

/* ---- fork detection (kafka.c) ----
 * librdkafka's threads do not survive fork(): a handle created before a fork is dead in the child.
 * A pthread_atfork() hook bumps this generation in the child; each handle remembers its own. */
extern uint32_t kafka_fork_generation;

/* A thread of ours may outlive the request (a consumer released in the background): PHP must not
 * unload kafka.so at shutdown while it runs, or the thread would jump into unmapped code. */
void kafka_keep_module_loaded(void);

/* ---- waiting (kafka.c) ----
 * Blocking calls wait in slices this long so that they can stop soon after a signal, a callback
 * exception or a deadline. */
#define KAFKA_WAIT_SLICE_MS 100
/* Wall-clock milliseconds since the epoch (message timestamps, deadlines). */
int64_t kafka_now_ms(void);
/* How long the next wait slice may be with left_ms to go: 0..KAFKA_WAIT_SLICE_MS. */
int kafka_wait_slice(int64_t left_ms);

/* ---- configuration (config.c) ---- */

/* Options that belong to the extension, not to librdkafka; every one starts with "php.". */
typedef enum {
	KAFKA_OPT_NONE = 0,
	KAFKA_OPT_DESTROY_FLUSH_TIMEOUT = 1 << 0, /* php.destroy.flush.timeout.ms (Producer) */
	KAFKA_OPT_SEND_BLOCK_TIMEOUT    = 1 << 1, /* php.send.block.timeout.ms (Producer) */
	KAFKA_OPT_OPERATION_TIMEOUT     = 1 << 2, /* php.operation.timeout.ms (Admin) */
	KAFKA_OPT_CLOSE_TIMEOUT         = 1 << 3, /* php.close.timeout.ms (Consumer, ConsumerGroup) */
} kafka_opt_mask;

typedef struct {
	zend_long destroy_flush_timeout_ms;
	zend_long send_block_timeout_ms;
	zend_long operation_timeout_ms;
	zend_long close_timeout_ms;
} kafka_ext_options;

#define KAFKA_DEFAULT_DESTROY_FLUSH_TIMEOUT_MS 5000
#define KAFKA_DEFAULT_SEND_BLOCK_TIMEOUT_MS    30000
#define KAFKA_DEFAULT_OPERATION_TIMEOUT_MS     30000
#define KAFKA_DEFAULT_CLOSE_TIMEOUT_MS         10000

/* Applies a PHP config array (or NULL) to conf. Options of the extension listed in `allowed` are
 * parsed into opts; any other "php.*" key is refused. librdkafka's own logging is silenced unless
 * the array sets log_level or debug: errors reach the application as exceptions instead.
 * Throws ConfigException and returns false on error. */
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

/* ---- exceptions (exception.c) ---- */
/* Throws ce with a formatted message (retriable set from err) and returns it, for extra properties. */
zend_object *kafka_throw(zend_class_entry *ce, rd_kafka_resp_err_t err, const char *format, ...) ZEND_ATTRIBUTE_FORMAT(printf, 3, 4);
void kafka_exception_set_fatal(zend_object *ex);
/* The message and code of an exception object */
const char *kafka_exception_text(zend_object *ex);
rd_kafka_resp_err_t kafka_exception_code(zend_object *ex);
/* Errors after which repeating the operation may succeed. */
bool kafka_err_is_retriable(rd_kafka_resp_err_t err);
/* Throws Kafka\Exception for an rd_kafka_error_t (retriable/fatal kept) and destroys it. */
void kafka_throw_error(rd_kafka_error_t *error, const char *context);
/* Builds (without throwing) a Kafka\Exception object for err; used for delivery failures. */
zend_object *kafka_exception_new(zend_class_entry *ce, rd_kafka_resp_err_t err, const char *message, bool retriable, bool fatal);
/* Throws Kafka\Exception unless the handle may be used: open and created in this process. */
bool kafka_check_usable(const char *class_name, const void *handle, uint32_t fork_generation);

/* ---- Message (message.c) ---- */
/* The last topic a Message was built for, so consecutive messages share one topic string. */
typedef struct {
	zend_string *name;
} kafka_topic_cache;
/* Builds a Kafka\Message from a librdkafka message (consumed or delivery report) into rv.
 * cache may be NULL; a cache must be released with kafka_topic_cache_release(). */
void kafka_message_from_rd(zval *rv, const rd_kafka_message_t *rkm, kafka_topic_cache *cache);
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
/* Reads the fields of a TopicPartition object */
zend_string *kafka_topic_partition_topic(zend_object *tp);
zend_long kafka_topic_partition_partition(zend_object *tp);
zend_long kafka_topic_partition_offset(zend_object *tp);

/* ---- consumers (consumer.c: shared by Kafka\Consumer and Kafka\ConsumerGroup) ---- */

/* librdkafka messages held by a consumer, in order. */
typedef struct {
	rd_kafka_message_t **items;
	uint32_t count;
	uint32_t cap;
} kafka_message_list;

/* A rebalance hook (ConsumerGroup::onAssign/onRevoke); fn is UNDEF when unset. */
typedef struct {
	zval fn;
	zend_fcall_info_cache fcc;
} kafka_hook;

typedef struct _kafka_consumer {
	rd_kafka_t *rk;
	rd_kafka_queue_t *async_commits; /* results of commitAsync(), checked by later calls */
	uint32_t async_outstanding;       /* commitAsync() calls whose result was not read yet */
	kafka_topic_cache topic_cache;
	uint32_t fork_generation;
	bool is_group;       /* Kafka\ConsumerGroup: subscribe, rebalance hooks */
	bool has_group_id;   /* Kafka\Consumer without a group.id runs on a private one and never commits */
	bool store_offsets;  /* we store offsets of finished messages (enable.auto.offset.store=false) */
	bool in_callback;    /* a rebalance hook is running: consume()/close() would re-enter librdkafka */
	bool hooks_disabled; /* destruction: no PHP code runs */
	kafka_ext_options opts;
	/* Polled but not yet returned (kept when an exception interrupts a call, so nothing is skipped). */
	kafka_message_list backlog;
	/* Returned to the application and not yet known to be finished: their offsets are stored
	 * (marked for commit) when the application comes back for more, commits, or closes. */
	kafka_message_list handed;
	kafka_hook on_assign;
	kafka_hook on_revoke;
	zend_object *pending_exception; /* thrown inside a rebalance callback; rethrown by the call that served it */
	zend_object std;
} kafka_consumer;

static inline kafka_consumer *kafka_consumer_from_obj(zend_object *obj)
{
	return (kafka_consumer *)((char *)obj - XtOffsetOf(kafka_consumer, std));
}
#define Z_KAFKA_CONSUMER_P(zv) kafka_consumer_from_obj(Z_OBJ_P(zv))

zend_object *kafka_consumer_create_object(zend_class_entry *ce);
extern zend_object_handlers kafka_consumer_handlers;
/* A new configuration with the consumers' defaults and the user's array applied; NULL if it threw. */
rd_kafka_conf_t *kafka_consumer_conf_new(kafka_consumer *c, HashTable *config);
/* Creates the handle from conf (consumed). False with an exception thrown on failure. */
bool kafka_consumer_start(kafka_consumer *c, rd_kafka_conf_t *conf);
/* The consumer behind $this if it may be used (open, this process, not inside a hook when
 * reentrant is false); NULL with Kafka\Exception thrown otherwise. */
kafka_consumer *kafka_consumer_usable(zval *this_zv, bool reentrant);
/* Moves an exception thrown inside a librdkafka callback aside, to be rethrown later. */
void kafka_consumer_capture_exception(kafka_consumer *c);
/* Forgets polled-but-unreturned messages of these partitions (revoked or unassigned). */
void kafka_consumer_forget_backlog(kafka_consumer *c, const rd_kafka_topic_partition_list_t *partitions);
/* Serves a rebalance (consumer_group.c): runs on the PHP thread, inside consume() or close().
 * Calls the hooks and performs the assignment; what a hook throws is kept aside until the
 * assignment is complete, then rethrown by the call that served it. */
void kafka_group_rebalance(kafka_consumer *c, rd_kafka_t *rk, rd_kafka_resp_err_t err, rd_kafka_topic_partition_list_t *partitions);
/* Stores the offsets of the messages handed over so far (they are finished) and releases them. */
void kafka_consumer_store_handed(kafka_consumer *c);

#endif /* PHP_KAFKA_H */
