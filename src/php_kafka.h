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

/* ---- configuration (config.c) ---- */

/* Options that belong to the extension, not to librdkafka; every one starts with "php.". */
typedef enum {
	KAFKA_OPT_NONE = 0,
	KAFKA_OPT_DESTROY_FLUSH_TIMEOUT = 1 << 0, /* php.destroy.flush.timeout.ms (Producer) */
	KAFKA_OPT_SEND_BLOCK_TIMEOUT    = 1 << 1, /* php.send.block.timeout.ms (Producer) */
	KAFKA_OPT_OPERATION_TIMEOUT     = 1 << 2, /* php.operation.timeout.ms (Admin) */
} kafka_opt_mask;

typedef struct {
	zend_long destroy_flush_timeout_ms;
	zend_long send_block_timeout_ms;
	zend_long operation_timeout_ms;
} kafka_ext_options;

#define KAFKA_DEFAULT_DESTROY_FLUSH_TIMEOUT_MS 5000
#define KAFKA_DEFAULT_SEND_BLOCK_TIMEOUT_MS    30000
#define KAFKA_DEFAULT_OPERATION_TIMEOUT_MS     30000

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
/* Builds a Kafka\Message from a librdkafka message (consumed or delivery report) into rv. */
void kafka_message_from_rd(zval *rv, const rd_kafka_message_t *rkm);
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
typedef struct _kafka_consumer {
	rd_kafka_t *rk;
	uint32_t fork_generation;
	bool is_group;      /* Kafka\ConsumerGroup: subscribe/rebalance/group commit */
	bool has_group_id;
	bool auto_commit;
	bool closed;
	/* Messages handed to the application and not yet known to be finished; their offsets are
	 * stored (marked for commit) when the application comes back for more. */
	rd_kafka_message_t **handed;
	uint32_t handed_count;
	uint32_t handed_cap;
	/* Rebalance hooks (ConsumerGroup) */
	zend_fcall_info_cache on_assign;
	zend_fcall_info_cache on_revoke;
	zval on_assign_zv;
	zval on_revoke_zv;
	zend_object *callback_exception; /* thrown by a hook, rethrown by the call that served it */
	bool in_callback;
	zend_object std;
} kafka_consumer;

static inline kafka_consumer *kafka_consumer_from_obj(zend_object *obj)
{
	return (kafka_consumer *)((char *)obj - XtOffsetOf(kafka_consumer, std));
}
#define Z_KAFKA_CONSUMER_P(zv) kafka_consumer_from_obj(Z_OBJ_P(zv))

zend_object *kafka_consumer_create_object(zend_class_entry *ce);
extern zend_object_handlers kafka_consumer_handlers;
void kafka_consumer_init_handlers(void);

#endif /* PHP_KAFKA_H */
