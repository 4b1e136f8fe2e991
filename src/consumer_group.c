/* Kafka\ConsumerGroup: subscriptions, rebalance hooks and the assignment they lead to. Consuming,
 * committing, seeking, closing etc. are Kafka\Consumer's methods (consumer.c), aliased in the stub. */
#include "php_kafka.h"
#include "zend_exceptions.h"
#include "consumer_group_arginfo.h"
#include <regex.h>

zend_class_entry *kafka_ce_consumer_group;

/* ---- rebalancing ---- */

static bool kafka_group_is_cooperative(rd_kafka_t *rk)
{
	const char *protocol = rd_kafka_rebalance_protocol(rk);
	return protocol && strcmp(protocol, "COOPERATIVE") == 0;
}

/* Performs the assignment a rebalance asks for: incremental under cooperative-sticky, whole otherwise. */
static void kafka_group_apply(kafka_consumer *c, rd_kafka_t *rk, rd_kafka_topic_partition_list_t *partitions, bool assign)
{
	if (kafka_group_is_cooperative(rk)) {
		rd_kafka_error_t *error = assign ? rd_kafka_incremental_assign(rk, partitions) : rd_kafka_incremental_unassign(rk, partitions);
		if (error) {
			kafka_throw_error(error, assign ? "Assigning partitions failed" : "Unassigning partitions failed");
		}
	} else {
		rd_kafka_resp_err_t err = rd_kafka_assign(rk, assign ? partitions : NULL);
		if (err) {
			kafka_throw(kafka_ce_exception, err, "%s partitions failed: %s", assign ? "Assigning" : "Unassigning", rd_kafka_err2str(err));
		}
	}
	kafka_client_capture_exception(&c->client);
}

static void kafka_group_call_hook(kafka_consumer *c, kafka_callback *hook, const char *name, const rd_kafka_topic_partition_list_t *partitions)
{
	if (!kafka_callback_isset(hook) || c->client.callbacks_disabled) {
		return;
	}
	zval arg;
	kafka_topic_partition_list_to_array(&arg, partitions);
	kafka_client_call(&c->client, hook, name, NULL, 1, &arg);
	zval_ptr_dtor(&arg);
	kafka_client_capture_exception(&c->client);
}

void kafka_group_rebalance(kafka_consumer *c, rd_kafka_t *rk, rd_kafka_resp_err_t err, rd_kafka_topic_partition_list_t *partitions)
{
	kafka_client_contacted(&c->client); /* the group coordinator answered */
	if (err == RD_KAFKA_RESP_ERR__ASSIGN_PARTITIONS) {
		kafka_group_apply(c, rk, partitions, true);
		kafka_group_call_hook(c, &c->on_assign, "onAssign", partitions);
		return;
	}
	/* Revoked (or a rebalance error): the hook runs while the partitions are still assigned, so it may commit. */
	if (err == RD_KAFKA_RESP_ERR__REVOKE_PARTITIONS) {
		kafka_group_call_hook(c, &c->on_revoke, "onRevoke", partitions);
	}
	kafka_consumer_forget_backlog(c, partitions);
	kafka_group_apply(c, rk, partitions, false);
}

static void kafka_group_rebalance_cb(rd_kafka_t *rk, rd_kafka_resp_err_t err, rd_kafka_topic_partition_list_t *partitions, void *opaque)
{
	kafka_group_rebalance(opaque, rk, err, partitions);
}

/* ---- subscription ---- */

/* A list of topic names and regexes from string|array; NULL with an exception thrown on bad input. */
static rd_kafka_topic_partition_list_t *kafka_group_topics(HashTable *topics, zend_string *topic)
{
	if (topic) {
		if (ZSTR_LEN(topic) == 0 || kafka_has_nul(ZSTR_VAL(topic), ZSTR_LEN(topic))) {
			zend_argument_value_error(1, "must be a non-empty topic name without NUL bytes");
			return NULL;
		}
		rd_kafka_topic_partition_list_t *list = rd_kafka_topic_partition_list_new(1);
		rd_kafka_topic_partition_list_add(list, ZSTR_VAL(topic), RD_KAFKA_PARTITION_UA);
		return list;
	}
	if (zend_hash_num_elements(topics) == 0) {
		zend_argument_value_error(1, "must not be empty (unsubscribe() stops consuming)");
		return NULL;
	}
	rd_kafka_topic_partition_list_t *list = rd_kafka_topic_partition_list_new((int)zend_hash_num_elements(topics));
	zval *name;
	ZEND_HASH_FOREACH_VAL(topics, name) {
		ZVAL_DEREF(name);
		if (Z_TYPE_P(name) != IS_STRING) {
			zend_argument_type_error(1, "must be a list of topic names (strings), %s found in it", zend_zval_type_name(name));
			rd_kafka_topic_partition_list_destroy(list);
			return NULL;
		}
		if (Z_STRLEN_P(name) == 0 || kafka_has_nul(Z_STRVAL_P(name), Z_STRLEN_P(name))) {
			zend_argument_value_error(1, "must contain only non-empty topic names without NUL bytes");
			rd_kafka_topic_partition_list_destroy(list);
			return NULL;
		}
		rd_kafka_topic_partition_list_add(list, Z_STRVAL_P(name), RD_KAFKA_PARTITION_UA);
	} ZEND_HASH_FOREACH_END();
	return list;
}

/* librdkafka only says "invalid argument": name the regex and what is wrong with it. */
static void kafka_group_throw_subscribe_error(rd_kafka_resp_err_t err, const rd_kafka_topic_partition_list_t *topics)
{
	for (int i = 0; i < topics->cnt; i++) {
		const char *name = topics->elems[i].topic;
		if (name[0] != '^') {
			continue;
		}
		regex_t re;
		int rc = regcomp(&re, name, REG_EXTENDED | REG_NOSUB); /* what librdkafka compiles it with */
		if (rc == 0) {
			regfree(&re);
			continue;
		}
		char reason[256];
		regerror(rc, &re, reason, sizeof(reason));
		kafka_throw(kafka_ce_exception, err, "Invalid topic regex \"%s\" (a name starting with ^ is a POSIX extended regular expression): %s",
			name, reason);
		return;
	}
	kafka_throw(kafka_ce_exception, err, "subscribe() failed: %s", rd_kafka_err2str(err));
}

ZEND_METHOD(Kafka_ConsumerGroup, __construct)
{
	HashTable *config;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY_HT(config)
	ZEND_PARSE_PARAMETERS_END();

	kafka_consumer *c = kafka_consumer_from_obj(Z_OBJ_P(ZEND_THIS));
	if (c->client.constructed) {
		zend_throw_error(NULL, "Kafka\\ConsumerGroup::__construct() was already called");
		RETURN_THROWS();
	}
	rd_kafka_conf_t *conf = kafka_consumer_conf_new(c, config);
	if (!conf) {
		RETURN_THROWS();
	}
	if (!c->has_group_id) {
		rd_kafka_conf_destroy(conf);
		kafka_throw(kafka_ce_config_exception, RD_KAFKA_RESP_ERR__INVALID_ARG,
			"Kafka\\ConsumerGroup needs \"group.id\": the name of the group whose members share the partitions "
			"(use Kafka\\Consumer to read partitions without a group)");
		RETURN_THROWS();
	}
	c->is_group = true;
	rd_kafka_conf_set_rebalance_cb(conf, kafka_group_rebalance_cb);
	kafka_consumer_start(c, conf);
}

ZEND_METHOD(Kafka_ConsumerGroup, subscribe)
{
	HashTable *topics = NULL;
	zend_string *topic = NULL;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY_HT_OR_STR(topics, topic)
	ZEND_PARSE_PARAMETERS_END();

	kafka_consumer *c = kafka_consumer_usable(ZEND_THIS, KAFKA_NOT_IN_CALLBACK);
	rd_kafka_topic_partition_list_t *list = c ? kafka_group_topics(topics, topic) : NULL;
	if (!list) {
		RETURN_THROWS();
	}
	rd_kafka_resp_err_t err = rd_kafka_subscribe(c->client.rk, list);
	if (err) {
		kafka_group_throw_subscribe_error(err, list);
	}
	rd_kafka_topic_partition_list_destroy(list);
}

ZEND_METHOD(Kafka_ConsumerGroup, unsubscribe)
{
	ZEND_PARSE_PARAMETERS_NONE();
	kafka_consumer *c = kafka_consumer_usable(ZEND_THIS, KAFKA_NOT_IN_CALLBACK);
	if (!c) {
		RETURN_THROWS();
	}
	rd_kafka_resp_err_t err = rd_kafka_unsubscribe(c->client.rk);
	if (err) {
		kafka_throw(kafka_ce_exception, err, "unsubscribe() failed: %s", rd_kafka_err2str(err));
	}
}

ZEND_METHOD(Kafka_ConsumerGroup, subscription)
{
	ZEND_PARSE_PARAMETERS_NONE();
	kafka_consumer *c = kafka_consumer_usable(ZEND_THIS, KAFKA_ANYWHERE);
	if (!c) {
		RETURN_THROWS();
	}
	rd_kafka_topic_partition_list_t *list = NULL;
	rd_kafka_resp_err_t err = rd_kafka_subscription(c->client.rk, &list);
	if (err) {
		kafka_throw(kafka_ce_exception, err, "subscription() failed: %s", rd_kafka_err2str(err));
		RETURN_THROWS();
	}
	array_init_size(return_value, (uint32_t)list->cnt);
	for (int i = 0; i < list->cnt; i++) {
		add_next_index_string(return_value, list->elems[i].topic);
	}
	rd_kafka_topic_partition_list_destroy(list);
}

static void kafka_group_set_hook(INTERNAL_FUNCTION_PARAMETERS, bool assign)
{
	zend_fcall_info fci = empty_fcall_info;
	zend_fcall_info_cache fcc = empty_fcall_info_cache;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_FUNC_OR_NULL(fci, fcc)
	ZEND_PARSE_PARAMETERS_END();

	kafka_consumer *c = kafka_consumer_usable(ZEND_THIS, KAFKA_ANYWHERE);
	if (!c) {
		RETURN_THROWS();
	}
	kafka_callback_set(assign ? &c->on_assign : &c->on_revoke, &fci);
}

ZEND_METHOD(Kafka_ConsumerGroup, onAssign)
{
	kafka_group_set_hook(INTERNAL_FUNCTION_PARAM_PASSTHRU, true);
}

ZEND_METHOD(Kafka_ConsumerGroup, onRevoke)
{
	kafka_group_set_hook(INTERNAL_FUNCTION_PARAM_PASSTHRU, false);
}

void kafka_register_consumer_group(void)
{
	kafka_ce_consumer_group = register_class_Kafka_ConsumerGroup();
	kafka_ce_consumer_group->create_object = kafka_consumer_create_object;
}
