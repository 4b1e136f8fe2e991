/* Kafka\TopicPartition and Kafka\Offset, and conversions to and from librdkafka's lists. */
#include "php_kafka.h"
#include "zend_exceptions.h"
#include "topic_partition_arginfo.h"

zend_class_entry *kafka_ce_topic_partition;
zend_class_entry *kafka_ce_offset;

/* Property slots, in declaration order of topic_partition.stub.php (final class). */
enum { TP_TOPIC = 0, TP_PARTITION, TP_OFFSET, TP_METADATA, TP_ERROR };

#define TP_SLOT(obj, n) OBJ_PROP_NUM(obj, n)

static void kafka_topic_partition_fill(zend_object *obj, zend_string *topic, zend_long partition, zend_long offset,
	const char *metadata, size_t metadata_len, zend_object *error)
{
	ZVAL_STR_COPY(TP_SLOT(obj, TP_TOPIC), topic);
	ZVAL_LONG(TP_SLOT(obj, TP_PARTITION), partition);
	ZVAL_LONG(TP_SLOT(obj, TP_OFFSET), offset);
	if (metadata) {
		ZVAL_STRINGL_FAST(TP_SLOT(obj, TP_METADATA), metadata, metadata_len);
	} else {
		ZVAL_NULL(TP_SLOT(obj, TP_METADATA));
	}
	if (error) {
		ZVAL_OBJ(TP_SLOT(obj, TP_ERROR), error);
	} else {
		ZVAL_NULL(TP_SLOT(obj, TP_ERROR));
	}
}

void kafka_topic_partition_new(zval *rv, const char *topic, int32_t partition, int64_t offset,
	const char *metadata, size_t metadata_len, rd_kafka_resp_err_t err)
{
	object_init_ex(rv, kafka_ce_topic_partition);
	zend_object *error = err ? kafka_exception_new(kafka_ce_exception, err, rd_kafka_err2str(err), false, false) : NULL;
	zend_string *ztopic = zend_string_init(topic, strlen(topic), 0);
	kafka_topic_partition_fill(Z_OBJ_P(rv), ztopic, partition, (zend_long)offset, metadata, metadata_len, error);
	zend_string_release(ztopic);
}

void kafka_topic_partition_list_to_array(zval *rv, const rd_kafka_topic_partition_list_t *list)
{
	array_init_size(rv, list ? (uint32_t)list->cnt : 0);
	if (!list) {
		return;
	}
	for (int i = 0; i < list->cnt; i++) {
		const rd_kafka_topic_partition_t *p = &list->elems[i];
		zval tp;
		kafka_topic_partition_new(&tp, p->topic, p->partition, p->offset, p->metadata, p->metadata_size, p->err);
		add_next_index_zval(rv, &tp);
	}
}

/* A TopicPartition's slots, checked: one made without its constructor (or unserialized from
 * a partial or crafted string) has missing or out-of-range fields. */
static bool kafka_topic_partition_read(zend_object *obj, const char *what, zend_string **topic, zend_long *partition, zend_long *offset)
{
	zval *t = TP_SLOT(obj, TP_TOPIC), *p = TP_SLOT(obj, TP_PARTITION), *o = TP_SLOT(obj, TP_OFFSET);
	if (Z_TYPE_P(t) != IS_STRING || Z_TYPE_P(p) != IS_LONG || Z_TYPE_P(o) != IS_LONG) {
		zend_throw_error(NULL, "%s: this Kafka\\TopicPartition was never constructed (its topic, partition or offset is missing)", what);
		return false;
	}
	if (Z_STRLEN_P(t) == 0 || kafka_has_nul(Z_STRVAL_P(t), Z_STRLEN_P(t))) {
		zend_value_error("%s: a Kafka\\TopicPartition's topic must be a non-empty name without NUL bytes", what);
		return false;
	}
	if (Z_LVAL_P(p) < 0 || Z_LVAL_P(p) > INT32_MAX) {
		zend_value_error("%s: a Kafka\\TopicPartition's partition must be between 0 and %d, " ZEND_LONG_FMT " found", what, INT32_MAX, Z_LVAL_P(p));
		return false;
	}
	*topic = Z_STR_P(t);
	*partition = Z_LVAL_P(p);
	*offset = Z_LVAL_P(o);
	return true;
}

rd_kafka_topic_partition_list_t *kafka_topic_partition_list_from_array(HashTable *array, const char *what)
{
	rd_kafka_topic_partition_list_t *list = rd_kafka_topic_partition_list_new((int)zend_hash_num_elements(array));
	zval *item;
	ZEND_HASH_FOREACH_VAL(array, item) {
		ZVAL_DEREF(item);
		if (Z_TYPE_P(item) != IS_OBJECT || Z_OBJCE_P(item) != kafka_ce_topic_partition) {
			zend_type_error("%s must be a list of Kafka\\TopicPartition, %s found in it", what, zend_zval_type_name(item));
			rd_kafka_topic_partition_list_destroy(list);
			return NULL;
		}
		zend_object *obj = Z_OBJ_P(item);
		zend_string *topic;
		zend_long partition, offset;
		if (!kafka_topic_partition_read(obj, what, &topic, &partition, &offset)) {
			rd_kafka_topic_partition_list_destroy(list);
			return NULL;
		}
		rd_kafka_topic_partition_t *p = rd_kafka_topic_partition_list_add(list, ZSTR_VAL(topic), (int32_t)partition);
		p->offset = (int64_t)offset;
		zval *metadata = TP_SLOT(obj, TP_METADATA);
		if (Z_TYPE_P(metadata) == IS_STRING && Z_STRLEN_P(metadata) > 0) {
			p->metadata = malloc(Z_STRLEN_P(metadata)); /* librdkafka frees it with free() */
			memcpy(p->metadata, Z_STRVAL_P(metadata), Z_STRLEN_P(metadata));
			p->metadata_size = Z_STRLEN_P(metadata);
		}
	} ZEND_HASH_FOREACH_END();
	return list;
}

/* Private: Offset only holds constants. */
ZEND_METHOD(Kafka_Offset, __construct)
{
	(void)return_value;
	ZEND_PARSE_PARAMETERS_NONE();
}

ZEND_METHOD(Kafka_TopicPartition, __construct)
{
	zend_string *topic, *metadata = NULL;
	zend_long partition, offset = RD_KAFKA_OFFSET_STORED;

	ZEND_PARSE_PARAMETERS_START(2, 4)
		Z_PARAM_PATH_STR(topic)
		Z_PARAM_LONG(partition)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(offset)
		Z_PARAM_STR_OR_NULL(metadata)
	ZEND_PARSE_PARAMETERS_END();

	zend_object *obj = Z_OBJ_P(ZEND_THIS);
	if (Z_TYPE_P(TP_SLOT(obj, TP_TOPIC)) != IS_UNDEF) {
		zend_throw_error(NULL, "Cannot modify readonly Kafka\\TopicPartition: __construct() was already called");
		RETURN_THROWS();
	}
	if (ZSTR_LEN(topic) == 0) {
		zend_argument_value_error(1, "must not be empty");
		RETURN_THROWS();
	}
	if (partition < 0 || partition > INT32_MAX) {
		zend_argument_value_error(2, "must be a partition number between 0 and %d", INT32_MAX);
		RETURN_THROWS();
	}
	kafka_topic_partition_fill(obj, topic, partition, offset,
		metadata ? ZSTR_VAL(metadata) : NULL, metadata ? ZSTR_LEN(metadata) : 0, NULL);
}

ZEND_METHOD(Kafka_TopicPartition, withOffset)
{
	zend_long offset;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(offset)
	ZEND_PARSE_PARAMETERS_END();

	zend_object *self = Z_OBJ_P(ZEND_THIS);
	zend_string *topic;
	zend_long partition, old_offset;
	if (!kafka_topic_partition_read(self, "Kafka\\TopicPartition::withOffset()", &topic, &partition, &old_offset)) {
		RETURN_THROWS();
	}
	zval *metadata = TP_SLOT(self, TP_METADATA);
	zval *error = TP_SLOT(self, TP_ERROR);
	object_init_ex(return_value, kafka_ce_topic_partition);
	if (Z_TYPE_P(error) == IS_OBJECT) {
		Z_ADDREF_P(error);
	}
	kafka_topic_partition_fill(Z_OBJ_P(return_value), topic, partition, offset,
		Z_TYPE_P(metadata) == IS_STRING ? Z_STRVAL_P(metadata) : NULL,
		Z_TYPE_P(metadata) == IS_STRING ? Z_STRLEN_P(metadata) : 0,
		Z_TYPE_P(error) == IS_OBJECT ? Z_OBJ_P(error) : NULL);
}

ZEND_METHOD(Kafka_TopicPartition, __toString)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zend_string *topic;
	zend_long partition, offset;
	if (!kafka_topic_partition_read(Z_OBJ_P(ZEND_THIS), "Kafka\\TopicPartition::__toString()", &topic, &partition, &offset)) {
		RETURN_THROWS();
	}
	RETURN_STR(zend_strpprintf(0, "%s[" ZEND_LONG_FMT "]@" ZEND_LONG_FMT, ZSTR_VAL(topic), partition, offset));
}

void kafka_register_topic_partition(void)
{
	kafka_ce_offset = register_class_Kafka_Offset();
	kafka_ce_topic_partition = register_class_Kafka_TopicPartition();
}
