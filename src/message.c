/* Kafka\Message: an immutable record, built from librdkafka messages or by the application. */
#include "php_kafka.h"
#include "zend_exceptions.h"
#include "message_arginfo.h"

zend_class_entry *kafka_ce_message;

/* Property slots, in declaration order of message.stub.php (the class is final, so fixed). */
enum {
	MSG_TOPIC = 0,
	MSG_PARTITION,
	MSG_OFFSET,
	MSG_KEY,
	MSG_PAYLOAD,
	MSG_HEADERS,
	MSG_TIMESTAMP,
	MSG_TIMESTAMP_TYPE,
	MSG_REPEATED_HEADERS,
};

#define MSG_SLOT(obj, n) OBJ_PROP_NUM(obj, n)

static inline void kafka_zval_bytes(zval *zv, const void *data, size_t len)
{
	if (data) {
		ZVAL_STRINGL_FAST(zv, (const char *)data, len); /* interned for 0 and 1 bytes */
	} else {
		ZVAL_NULL(zv);
	}
}

/* ---- headers: one validator for every caller ---- */

typedef bool (*kafka_header_visitor)(zend_string *name, zval *value, void *ctx);

static zend_string *kafka_header_name(zend_string *key, zend_ulong index)
{
	/* PHP turns a numeric string key such as "42" into an integer key: give it back its name. */
	return key ? zend_string_copy(key) : zend_ulong_to_str(index);
}

/* A header value as a string, or NULL for a null header. Sets *bad on an unsupported type. */
static zend_string *kafka_header_value_string(zval *value, bool *bad)
{
	if (Z_TYPE_P(value) == IS_NULL) {
		*bad = false;
		return NULL;
	}
	zend_string *str = kafka_scalar_string(value);
	*bad = str == NULL;
	return str;
}

static bool kafka_header_visit_one(zend_string *name, zval *value, kafka_header_visitor visit, void *ctx)
{
	bool bad;
	zend_string *str = kafka_header_value_string(value, &bad);
	if (bad) {
		zend_type_error("Header \"%s\" must be string, int, float, bool, null or a list of them, %s given",
			ZSTR_VAL(name), zend_zval_type_name(value));
		return false;
	}
	zval zv;
	if (str) {
		ZVAL_STR(&zv, str);
	} else {
		ZVAL_NULL(&zv);
	}
	bool ok = visit(name, &zv, ctx);
	zval_ptr_dtor(&zv);
	return ok;
}

/* Calls visit(name, string|null value) for each header value in order; a list repeats the name. */
static bool kafka_headers_each(HashTable *headers, kafka_header_visitor visit, void *ctx)
{
	zend_string *key;
	zend_ulong index;
	zval *value;
	ZEND_HASH_FOREACH_KEY_VAL(headers, index, key, value) {
		zend_string *name = kafka_header_name(key, index);
		bool ok = true;
		if (kafka_has_nul(ZSTR_VAL(name), ZSTR_LEN(name))) {
			/* librdkafka hands header names back as C strings: the name would come back cut short */
			zend_value_error("Header names must not contain NUL bytes");
			zend_string_release(name);
			return false;
		}
		ZVAL_DEREF(value);
		if (Z_TYPE_P(value) == IS_ARRAY) {
			zval *item;
			ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(value), item) {
				ZVAL_DEREF(item);
				if (!kafka_header_visit_one(name, item, visit, ctx)) {
					ok = false;
					break;
				}
			} ZEND_HASH_FOREACH_END();
		} else {
			ok = kafka_header_visit_one(name, value, visit, ctx);
		}
		zend_string_release(name);
		if (!ok) {
			return false;
		}
	} ZEND_HASH_FOREACH_END();
	return true;
}

static bool kafka_header_add_rd(zend_string *name, zval *value, void *ctx)
{
	rd_kafka_headers_t **hdrs = ctx;
	if (!*hdrs) {
		*hdrs = rd_kafka_headers_new(4);
	}
	if (Z_TYPE_P(value) == IS_NULL) {
		rd_kafka_header_add(*hdrs, ZSTR_VAL(name), ZSTR_LEN(name), NULL, 0);
	} else {
		rd_kafka_header_add(*hdrs, ZSTR_VAL(name), ZSTR_LEN(name), Z_STRVAL_P(value), Z_STRLEN_P(value));
	}
	return true;
}

bool kafka_headers_from_array(HashTable *headers, rd_kafka_headers_t **out)
{
	*out = NULL;
	if (zend_hash_num_elements(headers) == 0) {
		return true;
	}
	if (!kafka_headers_each(headers, kafka_header_add_rd, out)) {
		if (*out) {
			rd_kafka_headers_destroy(*out);
			*out = NULL;
		}
		return false;
	}
	return true;
}

/* The two PHP views of headers: name => last value, and name => all values for repeated names. */
typedef struct {
	zval last;     /* array */
	zval repeated; /* array or null */
} kafka_header_arrays;

static bool kafka_header_add_php(zend_string *name, zval *value, void *ctx)
{
	kafka_header_arrays *arrays = ctx;
	zval *previous = zend_symtable_find(Z_ARRVAL(arrays->last), name);
	Z_TRY_ADDREF_P(value);
	if (previous) {
		if (Z_TYPE(arrays->repeated) == IS_NULL) {
			array_init(&arrays->repeated);
		}
		zval *list = zend_symtable_find(Z_ARRVAL(arrays->repeated), name);
		if (!list) {
			zval new_list;
			array_init(&new_list);
			Z_TRY_ADDREF_P(previous);
			add_next_index_zval(&new_list, previous);
			list = zend_symtable_update(Z_ARRVAL(arrays->repeated), name, &new_list);
		}
		Z_TRY_ADDREF_P(value);
		add_next_index_zval(list, value);
	}
	zend_symtable_update(Z_ARRVAL(arrays->last), name, value);
	return true;
}

static void kafka_header_arrays_init(kafka_header_arrays *arrays)
{
	array_init(&arrays->last);
	ZVAL_NULL(&arrays->repeated);
}

/* Moves the two header views into the message's slots. */
static void kafka_message_set_headers(zend_object *obj, kafka_header_arrays *arrays)
{
	ZVAL_COPY_VALUE(MSG_SLOT(obj, MSG_HEADERS), &arrays->last);
	ZVAL_COPY_VALUE(MSG_SLOT(obj, MSG_REPEATED_HEADERS), &arrays->repeated);
}

/* Whether the record's bytes, as received, say it carries no headers: lets a consumed message skip
 * rd_kafka_message_headers(), which in librdkafka parses even an empty header list (through a
 * buffer it allocates and frees: about 1,200 instructions, 40% of consume(); callgrind).
 * librdkafka hands over a fetched message's value where it lies in the response (one contiguous
 * buffer, or the decompressed batch). In a v2 record (every broker since 0.11) the value follows its length as a
 * zigzag varint and is followed by the header count, a zigzag varint that is the byte 0 for none.
 * The older formats (v0, v1) put the length before the value as a 4-byte big-endian integer,
 * whose last bytes never encode the same length as a varint when it is 1..2^20-1 (below 64 the
 * varint is the one byte 2 * len, the integer's last byte len; a multi-byte varint starts with a
 * byte >= 0x80, the high bytes of a big-endian length below 2^20 are < 0x10),
 * so only a v2 record gets its header count read, and it lies inside that record. Anything else
 * (an empty or null value, a longer one, a non-minimal varint) goes to librdkafka. */
static bool kafka_fetched_record_has_no_headers(const rd_kafka_message_t *rkm)
{
	if (!rkm->payload || rkm->len == 0 || rkm->len >= (1u << 20)) {
		return false;
	}
	uint32_t zigzag = (uint32_t)rkm->len << 1;
	unsigned char varint[3];
	size_t n = 0;
	while (zigzag >= 0x80) {
		varint[n++] = (unsigned char)(zigzag | 0x80);
		zigzag >>= 7;
	}
	varint[n++] = (unsigned char)zigzag;
	const unsigned char *value = rkm->payload;
	return memcmp(value - n, varint, n) == 0 && value[rkm->len] == 0;
}

static void kafka_message_headers_from_rd(zend_object *obj, const rd_kafka_message_t *rkm, kafka_message_origin origin)
{
	rd_kafka_headers_t *hdrs;
	if (origin == KAFKA_MESSAGE_FETCHED && kafka_fetched_record_has_no_headers(rkm)) {
		ZVAL_EMPTY_ARRAY(MSG_SLOT(obj, MSG_HEADERS));
		return;
	}
	if (rd_kafka_message_headers(rkm, &hdrs) != RD_KAFKA_RESP_ERR_NO_ERROR || rd_kafka_header_cnt(hdrs) == 0) {
		ZVAL_EMPTY_ARRAY(MSG_SLOT(obj, MSG_HEADERS));
		return;
	}
	kafka_header_arrays arrays;
	kafka_header_arrays_init(&arrays);
	const char *name;
	const void *value;
	size_t size;
	for (size_t i = 0; rd_kafka_header_get_all(hdrs, i, &name, &value, &size) == RD_KAFKA_RESP_ERR_NO_ERROR; i++) {
		zend_string *zname = zend_string_init(name, strlen(name), 0);
		zval zvalue;
		kafka_zval_bytes(&zvalue, value, size);
		kafka_header_add_php(zname, &zvalue, &arrays);
		zval_ptr_dtor(&zvalue);
		zend_string_release(zname);
	}
	kafka_message_set_headers(obj, &arrays);
}

void kafka_topic_cache_release(kafka_topic_cache *cache)
{
	if (cache->name) {
		zend_string_release(cache->name);
	}
	cache->name = NULL;
}

static zend_string *kafka_message_topic(const rd_kafka_message_t *rkm, kafka_topic_cache *cache)
{
	const char *topic = rkm->rkt ? rd_kafka_topic_name(rkm->rkt) : "";
	if (!cache) {
		return zend_string_init(topic, strlen(topic), 0);
	}
	size_t len = strlen(topic);
	if (!cache->name || !zend_string_equals_cstr(cache->name, topic, len)) {
		kafka_topic_cache_release(cache);
		cache->name = zend_string_init(topic, len, 0);
	}
	return zend_string_copy(cache->name);
}

void kafka_message_from_rd(zval *rv, const rd_kafka_message_t *rkm, kafka_message_origin origin, kafka_topic_cache *cache)
{
	object_init_ex(rv, kafka_ce_message);
	zend_object *obj = Z_OBJ_P(rv);
	rd_kafka_timestamp_type_t tstype;
	int64_t timestamp = rd_kafka_message_timestamp(rkm, &tstype);

	ZVAL_STR(MSG_SLOT(obj, MSG_TOPIC), kafka_message_topic(rkm, cache));
	ZVAL_LONG(MSG_SLOT(obj, MSG_PARTITION), rkm->partition);
	ZVAL_LONG(MSG_SLOT(obj, MSG_OFFSET), (zend_long)rkm->offset);
	kafka_zval_bytes(MSG_SLOT(obj, MSG_KEY), rkm->key, rkm->key_len);
	kafka_zval_bytes(MSG_SLOT(obj, MSG_PAYLOAD), rkm->payload, rkm->len);
	kafka_message_headers_from_rd(obj, rkm, origin);
	ZVAL_LONG(MSG_SLOT(obj, MSG_TIMESTAMP), (zend_long)timestamp);
	ZVAL_LONG(MSG_SLOT(obj, MSG_TIMESTAMP_TYPE), (zend_long)tstype);
}

ZEND_METHOD(Kafka_Message, __construct)
{
	zend_string *topic;
	zend_string *payload = NULL, *key = NULL;
	HashTable *headers = NULL;
	zend_long partition = RD_KAFKA_PARTITION_UA, offset = RD_KAFKA_OFFSET_INVALID;
	zend_long timestamp = 0, timestamp_type = RD_KAFKA_TIMESTAMP_CREATE_TIME;
	bool timestamp_is_null = true;

	ZEND_PARSE_PARAMETERS_START(2, 8)
		Z_PARAM_PATH_STR(topic)
		Z_PARAM_STR_OR_NULL(payload)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR_OR_NULL(key)
		Z_PARAM_ARRAY_HT(headers)
		Z_PARAM_LONG(partition)
		Z_PARAM_LONG(offset)
		Z_PARAM_LONG_OR_NULL(timestamp, timestamp_is_null)
		Z_PARAM_LONG(timestamp_type)
	ZEND_PARSE_PARAMETERS_END();

	zend_object *obj = Z_OBJ_P(ZEND_THIS);
	if (Z_TYPE_P(MSG_SLOT(obj, MSG_TOPIC)) != IS_UNDEF) {
		zend_throw_error(NULL, "Cannot modify readonly Kafka\\Message: __construct() was already called");
		RETURN_THROWS();
	}
	if (timestamp_type < RD_KAFKA_TIMESTAMP_NOT_AVAILABLE || timestamp_type > RD_KAFKA_TIMESTAMP_LOG_APPEND_TIME) {
		zend_argument_value_error(8, "must be one of the Message::TIMESTAMP_* constants");
		RETURN_THROWS();
	}

	kafka_header_arrays arrays;
	kafka_header_arrays_init(&arrays);
	if (headers && !kafka_headers_each(headers, kafka_header_add_php, &arrays)) {
		zval_ptr_dtor(&arrays.last);
		zval_ptr_dtor(&arrays.repeated);
		RETURN_THROWS();
	}
	if (timestamp_is_null) {
		timestamp = (zend_long)kafka_wall_ms();
	}

	ZVAL_STR_COPY(MSG_SLOT(obj, MSG_TOPIC), topic);
	ZVAL_LONG(MSG_SLOT(obj, MSG_PARTITION), partition);
	ZVAL_LONG(MSG_SLOT(obj, MSG_OFFSET), offset);
	if (key) {
		ZVAL_STR_COPY(MSG_SLOT(obj, MSG_KEY), key);
	} else {
		ZVAL_NULL(MSG_SLOT(obj, MSG_KEY));
	}
	if (payload) {
		ZVAL_STR_COPY(MSG_SLOT(obj, MSG_PAYLOAD), payload);
	} else {
		ZVAL_NULL(MSG_SLOT(obj, MSG_PAYLOAD));
	}
	zval_ptr_dtor(MSG_SLOT(obj, MSG_REPEATED_HEADERS));
	kafka_message_set_headers(obj, &arrays);
	ZVAL_LONG(MSG_SLOT(obj, MSG_TIMESTAMP), timestamp);
	ZVAL_LONG(MSG_SLOT(obj, MSG_TIMESTAMP_TYPE), timestamp_type);
}

/* The repeated-values list of name, or NULL if the name occurs at most once. */
static zval *kafka_message_repeated(zend_object *obj, zend_string *name)
{
	zval *repeated = MSG_SLOT(obj, MSG_REPEATED_HEADERS);
	return Z_TYPE_P(repeated) == IS_ARRAY ? zend_symtable_find(Z_ARRVAL_P(repeated), name) : NULL;
}

static zval *kafka_message_last_header(zend_object *obj, zend_string *name)
{
	zval *headers = MSG_SLOT(obj, MSG_HEADERS);
	return Z_TYPE_P(headers) == IS_ARRAY ? zend_symtable_find(Z_ARRVAL_P(headers), name) : NULL;
}

ZEND_METHOD(Kafka_Message, header)
{
	zend_string *name;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(name)
	ZEND_PARSE_PARAMETERS_END();

	zval *value = kafka_message_last_header(Z_OBJ_P(ZEND_THIS), name);
	if (!value) {
		RETURN_NULL();
	}
	RETURN_COPY(value);
}

ZEND_METHOD(Kafka_Message, headerValues)
{
	zend_string *name;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(name)
	ZEND_PARSE_PARAMETERS_END();

	zend_object *obj = Z_OBJ_P(ZEND_THIS);
	zval *list = kafka_message_repeated(obj, name);
	if (list) {
		RETURN_COPY(list);
	}
	zval *value = kafka_message_last_header(obj, name);
	if (!value) {
		RETURN_EMPTY_ARRAY();
	}
	array_init_size(return_value, 1);
	Z_TRY_ADDREF_P(value);
	add_next_index_zval(return_value, value);
}

/* var_dump(), print_r(), (array) and var_export() show what a Message is: its public fields, not
 * the bookkeeping of repeated headers (headerValues() is the way to them). serialize() keeps it. */
static HashTable *kafka_message_get_properties_for(zend_object *obj, zend_prop_purpose purpose)
{
	if (purpose == ZEND_PROP_PURPOSE_SERIALIZE) {
		return zend_std_get_properties_for(obj, purpose);
	}
	HashTable *props = zend_array_dup(zend_std_get_properties(obj));
	zend_string *mangled = zend_mangle_property_name(ZEND_STRL("Kafka\\Message"), ZEND_STRL("repeatedHeaders"), 0);
	zend_hash_del(props, mangled);
	zend_string_release(mangled);
	return props;
}

static zend_object_handlers kafka_message_handlers;

static zend_object *kafka_message_create(zend_class_entry *ce)
{
	zend_object *obj = zend_objects_new(ce);
	object_properties_init(obj, ce);
	obj->handlers = &kafka_message_handlers;
	return obj;
}

void kafka_register_message(void)
{
	kafka_ce_message = register_class_Kafka_Message();
	kafka_ce_message->create_object = kafka_message_create;
	memcpy(&kafka_message_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	kafka_message_handlers.get_properties_for = kafka_message_get_properties_for;
}
