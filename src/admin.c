/* Kafka\Admin: topics, topic configs and consumer groups through librdkafka's Admin API.
 *
 * Every admin request goes through kafka_admin_run(): sent with the call's remaining time as its
 * timeout, on a queue of its own, whose single result event is awaited with a bound. The result's
 * per-topic / per-resource / per-group / per-partition errors are checked by the caller. */
#include "php_kafka.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "ext/date/php_date.h"
#include "admin_arginfo.h"

zend_class_entry *kafka_ce_admin;
static zend_object_handlers kafka_admin_handlers;

/* librdkafka accepts admin timeouts of at most an hour. */
#define KAFKA_ADMIN_MAX_TIMEOUT_MS 3600000
/* librdkafka reports a request's timeout itself; we stop waiting this much later in any case. */
#define KAFKA_ADMIN_WAIT_GRACE_MS 1000

typedef struct {
	kafka_client client;
	kafka_ext_options opts;
	bool group_apis_checked; /* see kafka_admin_check_group_apis() */
	zend_object std;
} kafka_admin;

static inline kafka_admin *kafka_admin_from_obj(zend_object *obj)
{
	return (kafka_admin *)((char *)obj - XtOffsetOf(kafka_admin, std));
}

/* One method call: its admin, its timeout and the (monotonic) moment that runs out. */
typedef struct {
	kafka_admin *admin;
	zend_long timeout_ms;
	int64_t deadline;
} kafka_admin_call;

/* ---- object lifecycle ---- */

static zend_object *kafka_admin_create(zend_class_entry *ce)
{
	kafka_admin *a = zend_object_alloc(sizeof(kafka_admin), ce);
	zend_object_std_init(&a->std, ce);
	object_properties_init(&a->std, ce);
	a->std.handlers = &kafka_admin_handlers;
	kafka_client_init(&a->client);
	return &a->std;
}

static void kafka_admin_destroy_handle(kafka_admin *a)
{
	/* In a forked child librdkafka's threads are the parent's: destroying would wait forever. */
	if (a->client.rk && a->client.fork_generation == kafka_fork_generation) {
		rd_kafka_destroy(a->client.rk);
	}
	a->client.rk = NULL;
}

static void kafka_admin_free(zend_object *obj)
{
	kafka_admin *a = kafka_admin_from_obj(obj);
	kafka_admin_destroy_handle(a);
	kafka_client_release(&a->client);
	zend_object_std_dtor(obj);
}

/* ---- errors and timeouts ---- */

static zend_class_entry *kafka_admin_exception_class(rd_kafka_resp_err_t err)
{
	return err == RD_KAFKA_RESP_ERR__TIMED_OUT || err == RD_KAFKA_RESP_ERR_REQUEST_TIMED_OUT
		? kafka_ce_timeout_exception : kafka_ce_exception;
}

/* Throws for err with "Could not <what>: <reason>". */
static void kafka_admin_throw(rd_kafka_resp_err_t err, const char *what, const char *reason)
{
	kafka_throw(kafka_admin_exception_class(err), err, "Could not %s: %s", what,
		reason && *reason ? reason : rd_kafka_err2str(err));
}

/* A failure of a request the call made: what its callbacks left to throw (an authentication
 * failure, an exception from onError, ...) first; else err, with the latest error librdkafka
 * reported when the request only timed out or could not reach a broker. */
static void kafka_admin_throw_failed(kafka_admin_call *call, rd_kafka_resp_err_t err, const char *what, const char *reason)
{
	kafka_client *cl = &call->admin->client;
	kafka_client_poll_main(cl); /* the cause may be waiting there (an authentication failure, ...) */
	if (kafka_client_rethrow(cl)) {
		return;
	}
	if ((err == RD_KAFKA_RESP_ERR__TIMED_OUT || err == RD_KAFKA_RESP_ERR__TRANSPORT) && cl->last_error[0]) {
		zend_string *more = strpprintf(0, "%s; last error: %s", reason && *reason ? reason : rd_kafka_err2str(err), cl->last_error);
		kafka_admin_throw(err, what, ZSTR_VAL(more));
		zend_string_release(more);
		return;
	}
	kafka_admin_throw(err, what, reason);
}

/* Milliseconds left for the call (at least 1: librdkafka then reports the timeout itself). */
static int kafka_admin_left_ms(const kafka_admin_call *call)
{
	int64_t left = kafka_left_ms(call->deadline);
	return left > 0 ? (int)left : 1;
}

/* Starts a method call on $this: usable, and its timeout (null: php.operation.timeout.ms), refused
 * if negative, at least 1 ms and at most librdkafka's limit for admin requests (an hour). */
static bool kafka_admin_begin(kafka_admin_call *call, zval *this_zv, uint32_t timeout_arg, zend_long timeout_ms, bool timeout_is_null)
{
	kafka_admin *a = kafka_admin_from_obj(Z_OBJ_P(this_zv));
	if (!kafka_client_usable(&a->client, &a->std, KAFKA_NOT_IN_CALLBACK)) {
		return false;
	}
	if (timeout_is_null) {
		timeout_ms = a->opts.operation_timeout_ms;
	} else if (!kafka_timeout_arg(timeout_arg, &timeout_ms)) {
		return false;
	}
	timeout_ms = timeout_ms < 1 ? 1 : timeout_ms > KAFKA_ADMIN_MAX_TIMEOUT_MS ? KAFKA_ADMIN_MAX_TIMEOUT_MS : timeout_ms;
	/* Nothing else serves the handle's main queue: its callbacks run inside admin calls. */
	if (kafka_client_poll_main(&a->client) && kafka_client_rethrow(&a->client)) {
		return false;
	}
	call->admin = a;
	call->timeout_ms = timeout_ms;
	call->deadline = kafka_deadline(timeout_ms);
	return true;
}

/* ---- the one way admin requests are made ---- */

typedef void (*kafka_admin_send_fn)(rd_kafka_t *rk, void *request, const rd_kafka_AdminOptions_t *options, rd_kafka_queue_t *queue);

typedef struct {
	rd_kafka_admin_op_t op;
	rd_kafka_event_type_t result_type;
	kafka_admin_send_fn send;
	bool waits_for_operation; /* the broker waits (operation timeout) until the change is done */
	const char *what;         /* for messages: "Could not <what> ..." */
} kafka_admin_op;

static void kafka_admin_send_create_topics(rd_kafka_t *rk, void *request, const rd_kafka_AdminOptions_t *options, rd_kafka_queue_t *queue)
{
	rd_kafka_NewTopic_t *topic = request;
	rd_kafka_CreateTopics(rk, &topic, 1, options, queue);
}

static void kafka_admin_send_delete_topics(rd_kafka_t *rk, void *request, const rd_kafka_AdminOptions_t *options, rd_kafka_queue_t *queue)
{
	rd_kafka_DeleteTopic_t *topic = request;
	rd_kafka_DeleteTopics(rk, &topic, 1, options, queue);
}

static void kafka_admin_send_create_partitions(rd_kafka_t *rk, void *request, const rd_kafka_AdminOptions_t *options, rd_kafka_queue_t *queue)
{
	rd_kafka_NewPartitions_t *partitions = request;
	rd_kafka_CreatePartitions(rk, &partitions, 1, options, queue);
}

static void kafka_admin_send_describe_configs(rd_kafka_t *rk, void *request, const rd_kafka_AdminOptions_t *options, rd_kafka_queue_t *queue)
{
	rd_kafka_ConfigResource_t *resource = request;
	rd_kafka_DescribeConfigs(rk, &resource, 1, options, queue);
}

static void kafka_admin_send_alter_configs(rd_kafka_t *rk, void *request, const rd_kafka_AdminOptions_t *options, rd_kafka_queue_t *queue)
{
	rd_kafka_ConfigResource_t *resource = request;
	rd_kafka_AlterConfigs(rk, &resource, 1, options, queue);
}

static void kafka_admin_send_list_groups(rd_kafka_t *rk, void *request, const rd_kafka_AdminOptions_t *options, rd_kafka_queue_t *queue)
{
	(void)request; /* ListConsumerGroups takes no argument */
	rd_kafka_ListConsumerGroups(rk, options, queue);
}

static void kafka_admin_send_describe_groups(rd_kafka_t *rk, void *request, const rd_kafka_AdminOptions_t *options, rd_kafka_queue_t *queue)
{
	const char *group = request;
	rd_kafka_DescribeConsumerGroups(rk, &group, 1, options, queue);
}

static void kafka_admin_send_list_group_offsets(rd_kafka_t *rk, void *request, const rd_kafka_AdminOptions_t *options, rd_kafka_queue_t *queue)
{
	rd_kafka_ListConsumerGroupOffsets_t *group = request;
	rd_kafka_ListConsumerGroupOffsets(rk, &group, 1, options, queue);
}

static void kafka_admin_send_alter_group_offsets(rd_kafka_t *rk, void *request, const rd_kafka_AdminOptions_t *options, rd_kafka_queue_t *queue)
{
	rd_kafka_AlterConsumerGroupOffsets_t *group = request;
	rd_kafka_AlterConsumerGroupOffsets(rk, &group, 1, options, queue);
}

static void kafka_admin_send_delete_groups(rd_kafka_t *rk, void *request, const rd_kafka_AdminOptions_t *options, rd_kafka_queue_t *queue)
{
	rd_kafka_DeleteGroup_t *group = request;
	rd_kafka_DeleteGroups(rk, &group, 1, options, queue);
}

static void kafka_admin_send_delete_group_offsets(rd_kafka_t *rk, void *request, const rd_kafka_AdminOptions_t *options, rd_kafka_queue_t *queue)
{
	rd_kafka_DeleteConsumerGroupOffsets_t *group = request;
	rd_kafka_DeleteConsumerGroupOffsets(rk, &group, 1, options, queue);
}

static const kafka_admin_op kafka_admin_create_topics = {RD_KAFKA_ADMIN_OP_CREATETOPICS, RD_KAFKA_EVENT_CREATETOPICS_RESULT, kafka_admin_send_create_topics, true, "create topic"};
static const kafka_admin_op kafka_admin_delete_topics = {RD_KAFKA_ADMIN_OP_DELETETOPICS, RD_KAFKA_EVENT_DELETETOPICS_RESULT, kafka_admin_send_delete_topics, true, "delete topic"};
static const kafka_admin_op kafka_admin_create_partitions = {RD_KAFKA_ADMIN_OP_CREATEPARTITIONS, RD_KAFKA_EVENT_CREATEPARTITIONS_RESULT, kafka_admin_send_create_partitions, true, "create partitions of topic"};
static const kafka_admin_op kafka_admin_describe_configs = {RD_KAFKA_ADMIN_OP_DESCRIBECONFIGS, RD_KAFKA_EVENT_DESCRIBECONFIGS_RESULT, kafka_admin_send_describe_configs, false, "describe the configuration of topic"};
static const kafka_admin_op kafka_admin_alter_configs = {RD_KAFKA_ADMIN_OP_ALTERCONFIGS, RD_KAFKA_EVENT_ALTERCONFIGS_RESULT, kafka_admin_send_alter_configs, false, "alter the configuration of topic"};
static const kafka_admin_op kafka_admin_list_groups = {RD_KAFKA_ADMIN_OP_LISTCONSUMERGROUPS, RD_KAFKA_EVENT_LISTCONSUMERGROUPS_RESULT, kafka_admin_send_list_groups, false, "list consumer groups"};
static const kafka_admin_op kafka_admin_describe_groups = {RD_KAFKA_ADMIN_OP_DESCRIBECONSUMERGROUPS, RD_KAFKA_EVENT_DESCRIBECONSUMERGROUPS_RESULT, kafka_admin_send_describe_groups, false, "describe consumer group"};
static const kafka_admin_op kafka_admin_list_group_offsets = {RD_KAFKA_ADMIN_OP_LISTCONSUMERGROUPOFFSETS, RD_KAFKA_EVENT_LISTCONSUMERGROUPOFFSETS_RESULT, kafka_admin_send_list_group_offsets, false, "list the committed offsets of consumer group"};
static const kafka_admin_op kafka_admin_alter_group_offsets = {RD_KAFKA_ADMIN_OP_ALTERCONSUMERGROUPOFFSETS, RD_KAFKA_EVENT_ALTERCONSUMERGROUPOFFSETS_RESULT, kafka_admin_send_alter_group_offsets, false, "reset the offsets of consumer group"};
static const kafka_admin_op kafka_admin_delete_groups = {RD_KAFKA_ADMIN_OP_DELETEGROUPS, RD_KAFKA_EVENT_DELETEGROUPS_RESULT, kafka_admin_send_delete_groups, false, "delete consumer group"};
static const kafka_admin_op kafka_admin_delete_group_offsets = {RD_KAFKA_ADMIN_OP_DELETECONSUMERGROUPOFFSETS, RD_KAFKA_EVENT_DELETECONSUMERGROUPOFFSETS_RESULT, kafka_admin_send_delete_group_offsets, false, "delete the offsets of consumer group"};

/* "<op's what> \"<subject>\"" (or the op's what alone), for messages. */
static zend_string *kafka_admin_what(const kafka_admin_op *op, const char *subject)
{
	return subject ? strpprintf(0, "%s \"%s\"", op->what, subject) : zend_string_init(op->what, strlen(op->what), 0);
}

static bool kafka_admin_options_set(rd_kafka_AdminOptions_t *options, const kafka_admin_op *op, int timeout_ms, char *errstr, size_t errstr_size)
{
	if (rd_kafka_AdminOptions_set_request_timeout(options, timeout_ms, errstr, errstr_size)) {
		return false;
	}
	return !op->waits_for_operation
		|| !rd_kafka_AdminOptions_set_operation_timeout(options, timeout_ms, errstr, errstr_size);
}

/* Sends one request on a queue of its own and waits for its result, at most until the call's
 * deadline (plus a grace period: librdkafka's own timeout normally answers first). Returns the
 * result event, to be destroyed by the caller, or NULL with an exception thrown for a timeout or
 * an error of the request as a whole. */
static rd_kafka_event_t *kafka_admin_run(kafka_admin_call *call, const kafka_admin_op *op, void *request, const char *subject)
{
	rd_kafka_t *rk = call->admin->client.rk;
	int timeout_ms = kafka_admin_left_ms(call);
	char errstr[512];
	rd_kafka_AdminOptions_t *options = rd_kafka_AdminOptions_new(rk, op->op);
	if (!kafka_admin_options_set(options, op, timeout_ms, errstr, sizeof(errstr))) {
		rd_kafka_AdminOptions_destroy(options);
		zend_string *what = kafka_admin_what(op, subject);
		kafka_admin_throw(RD_KAFKA_RESP_ERR__INVALID_ARG, ZSTR_VAL(what), errstr);
		zend_string_release(what);
		return NULL;
	}
	rd_kafka_queue_t *queue = rd_kafka_queue_new(rk);
	op->send(rk, request, options, queue); /* the request keeps copies of options and request */
	rd_kafka_AdminOptions_destroy(options);
	/* A request still pending when we give up holds its own reference to the queue. In slices,
	 * so that a signal ends the wait. */
	int64_t wait_until = call->deadline + KAFKA_ADMIN_WAIT_GRACE_MS;
	rd_kafka_event_t *ev = NULL;
	bool interrupted = false;
	while (!ev && kafka_left_ms(wait_until) > 0 && !(interrupted = kafka_vm_interrupted())
			&& !kafka_client_poll_main(&call->admin->client)) {
		ev = rd_kafka_queue_poll(queue, kafka_wait_slice(kafka_left_ms(wait_until)));
	}
	rd_kafka_queue_destroy(queue);

	rd_kafka_resp_err_t err = RD_KAFKA_RESP_ERR_NO_ERROR;
	const char *reason = NULL;
	char timeout_reason[128];
	if (!ev && interrupted) {
		err = RD_KAFKA_RESP_ERR__INTR;
		reason = "interrupted by a signal before the result arrived (the request may still take effect)";
	} else if (!ev) {
		err = RD_KAFKA_RESP_ERR__TIMED_OUT;
		snprintf(timeout_reason, sizeof(timeout_reason), "no result within " ZEND_LONG_FMT " ms", call->timeout_ms);
		reason = timeout_reason;
	} else if ((err = rd_kafka_event_error(ev))) {
		reason = rd_kafka_event_error_string(ev);
	} else if (rd_kafka_event_type(ev) != op->result_type) {
		err = RD_KAFKA_RESP_ERR__FAIL;
		reason = rd_kafka_event_name(ev);
	}
	if (!err && ev) {
		kafka_client_contacted(&call->admin->client);
	}
	if (err || call->admin->client.pending_exception) {
		zend_string *what = kafka_admin_what(op, subject);
		kafka_admin_throw_failed(call, err ? err : RD_KAFKA_RESP_ERR__FAIL, ZSTR_VAL(what), reason);
		zend_string_release(what);
		if (ev) {
			rd_kafka_event_destroy(ev);
		}
		return NULL;
	}
	return ev;
}

/* ---- topics: CreateTopics, DeleteTopics, CreatePartitions ---- */

static const rd_kafka_topic_result_t **kafka_admin_topic_results(rd_kafka_event_t *ev, size_t *cnt)
{
	switch (rd_kafka_event_type(ev)) {
		case RD_KAFKA_EVENT_CREATETOPICS_RESULT:
			return rd_kafka_CreateTopics_result_topics(rd_kafka_event_CreateTopics_result(ev), cnt);
		case RD_KAFKA_EVENT_DELETETOPICS_RESULT:
			return rd_kafka_DeleteTopics_result_topics(rd_kafka_event_DeleteTopics_result(ev), cnt);
		case RD_KAFKA_EVENT_CREATEPARTITIONS_RESULT:
			return rd_kafka_CreatePartitions_result_topics(rd_kafka_event_CreatePartitions_result(ev), cnt);
		default:
			*cnt = 0;
			return NULL;
	}
}

/* Runs a request about one topic and checks that topic's own result. */
static bool kafka_admin_topic_request(kafka_admin_call *call, const kafka_admin_op *op, void *request, const char *topic)
{
	rd_kafka_event_t *ev = kafka_admin_run(call, op, request, topic);
	if (!ev) {
		return false;
	}
	size_t cnt = 0;
	const rd_kafka_topic_result_t **results = kafka_admin_topic_results(ev, &cnt);
	bool ok = true;
	for (size_t i = 0; i < cnt && ok; i++) {
		rd_kafka_resp_err_t err = rd_kafka_topic_result_error(results[i]);
		if (err) {
			zend_string *what = kafka_admin_what(op, rd_kafka_topic_result_name(results[i]));
			kafka_admin_throw(err, ZSTR_VAL(what), rd_kafka_topic_result_error_string(results[i]));
			zend_string_release(what);
			ok = false;
		}
	}
	if (ok && cnt != 1) {
		zend_string *what = kafka_admin_what(op, topic);
		kafka_admin_throw(RD_KAFKA_RESP_ERR__FAIL, ZSTR_VAL(what), "the result names no topic");
		zend_string_release(what);
		ok = false;
	}
	rd_kafka_event_destroy(ev);
	return ok;
}

/* A topic config name and value as librdkafka will see them: C strings, so no NUL bytes. */
static bool kafka_admin_check_config_entry(uint32_t arg_num, zend_string *key, zend_string *value)
{
	if (kafka_has_nul(ZSTR_VAL(key), ZSTR_LEN(key)) || (value && kafka_has_nul(ZSTR_VAL(value), ZSTR_LEN(value)))) {
		zend_argument_value_error(arg_num, "must not contain NUL bytes in config names or values");
		return false;
	}
	return true;
}

/* Topic configs given to createTopic(): string keys, string|int|float|bool values. */
static bool kafka_admin_new_topic_configs(rd_kafka_NewTopic_t *topic, HashTable *config, uint32_t arg_num)
{
	zend_string *key;
	zval *value;
	ZEND_HASH_FOREACH_STR_KEY_VAL(config, key, value) {
		if (!key) {
			zend_argument_type_error(arg_num, "must be an array of config name => value, an integer key found in it");
			return false;
		}
		ZVAL_DEREF(value);
		zend_string *str = kafka_scalar_string(value);
		if (!str) {
			zend_argument_type_error(arg_num, "value of \"%s\" must be string, int, float or bool, %s given",
				ZSTR_VAL(key), zend_zval_type_name(value));
			return false;
		}
		if (!kafka_admin_check_config_entry(arg_num, key, str)) {
			zend_string_release(str);
			return false;
		}
		rd_kafka_resp_err_t err = rd_kafka_NewTopic_set_config(topic, ZSTR_VAL(key), ZSTR_VAL(str));
		zend_string_release(str);
		if (err) {
			kafka_admin_throw(err, "set a topic config", ZSTR_VAL(key));
			return false;
		}
	} ZEND_HASH_FOREACH_END();
	return true;
}

static bool kafka_admin_check_count(uint32_t arg_num, zend_long value, bool allow_default, const char *what)
{
	if ((allow_default && value == -1) || (value >= 1 && value <= INT32_MAX)) {
		return true;
	}
	zend_argument_value_error(arg_num, allow_default ? "must be a %s of at least 1, or -1 for the broker's default" : "must be a %s of at least 1", what);
	return false;
}

static bool kafka_admin_check_name(uint32_t arg_num, zend_string *name)
{
	if (ZSTR_LEN(name) == 0) {
		zend_argument_value_error(arg_num, "must not be empty");
		return false;
	}
	if (kafka_has_nul(ZSTR_VAL(name), ZSTR_LEN(name))) {
		zend_argument_value_error(arg_num, "must not contain any null bytes");
		return false;
	}
	return true;
}

static const rd_kafka_metadata_t *kafka_admin_metadata(kafka_admin_call *call, bool all_topics, const char *topic);

/* Whether every partition of the topic answers a ListOffsets (its leader has created it): one
 * request per leader. */
static bool kafka_admin_partitions_served(kafka_admin_call *call, const char *topic, const rd_kafka_metadata_topic_t *t)
{
	rd_kafka_topic_partition_list_t *list = rd_kafka_topic_partition_list_new(t->partition_cnt);
	for (int i = 0; i < t->partition_cnt; i++) {
		rd_kafka_topic_partition_list_add(list, topic, t->partitions[i].id)->offset = RD_KAFKA_OFFSET_END;
	}
	int timeout_ms = (int)(kafka_left_ms(call->deadline) < 1000 ? kafka_left_ms(call->deadline) : 1000);
	bool served = timeout_ms > 0 && !rd_kafka_offsets_for_times(call->admin->client.rk, list, timeout_ms);
	for (int i = 0; served && i < list->cnt; i++) {
		served = !list->elems[i].err;
	}
	rd_kafka_topic_partition_list_destroy(list);
	return served;
}

/* CreateTopics answers once the controller has the topic; the broker asked next may learn of it a
 * moment later, and the leaders of its partitions create them a moment after that. So that
 * describing, configuring or reading the offsets of the topic right after createTopic() works, the
 * metadata is read again (within the call's timeout) until it lists the topic with a leader for
 * every partition, and every partition answers a ListOffsets. Best effort: the topic exists either
 * way, so a metadata failure or the timeout ends the wait without an error. */
static void kafka_admin_await_topic(kafka_admin_call *call, const char *topic)
{
	while (kafka_left_ms(call->deadline) > 0 && !kafka_vm_interrupted()) {
		const rd_kafka_metadata_t *md = kafka_admin_metadata(call, false, topic);
		if (!md) {
			zend_clear_exception();
			return;
		}
		bool ready = false;
		for (int i = 0; i < md->topic_cnt; i++) {
			const rd_kafka_metadata_topic_t *t = &md->topics[i];
			if (strcmp(t->topic, topic) == 0 && !t->err && t->partition_cnt > 0) {
				ready = true;
				for (int j = 0; j < t->partition_cnt; j++) {
					ready = ready && !t->partitions[j].err && t->partitions[j].leader >= 0;
				}
				ready = ready && kafka_admin_partitions_served(call, topic, t);
			}
		}
		rd_kafka_metadata_destroy(md);
		if (ready) {
			return;
		}
		if (kafka_client_poll_main(&call->admin->client)) {
			return; /* a callback left an exception: the next call throws it */
		}
		usleep(50000);
	}
}

ZEND_METHOD(Kafka_Admin, createTopic)
{
	zend_string *name;
	zend_long partitions = 1, replication = -1, timeout_ms = 0;
	HashTable *config = NULL;
	bool timeout_is_null = true;
	ZEND_PARSE_PARAMETERS_START(1, 5)
		Z_PARAM_PATH_STR(name)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(partitions)
		Z_PARAM_LONG(replication)
		Z_PARAM_ARRAY_HT(config)
		Z_PARAM_LONG_OR_NULL(timeout_ms, timeout_is_null)
	ZEND_PARSE_PARAMETERS_END();

	kafka_admin_call call;
	if (!kafka_admin_begin(&call, ZEND_THIS, 5, timeout_ms, timeout_is_null) || !kafka_admin_check_name(1, name)
			|| !kafka_admin_check_count(2, partitions, true, "partition count")
			|| !kafka_admin_check_count(3, replication, true, "replication factor")) {
		RETURN_THROWS();
	}
	char errstr[512];
	rd_kafka_NewTopic_t *topic = rd_kafka_NewTopic_new(ZSTR_VAL(name), (int)partitions, (int)replication, errstr, sizeof(errstr));
	if (!topic) {
		kafka_admin_throw(RD_KAFKA_RESP_ERR__INVALID_ARG, "create topic", errstr);
		RETURN_THROWS();
	}
	if ((!config || kafka_admin_new_topic_configs(topic, config, 4))
			&& kafka_admin_topic_request(&call, &kafka_admin_create_topics, topic, ZSTR_VAL(name))) {
		kafka_admin_await_topic(&call, ZSTR_VAL(name));
	}
	rd_kafka_NewTopic_destroy(topic);
}

ZEND_METHOD(Kafka_Admin, deleteTopic)
{
	zend_string *name;
	zend_long timeout_ms = 0;
	bool timeout_is_null = true;
	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_PATH_STR(name)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG_OR_NULL(timeout_ms, timeout_is_null)
	ZEND_PARSE_PARAMETERS_END();

	kafka_admin_call call;
	if (!kafka_admin_begin(&call, ZEND_THIS, 2, timeout_ms, timeout_is_null) || !kafka_admin_check_name(1, name)) {
		RETURN_THROWS();
	}
	rd_kafka_DeleteTopic_t *topic = rd_kafka_DeleteTopic_new(ZSTR_VAL(name));
	kafka_admin_topic_request(&call, &kafka_admin_delete_topics, topic, ZSTR_VAL(name));
	rd_kafka_DeleteTopic_destroy(topic);
}

ZEND_METHOD(Kafka_Admin, createPartitions)
{
	zend_string *name;
	zend_long total, timeout_ms = 0;
	bool timeout_is_null = true;
	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_PATH_STR(name)
		Z_PARAM_LONG(total)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG_OR_NULL(timeout_ms, timeout_is_null)
	ZEND_PARSE_PARAMETERS_END();

	kafka_admin_call call;
	if (!kafka_admin_begin(&call, ZEND_THIS, 3, timeout_ms, timeout_is_null) || !kafka_admin_check_name(1, name)
			|| !kafka_admin_check_count(2, total, false, "partition count")) {
		RETURN_THROWS();
	}
	char errstr[512];
	rd_kafka_NewPartitions_t *partitions = rd_kafka_NewPartitions_new(ZSTR_VAL(name), (size_t)total, errstr, sizeof(errstr));
	if (!partitions) {
		kafka_admin_throw(RD_KAFKA_RESP_ERR__INVALID_ARG, "create partitions", errstr);
		RETURN_THROWS();
	}
	kafka_admin_topic_request(&call, &kafka_admin_create_partitions, partitions, ZSTR_VAL(name));
	rd_kafka_NewPartitions_destroy(partitions);
}

/* ---- metadata: topics(), describeTopic() ---- */

/* Cluster metadata: the brokers and every topic (all_topics), only `topic` (never auto-created:
 * see the constructor), or only the brokers. */
static const rd_kafka_metadata_t *kafka_admin_metadata(kafka_admin_call *call, bool all_topics, const char *topic)
{
	rd_kafka_topic_t *rkt = topic ? rd_kafka_topic_new(call->admin->client.rk, topic, NULL) : NULL;
	if (topic && !rkt) {
		rd_kafka_resp_err_t err = rd_kafka_last_error();
		kafka_admin_throw(err, "read the metadata of the topic", rd_kafka_err2str(err));
		return NULL;
	}
	const rd_kafka_metadata_t *md = NULL;
	rd_kafka_resp_err_t err = kafka_metadata_sliced(&call->admin->client, all_topics, rkt, &md, call->deadline);
	if (rkt) {
		rd_kafka_topic_destroy(rkt);
	}
	if (err) {
		kafka_admin_throw_failed(call, err, "read the cluster metadata", rd_kafka_err2str(err));
		return NULL;
	}
	return md;
}

/* The metadata of one existing topic, or NULL with an exception thrown. *md is to be destroyed. */
static const rd_kafka_metadata_topic_t *kafka_admin_topic_metadata_once(kafka_admin_call *call, const char *topic, const rd_kafka_metadata_t **md)
{
	*md = kafka_admin_metadata(call, false, topic);
	if (!*md) {
		return NULL;
	}
	for (int i = 0; i < (*md)->topic_cnt; i++) {
		const rd_kafka_metadata_topic_t *t = &(*md)->topics[i];
		if (strcmp(t->topic, topic) != 0) {
			continue;
		}
		if (t->err) {
			zend_string *what = strpprintf(0, "describe topic \"%s\"", topic);
			kafka_admin_throw(t->err, ZSTR_VAL(what), t->err == RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART
				? "the topic does not exist" : rd_kafka_err2str(t->err));
			zend_string_release(what);
			break;
		}
		return t;
	}
	if (!EG(exception)) {
		zend_string *what = strpprintf(0, "describe topic \"%s\"", topic);
		kafka_admin_throw(RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART, ZSTR_VAL(what), "the topic does not exist");
		zend_string_release(what);
	}
	rd_kafka_metadata_destroy(*md);
	*md = NULL;
	return NULL;
}

/* kafka_admin_topic_metadata_once(), asked again while the topic has no leader (being elected). */
static const rd_kafka_metadata_topic_t *kafka_admin_topic_metadata(kafka_admin_call *call, const char *topic, const rd_kafka_metadata_t **md)
{
	const rd_kafka_metadata_topic_t *t;
	kafka_retry retry;
	kafka_retry_start(&retry, &call->admin->client, call->deadline, NULL, 0);
	do {
		t = kafka_admin_topic_metadata_once(call, topic, md);
	} while (!t && kafka_retry_again_after_exception(&retry));
	return t;
}

/* Kafka's internal topics (the Java client's Topic.INTERNAL_TOPICS). */
static bool kafka_admin_is_internal_topic(const char *name)
{
	return strcmp(name, "__consumer_offsets") == 0 || strcmp(name, "__transaction_state") == 0;
}

static int kafka_admin_compare_strings(Bucket *a, Bucket *b)
{
	return zend_binary_strcmp(Z_STRVAL(a->val), Z_STRLEN(a->val), Z_STRVAL(b->val), Z_STRLEN(b->val));
}

static int kafka_admin_compare_keys(Bucket *a, Bucket *b)
{
	return zend_binary_strcmp(ZSTR_VAL(a->key), ZSTR_LEN(a->key), ZSTR_VAL(b->key), ZSTR_LEN(b->key));
}

ZEND_METHOD(Kafka_Admin, topics)
{
	bool include_internal = false, timeout_is_null = true;
	zend_long timeout_ms = 0;
	ZEND_PARSE_PARAMETERS_START(0, 2)
		Z_PARAM_OPTIONAL
		Z_PARAM_BOOL(include_internal)
		Z_PARAM_LONG_OR_NULL(timeout_ms, timeout_is_null)
	ZEND_PARSE_PARAMETERS_END();

	kafka_admin_call call;
	if (!kafka_admin_begin(&call, ZEND_THIS, 2, timeout_ms, timeout_is_null)) {
		RETURN_THROWS();
	}
	const rd_kafka_metadata_t *md = kafka_admin_metadata(&call, true, NULL);
	if (!md) {
		RETURN_THROWS();
	}
	array_init_size(return_value, (uint32_t)md->topic_cnt);
	for (int i = 0; i < md->topic_cnt; i++) {
		const rd_kafka_metadata_topic_t *t = &md->topics[i];
		/* A topic being deleted may still be listed with this error: it is gone. */
		if (t->err == RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART
				|| (!include_internal && kafka_admin_is_internal_topic(t->topic))) {
			continue;
		}
		add_next_index_string(return_value, t->topic);
	}
	rd_kafka_metadata_destroy(md);
	zend_hash_sort(Z_ARRVAL_P(return_value), kafka_admin_compare_strings, true);
}

static void kafka_admin_int_list(zval *rv, const int32_t *ids, int cnt)
{
	array_init_size(rv, (uint32_t)cnt);
	for (int i = 0; i < cnt; i++) {
		add_next_index_long(rv, ids[i]);
	}
}

static void kafka_admin_partition_array(zval *rv, const rd_kafka_metadata_partition_t *p)
{
	zval replicas, isr;
	array_init_size(rv, 5);
	add_assoc_long(rv, "id", p->id);
	add_assoc_long(rv, "leader", p->leader);
	kafka_admin_int_list(&replicas, p->replicas, p->replica_cnt);
	add_assoc_zval(rv, "replicas", &replicas);
	kafka_admin_int_list(&isr, p->isrs, p->isr_cnt);
	add_assoc_zval(rv, "isr", &isr);
	if (p->err) {
		add_assoc_string(rv, "error", rd_kafka_err2name(p->err));
	} else {
		add_assoc_null(rv, "error");
	}
}

static int kafka_admin_compare_partition_ids(Bucket *a, Bucket *b)
{
	zend_long ia = Z_LVAL_P(zend_hash_str_find(Z_ARRVAL(a->val), ZEND_STRL("id")));
	zend_long ib = Z_LVAL_P(zend_hash_str_find(Z_ARRVAL(b->val), ZEND_STRL("id")));
	return ia < ib ? -1 : ia > ib;
}

ZEND_METHOD(Kafka_Admin, describeTopic)
{
	zend_string *name;
	zend_long timeout_ms = 0;
	bool timeout_is_null = true;
	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_PATH_STR(name)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG_OR_NULL(timeout_ms, timeout_is_null)
	ZEND_PARSE_PARAMETERS_END();

	kafka_admin_call call;
	const rd_kafka_metadata_t *md;
	if (!kafka_admin_begin(&call, ZEND_THIS, 2, timeout_ms, timeout_is_null) || !kafka_admin_check_name(1, name)) {
		RETURN_THROWS();
	}
	const rd_kafka_metadata_topic_t *t = kafka_admin_topic_metadata(&call, ZSTR_VAL(name), &md);
	if (!t) {
		RETURN_THROWS();
	}
	zval partitions;
	array_init_size(&partitions, (uint32_t)t->partition_cnt);
	for (int i = 0; i < t->partition_cnt; i++) {
		zval partition;
		kafka_admin_partition_array(&partition, &t->partitions[i]);
		add_next_index_zval(&partitions, &partition);
	}
	zend_hash_sort(Z_ARRVAL(partitions), kafka_admin_compare_partition_ids, true);
	array_init_size(return_value, 2);
	add_assoc_str(return_value, "name", zend_string_copy(name));
	add_assoc_zval(return_value, "partitions", &partitions);
	rd_kafka_metadata_destroy(md);
}

/* ---- topic configs: DescribeConfigs, AlterConfigs ---- */

/* The one resource of a configs result; NULL with an exception thrown if it failed. */
static const rd_kafka_ConfigResource_t *kafka_admin_config_resource(rd_kafka_event_t *ev, const kafka_admin_op *op, const char *topic)
{
	size_t cnt = 0;
	const rd_kafka_ConfigResource_t **resources = rd_kafka_event_type(ev) == RD_KAFKA_EVENT_DESCRIBECONFIGS_RESULT
		? rd_kafka_DescribeConfigs_result_resources(rd_kafka_event_DescribeConfigs_result(ev), &cnt)
		: rd_kafka_AlterConfigs_result_resources(rd_kafka_event_AlterConfigs_result(ev), &cnt);
	rd_kafka_resp_err_t err = cnt == 1 ? rd_kafka_ConfigResource_error(resources[0]) : RD_KAFKA_RESP_ERR__FAIL;
	if (err) {
		zend_string *what = kafka_admin_what(op, topic);
		kafka_admin_throw(err, ZSTR_VAL(what), cnt == 1 ? rd_kafka_ConfigResource_error_string(resources[0]) : "the result names no topic");
		zend_string_release(what);
		return NULL;
	}
	return resources[0];
}

/* Reads a topic's configuration into rv (name => value, null when hidden): the settings made on
 * the topic itself, or with `all` every setting with its effective value. */
static bool kafka_admin_read_topic_config_once(kafka_admin_call *call, const char *topic, bool all, zval *rv)
{
	rd_kafka_ConfigResource_t *resource = rd_kafka_ConfigResource_new(RD_KAFKA_RESOURCE_TOPIC, topic);
	rd_kafka_event_t *ev = kafka_admin_run(call, &kafka_admin_describe_configs, resource, topic);
	rd_kafka_ConfigResource_destroy(resource);
	if (!ev) {
		return false;
	}
	const rd_kafka_ConfigResource_t *result = kafka_admin_config_resource(ev, &kafka_admin_describe_configs, topic);
	if (!result) {
		rd_kafka_event_destroy(ev);
		return false;
	}
	size_t cnt = 0;
	const rd_kafka_ConfigEntry_t **entries = rd_kafka_ConfigResource_configs(result, &cnt);
	array_init_size(rv, (uint32_t)cnt);
	for (size_t i = 0; i < cnt; i++) {
		if (!all && rd_kafka_ConfigEntry_source(entries[i]) != RD_KAFKA_CONFIG_SOURCE_DYNAMIC_TOPIC_CONFIG) {
			continue;
		}
		const char *value = rd_kafka_ConfigEntry_value(entries[i]);
		if (value) {
			add_assoc_string(rv, rd_kafka_ConfigEntry_name(entries[i]), value);
		} else {
			add_assoc_null(rv, rd_kafka_ConfigEntry_name(entries[i]));
		}
	}
	rd_kafka_event_destroy(ev);
	zend_hash_sort(Z_ARRVAL_P(rv), kafka_admin_compare_keys, false);
	return true;
}

/* kafka_admin_read_topic_config_once(), asked again when the broker asked went away. */
static bool kafka_admin_read_topic_config(kafka_admin_call *call, const char *topic, bool all, zval *rv)
{
	bool ok;
	kafka_retry retry;
	kafka_retry_start(&retry, &call->admin->client, call->deadline, NULL, 0);
	do {
		ok = kafka_admin_read_topic_config_once(call, topic, all, rv);
	} while (!ok && kafka_retry_again_after_exception(&retry));
	return ok;
}

ZEND_METHOD(Kafka_Admin, topicConfig)
{
	zend_string *name;
	bool all = false, timeout_is_null = true;
	zend_long timeout_ms = 0;
	ZEND_PARSE_PARAMETERS_START(1, 3)
		Z_PARAM_PATH_STR(name)
		Z_PARAM_OPTIONAL
		Z_PARAM_BOOL(all)
		Z_PARAM_LONG_OR_NULL(timeout_ms, timeout_is_null)
	ZEND_PARSE_PARAMETERS_END();

	kafka_admin_call call;
	if (!kafka_admin_begin(&call, ZEND_THIS, 3, timeout_ms, timeout_is_null) || !kafka_admin_check_name(1, name)
			|| !kafka_admin_read_topic_config(&call, ZSTR_VAL(name), all, return_value)) {
		RETURN_THROWS();
	}
}

/* Applies alterTopicConfig()'s changes to the topic's own settings: a value sets, null removes. */
static bool kafka_admin_merge_config(HashTable *settings, HashTable *changes, uint32_t arg_num)
{
	zend_string *key;
	zval *value;
	ZEND_HASH_FOREACH_STR_KEY_VAL(changes, key, value) {
		if (!key) {
			zend_argument_type_error(arg_num, "must be an array of config name => value, an integer key found in it");
			return false;
		}
		ZVAL_DEREF(value);
		if (Z_TYPE_P(value) == IS_NULL) {
			if (!kafka_admin_check_config_entry(arg_num, key, NULL)) {
				return false;
			}
			zend_hash_del(settings, key);
			continue;
		}
		zend_string *str = kafka_scalar_string(value);
		if (!str) {
			zend_argument_type_error(arg_num, "value of \"%s\" must be string, int, float, bool or null, %s given",
				ZSTR_VAL(key), zend_zval_type_name(value));
			return false;
		}
		if (!kafka_admin_check_config_entry(arg_num, key, str)) {
			zend_string_release(str);
			return false;
		}
		zval zstr;
		ZVAL_STR(&zstr, str);
		zend_hash_update(settings, key, &zstr);
	} ZEND_HASH_FOREACH_END();
	return true;
}

/* The complete set of the topic's own settings, as AlterConfigs wants it. A setting whose value the
 * broker hides (sensitive) cannot be sent back: refuse rather than silently reset it. */
static rd_kafka_ConfigResource_t *kafka_admin_config_resource_new(const char *topic, HashTable *settings)
{
	rd_kafka_ConfigResource_t *resource = rd_kafka_ConfigResource_new(RD_KAFKA_RESOURCE_TOPIC, topic);
	zend_string *key;
	zval *value;
	ZEND_HASH_FOREACH_STR_KEY_VAL(settings, key, value) {
		if (Z_TYPE_P(value) != IS_STRING) {
			zend_string *what = strpprintf(0, "alter the configuration of topic \"%s\"", topic);
			zend_string *reason = strpprintf(0, "the broker hides the value of \"%s\", so it could not be kept; set it in the same call", ZSTR_VAL(key));
			kafka_admin_throw(RD_KAFKA_RESP_ERR__INVALID_ARG, ZSTR_VAL(what), ZSTR_VAL(reason));
			zend_string_release(reason);
			zend_string_release(what);
			rd_kafka_ConfigResource_destroy(resource);
			return NULL;
		}
		rd_kafka_ConfigResource_set_config(resource, ZSTR_VAL(key), Z_STRVAL_P(value));
	} ZEND_HASH_FOREACH_END();
	return resource;
}

ZEND_METHOD(Kafka_Admin, alterTopicConfig)
{
	zend_string *name;
	HashTable *changes;
	zend_long timeout_ms = 0;
	bool timeout_is_null = true;
	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_PATH_STR(name)
		Z_PARAM_ARRAY_HT(changes)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG_OR_NULL(timeout_ms, timeout_is_null)
	ZEND_PARSE_PARAMETERS_END();

	kafka_admin_call call;
	zval settings;
	if (!kafka_admin_begin(&call, ZEND_THIS, 3, timeout_ms, timeout_is_null) || !kafka_admin_check_name(1, name)
			|| !kafka_admin_read_topic_config(&call, ZSTR_VAL(name), false, &settings)) {
		RETURN_THROWS();
	}
	rd_kafka_ConfigResource_t *resource = NULL;
	if (kafka_admin_merge_config(Z_ARRVAL(settings), changes, 2)) {
		resource = kafka_admin_config_resource_new(ZSTR_VAL(name), Z_ARRVAL(settings));
	}
	zval_ptr_dtor(&settings);
	if (!resource) {
		RETURN_THROWS();
	}
	rd_kafka_event_t *ev = kafka_admin_run(&call, &kafka_admin_alter_configs, resource, ZSTR_VAL(name));
	rd_kafka_ConfigResource_destroy(resource);
	if (ev) {
		kafka_admin_config_resource(ev, &kafka_admin_alter_configs, ZSTR_VAL(name));
		rd_kafka_event_destroy(ev);
	}
}

/* ---- consumer groups ---- */

static int kafka_admin_compare_group_ids(Bucket *a, Bucket *b)
{
	zval *ia = zend_hash_str_find(Z_ARRVAL(a->val), ZEND_STRL("id"));
	zval *ib = zend_hash_str_find(Z_ARRVAL(b->val), ZEND_STRL("id"));
	return zend_binary_strcmp(Z_STRVAL_P(ia), Z_STRLEN_P(ia), Z_STRVAL_P(ib), Z_STRLEN_P(ib));
}

/* Runs ListConsumerGroups and checks the errors of the brokers asked: any (a partial list is not
 * passed off as the whole), or with only_unsupported just _UNSUPPORTED_FEATURE. Returns the
 * result event to destroy, or NULL with an exception thrown. */
static rd_kafka_event_t *kafka_admin_list_groups_result_once(kafka_admin_call *call, bool only_unsupported)
{
	rd_kafka_event_t *ev = kafka_admin_run(call, &kafka_admin_list_groups, NULL, NULL);
	if (!ev) {
		return NULL;
	}
	size_t cnt = 0;
	const rd_kafka_error_t **errors = rd_kafka_ListConsumerGroups_result_errors(rd_kafka_event_ListConsumerGroups_result(ev), &cnt);
	for (size_t i = 0; i < cnt; i++) {
		rd_kafka_resp_err_t err = rd_kafka_error_code(errors[i]);
		if (!only_unsupported || err == RD_KAFKA_RESP_ERR__UNSUPPORTED_FEATURE) {
			kafka_admin_throw_failed(call, err, "list consumer groups", rd_kafka_error_string(errors[i]));
			rd_kafka_event_destroy(ev);
			return NULL;
		}
	}
	return ev;
}

/* kafka_admin_list_groups_result_once(), asked again while a broker that went away is still listed
 * or a coordinator is loading its groups. */
static rd_kafka_event_t *kafka_admin_list_groups_result(kafka_admin_call *call, bool only_unsupported)
{
	rd_kafka_event_t *ev;
	kafka_retry retry;
	kafka_retry_start(&retry, &call->admin->client, call->deadline, NULL, 0);
	do {
		ev = kafka_admin_list_groups_result_once(call, only_unsupported);
	} while (!ev && kafka_retry_again_after_exception(&retry));
	return ev;
}

ZEND_METHOD(Kafka_Admin, groups)
{
	zend_long timeout_ms = 0;
	bool timeout_is_null = true;
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG_OR_NULL(timeout_ms, timeout_is_null)
	ZEND_PARSE_PARAMETERS_END();

	kafka_admin_call call;
	if (!kafka_admin_begin(&call, ZEND_THIS, 1, timeout_ms, timeout_is_null)) {
		RETURN_THROWS();
	}
	rd_kafka_event_t *ev = kafka_admin_list_groups_result(&call, false);
	if (!ev) {
		RETURN_THROWS();
	}
	size_t cnt = 0;
	const rd_kafka_ConsumerGroupListing_t **groups = rd_kafka_ListConsumerGroups_result_valid(rd_kafka_event_ListConsumerGroups_result(ev), &cnt);
	array_init_size(return_value, (uint32_t)cnt);
	for (size_t i = 0; i < cnt; i++) {
		zval group;
		array_init_size(&group, 3);
		add_assoc_string(&group, "id", rd_kafka_ConsumerGroupListing_group_id(groups[i]));
		add_assoc_string(&group, "state", rd_kafka_consumer_group_state_name(rd_kafka_ConsumerGroupListing_state(groups[i])));
		add_assoc_bool(&group, "simple", rd_kafka_ConsumerGroupListing_is_simple_consumer_group(groups[i]));
		add_next_index_zval(return_value, &group);
	}
	rd_kafka_event_destroy(ev);
	zend_hash_sort(Z_ARRVAL_P(return_value), kafka_admin_compare_group_ids, true);
}

static void kafka_admin_add_string_or_null(zval *array, const char *key, const char *value)
{
	if (value) {
		add_assoc_string(array, key, value);
	} else {
		add_assoc_null(array, key);
	}
}

static void kafka_admin_member_array(zval *rv, const rd_kafka_MemberDescription_t *member)
{
	zval assignment;
	const rd_kafka_MemberAssignment_t *ma = rd_kafka_MemberDescription_assignment(member);
	kafka_topic_partition_list_to_array(&assignment, ma ? rd_kafka_MemberAssignment_partitions(ma) : NULL);
	array_init_size(rv, 5);
	kafka_admin_add_string_or_null(rv, "memberId", rd_kafka_MemberDescription_consumer_id(member));
	kafka_admin_add_string_or_null(rv, "groupInstanceId", rd_kafka_MemberDescription_group_instance_id(member));
	kafka_admin_add_string_or_null(rv, "clientId", rd_kafka_MemberDescription_client_id(member));
	kafka_admin_add_string_or_null(rv, "host", rd_kafka_MemberDescription_host(member));
	add_assoc_zval(rv, "assignment", &assignment);
}

static void kafka_admin_group_array(zval *rv, const rd_kafka_ConsumerGroupDescription_t *desc)
{
	zval coordinator, members;
	const rd_kafka_Node_t *node = rd_kafka_ConsumerGroupDescription_coordinator(desc);
	array_init_size(&coordinator, 3);
	add_assoc_long(&coordinator, "id", node ? rd_kafka_Node_id(node) : -1);
	add_assoc_string(&coordinator, "host", node ? rd_kafka_Node_host(node) : "");
	add_assoc_long(&coordinator, "port", node ? rd_kafka_Node_port(node) : 0);

	size_t cnt = rd_kafka_ConsumerGroupDescription_member_count(desc);
	array_init_size(&members, (uint32_t)cnt);
	for (size_t i = 0; i < cnt; i++) {
		zval member;
		kafka_admin_member_array(&member, rd_kafka_ConsumerGroupDescription_member(desc, i));
		add_next_index_zval(&members, &member);
	}
	const char *protocol = rd_kafka_ConsumerGroupDescription_partition_assignor(desc);
	array_init_size(rv, 6);
	add_assoc_string(rv, "id", rd_kafka_ConsumerGroupDescription_group_id(desc));
	add_assoc_string(rv, "state", rd_kafka_consumer_group_state_name(rd_kafka_ConsumerGroupDescription_state(desc)));
	add_assoc_string(rv, "protocol", protocol ? protocol : "");
	add_assoc_bool(rv, "simple", rd_kafka_ConsumerGroupDescription_is_simple_consumer_group(desc));
	add_assoc_zval(rv, "coordinator", &coordinator);
	add_assoc_zval(rv, "members", &members);
}

/* librdkafka 2.0.2's main thread locks up for good after DescribeConsumerGroups meets a broker
 * without DescribeGroups (the mock cluster): every later request of the handle then times out and
 * its destruction hangs. ListConsumerGroups fails cleanly there, so it is asked once first, after
 * a metadata request: with no broker known yet it would succeed without asking any. */
static bool kafka_admin_check_group_apis(kafka_admin_call *call)
{
	if (call->admin->group_apis_checked) {
		return true;
	}
	const rd_kafka_metadata_t *md = kafka_admin_metadata(call, false, NULL);
	if (!md) {
		return false;
	}
	rd_kafka_metadata_destroy(md);
	rd_kafka_event_t *ev = kafka_admin_list_groups_result(call, true);
	if (!ev) {
		return false;
	}
	rd_kafka_event_destroy(ev);
	call->admin->group_apis_checked = true;
	return true;
}

/* Describes one group into rv; throws GROUP_ID_NOT_FOUND for a group the cluster does not know. */
static bool kafka_admin_describe_group_once(kafka_admin_call *call, const char *group, zval *rv)
{
	if (!kafka_admin_check_group_apis(call)) {
		return false;
	}
	rd_kafka_event_t *ev = kafka_admin_run(call, &kafka_admin_describe_groups, (void *)group, group);
	if (!ev) {
		return false;
	}
	size_t cnt = 0;
	const rd_kafka_ConsumerGroupDescription_t **groups = rd_kafka_DescribeConsumerGroups_result_groups(
		rd_kafka_event_DescribeConsumerGroups_result(ev), &cnt);
	const rd_kafka_error_t *error = cnt == 1 ? rd_kafka_ConsumerGroupDescription_error(groups[0]) : NULL;
	zend_string *what = strpprintf(0, "describe consumer group \"%s\"", group);
	bool ok = false;
	if (cnt != 1) {
		kafka_admin_throw(RD_KAFKA_RESP_ERR__FAIL, ZSTR_VAL(what), "the result names no group");
	} else if (error) {
		kafka_admin_throw(rd_kafka_error_code(error), ZSTR_VAL(what), rd_kafka_error_string(error));
	} else if (rd_kafka_ConsumerGroupDescription_state(groups[0]) == RD_KAFKA_CONSUMER_GROUP_STATE_DEAD) {
		kafka_admin_throw(RD_KAFKA_RESP_ERR_GROUP_ID_NOT_FOUND, ZSTR_VAL(what), "the group does not exist");
	} else {
		kafka_admin_group_array(rv, groups[0]);
		ok = true;
	}
	zend_string_release(what);
	rd_kafka_event_destroy(ev);
	return ok;
}

/* kafka_admin_describe_group_once(), asked again while the group's coordinator moves. */
static bool kafka_admin_describe_group(kafka_admin_call *call, const char *group, zval *rv)
{
	bool ok;
	kafka_retry retry;
	kafka_retry_start(&retry, &call->admin->client, call->deadline, NULL, 0);
	do {
		ok = kafka_admin_describe_group_once(call, group, rv);
	} while (!ok && kafka_retry_again_after_exception(&retry));
	return ok;
}

ZEND_METHOD(Kafka_Admin, describeGroup)
{
	zend_string *group;
	zend_long timeout_ms = 0;
	bool timeout_is_null = true;
	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_PATH_STR(group)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG_OR_NULL(timeout_ms, timeout_is_null)
	ZEND_PARSE_PARAMETERS_END();

	kafka_admin_call call;
	if (!kafka_admin_begin(&call, ZEND_THIS, 2, timeout_ms, timeout_is_null) || !kafka_admin_check_name(1, group)
			|| !kafka_admin_describe_group(&call, ZSTR_VAL(group), return_value)) {
		RETURN_THROWS();
	}
}

/* The groups of a result about groups (offsets listed, altered or deleted; groups deleted). */
static const rd_kafka_group_result_t **kafka_admin_group_results(rd_kafka_event_t *ev, size_t *cnt)
{
	switch (rd_kafka_event_type(ev)) {
		case RD_KAFKA_EVENT_LISTCONSUMERGROUPOFFSETS_RESULT:
			return rd_kafka_ListConsumerGroupOffsets_result_groups(rd_kafka_event_ListConsumerGroupOffsets_result(ev), cnt);
		case RD_KAFKA_EVENT_ALTERCONSUMERGROUPOFFSETS_RESULT:
			return rd_kafka_AlterConsumerGroupOffsets_result_groups(rd_kafka_event_AlterConsumerGroupOffsets_result(ev), cnt);
		case RD_KAFKA_EVENT_DELETECONSUMERGROUPOFFSETS_RESULT:
			return rd_kafka_DeleteConsumerGroupOffsets_result_groups(rd_kafka_event_DeleteConsumerGroupOffsets_result(ev), cnt);
		case RD_KAFKA_EVENT_DELETEGROUPS_RESULT:
			return rd_kafka_DeleteGroups_result_groups(rd_kafka_event_DeleteGroups_result(ev), cnt);
		default:
			*cnt = 0;
			return NULL;
	}
}

/* What the broker's refusal of a partition means for the operation, or "". */
static const char *kafka_admin_partition_error_hint(const kafka_admin_op *op, rd_kafka_resp_err_t err)
{
	if (op == &kafka_admin_alter_group_offsets && err == RD_KAFKA_RESP_ERR_UNKNOWN_MEMBER_ID) {
		return " (the group has active members: offsets can only be reset while none of its consumers runs)";
	}
	if (op == &kafka_admin_delete_group_offsets && err == RD_KAFKA_RESP_ERR_GROUP_SUBSCRIBED_TO_TOPIC) {
		return " (the group's running consumers are subscribed to the topic: its offsets can only be deleted once they stop)";
	}
	return "";
}

/* The partitions of a ListConsumerGroupOffsets / AlterConsumerGroupOffsets result, after checking
 * the group's error and each partition's; NULL with an exception thrown otherwise. */
static const rd_kafka_topic_partition_list_t *kafka_admin_group_partitions(rd_kafka_event_t *ev, const kafka_admin_op *op, const char *group)
{
	size_t cnt = 0;
	const rd_kafka_group_result_t **groups = kafka_admin_group_results(ev, &cnt);
	const rd_kafka_error_t *error = cnt == 1 ? rd_kafka_group_result_error(groups[0]) : NULL;
	const rd_kafka_topic_partition_list_t *list = cnt == 1 && !error ? rd_kafka_group_result_partitions(groups[0]) : NULL;
	zend_string *what = kafka_admin_what(op, group);
	if (cnt != 1) {
		kafka_admin_throw(RD_KAFKA_RESP_ERR__FAIL, ZSTR_VAL(what), "the result names no group");
	} else if (error) {
		kafka_admin_throw(rd_kafka_error_code(error), ZSTR_VAL(what), rd_kafka_error_string(error));
	}
	for (int i = 0; list && i < list->cnt; i++) {
		const rd_kafka_topic_partition_t *p = &list->elems[i];
		if (p->err) {
			zend_string *reason = strpprintf(0, "%s [%" PRId32 "]: %s%s", p->topic, p->partition, rd_kafka_err2str(p->err),
				kafka_admin_partition_error_hint(op, p->err));
			kafka_admin_throw(p->err, ZSTR_VAL(what), ZSTR_VAL(reason));
			zend_string_release(reason);
			list = NULL;
		}
	}
	zend_string_release(what);
	return list;
}

/* A partition's earliest and end offsets (low and high watermarks), asked of its leader. */
static bool kafka_admin_watermarks(kafka_admin_call *call, const char *topic, int32_t partition, int64_t *low, int64_t *high)
{
	rd_kafka_resp_err_t err = kafka_watermarks_sliced(&call->admin->client, topic, partition, low, high, call->deadline);
	if (err) {
		zend_string *what = strpprintf(0, "read the offsets of %s [%" PRId32 "]", topic, partition);
		kafka_admin_throw_failed(call, err, ZSTR_VAL(what), rd_kafka_err2str(err));
		zend_string_release(what);
		return false;
	}
	return true;
}

static bool kafka_admin_lag_row(kafka_admin_call *call, const rd_kafka_topic_partition_t *p, zval *rows)
{
	int64_t low, high;
	if (!kafka_admin_watermarks(call, p->topic, p->partition, &low, &high)) {
		return false;
	}
	zval row;
	array_init_size(&row, 5);
	add_assoc_string(&row, "topic", p->topic);
	add_assoc_long(&row, "partition", p->partition);
	add_assoc_long(&row, "committed", (zend_long)p->offset);
	add_assoc_long(&row, "end", (zend_long)high);
	add_assoc_long(&row, "lag", (zend_long)(high > p->offset ? high - p->offset : 0));
	add_next_index_zval(rows, &row);
	return true;
}

/* Defined with the offset resets below. */
static rd_kafka_topic_partition_list_t *kafka_admin_committed_offsets(kafka_admin_call *call, const char *group);

ZEND_METHOD(Kafka_Admin, groupLag)
{
	zend_string *group;
	zend_long timeout_ms = 0;
	bool timeout_is_null = true;
	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_PATH_STR(group)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG_OR_NULL(timeout_ms, timeout_is_null)
	ZEND_PARSE_PARAMETERS_END();

	kafka_admin_call call;
	if (!kafka_admin_begin(&call, ZEND_THIS, 2, timeout_ms, timeout_is_null) || !kafka_admin_check_name(1, group)) {
		RETURN_THROWS();
	}
	rd_kafka_topic_partition_list_t *sorted = kafka_admin_committed_offsets(&call, ZSTR_VAL(group));
	if (!sorted) {
		RETURN_THROWS();
	}
	rd_kafka_topic_partition_list_sort(sorted, NULL, NULL); /* by topic, then partition */
	array_init_size(return_value, (uint32_t)sorted->cnt);
	for (int i = 0; i < sorted->cnt; i++) {
		if (sorted->elems[i].offset < 0) {
			continue; /* listed without a committed offset */
		}
		if (!kafka_admin_lag_row(&call, &sorted->elems[i], return_value)) {
			break;
		}
	}
	rd_kafka_topic_partition_list_destroy(sorted);
}

/* resetGroupOffsets()'s and shiftGroupOffsets()'s target. */
typedef enum {
	KAFKA_RESET_EARLIEST,
	KAFKA_RESET_LATEST,
	KAFKA_RESET_OFFSET,    /* value: the offset */
	KAFKA_RESET_TIMESTAMP, /* value: milliseconds since the epoch */
	KAFKA_RESET_SHIFT,     /* value: added to the committed offset */
} kafka_reset_kind;

/* A DateTimeInterface as milliseconds since the epoch (its format('Uv')), refused before 1970. */
static bool kafka_admin_datetime_ms(zval *datetime, int64_t *ms)
{
	zval format, rv;
	ZVAL_STRINGL(&format, "Uv", 2);
	zend_call_method_with_1_params(Z_OBJ_P(datetime), Z_OBJCE_P(datetime), NULL, "format", &rv, &format);
	zval_ptr_dtor(&format);
	if (EG(exception)) {
		zval_ptr_dtor(&rv);
		return false;
	}
	zend_long value = -1;
	bool ok = Z_TYPE(rv) == IS_STRING
		&& is_numeric_string(Z_STRVAL(rv), Z_STRLEN(rv), &value, NULL, false) == IS_LONG && value >= 0;
	zval_ptr_dtor(&rv);
	if (!ok) {
		zend_argument_value_error(3, "must be a moment from 1970 on");
		return false;
	}
	*ms = (int64_t)value;
	return true;
}

/* resetGroupOffsets()'s $to: 'earliest', 'latest', an offset >= 0 (int or numeric string), or a
 * DateTimeInterface (the first offset whose timestamp is at or after it). */
static bool kafka_admin_parse_reset_target(zval *to, kafka_reset_kind *kind, int64_t *value)
{
	zend_long offset = 0;
	if (Z_TYPE_P(to) == IS_OBJECT && instanceof_function(Z_OBJCE_P(to), php_date_get_interface_ce())) {
		*kind = KAFKA_RESET_TIMESTAMP;
		return kafka_admin_datetime_ms(to, value);
	}
	if (Z_TYPE_P(to) == IS_STRING) {
		if (zend_string_equals_literal_ci(Z_STR_P(to), "earliest")) {
			*kind = KAFKA_RESET_EARLIEST;
			return true;
		}
		if (zend_string_equals_literal_ci(Z_STR_P(to), "latest")) {
			*kind = KAFKA_RESET_LATEST;
			return true;
		}
		if (is_numeric_string(Z_STRVAL_P(to), Z_STRLEN_P(to), &offset, NULL, false) != IS_LONG) {
			zend_argument_value_error(3, "must be 'earliest', 'latest', an offset or a DateTimeInterface, \"%s\" given", Z_STRVAL_P(to));
			return false;
		}
	} else if (Z_TYPE_P(to) == IS_LONG) {
		offset = Z_LVAL_P(to);
	} else {
		zend_argument_type_error(3, "must be of type DateTimeInterface|string|int, %s given", zend_zval_type_name(to));
		return false;
	}
	if (offset < 0) {
		zend_argument_value_error(3, "must be 'earliest', 'latest', an offset >= 0 or a DateTimeInterface");
		return false;
	}
	*kind = KAFKA_RESET_OFFSET;
	*value = (int64_t)offset;
	return true;
}

/* The group's committed offsets (a copy to destroy), or NULL with an exception thrown. */
static rd_kafka_topic_partition_list_t *kafka_admin_committed_offsets_once(kafka_admin_call *call, const char *group)
{
	/* No partitions given: the broker answers with every partition the group committed to. */
	rd_kafka_ListConsumerGroupOffsets_t *request = rd_kafka_ListConsumerGroupOffsets_new(group, NULL);
	rd_kafka_event_t *ev = kafka_admin_run(call, &kafka_admin_list_group_offsets, request, group);
	rd_kafka_ListConsumerGroupOffsets_destroy(request);
	if (!ev) {
		return NULL;
	}
	const rd_kafka_topic_partition_list_t *committed = kafka_admin_group_partitions(ev, &kafka_admin_list_group_offsets, group);
	rd_kafka_topic_partition_list_t *copy = committed ? rd_kafka_topic_partition_list_copy(committed) : NULL;
	rd_kafka_event_destroy(ev);
	return copy;
}

/* kafka_admin_committed_offsets_once(), asked again while the group's coordinator moves. */
static rd_kafka_topic_partition_list_t *kafka_admin_committed_offsets(kafka_admin_call *call, const char *group)
{
	rd_kafka_topic_partition_list_t *committed;
	kafka_retry retry;
	kafka_retry_start(&retry, &call->admin->client, call->deadline, NULL, 0);
	do {
		committed = kafka_admin_committed_offsets_once(call, group);
	} while (!committed && kafka_retry_again_after_exception(&retry));
	return committed;
}

/* For a shift: each partition's committed offset (into targets' offsets); a partition without one
 * cannot be shifted, as kafka-consumer-groups says too. */
static bool kafka_admin_shift_bases(kafka_admin_call *call, const char *group, rd_kafka_topic_partition_list_t *targets)
{
	rd_kafka_topic_partition_list_t *committed = kafka_admin_committed_offsets(call, group);
	if (!committed) {
		return false;
	}
	bool ok = true;
	for (int i = 0; i < targets->cnt && ok; i++) {
		rd_kafka_topic_partition_t *p = &targets->elems[i];
		rd_kafka_topic_partition_t *c = rd_kafka_topic_partition_list_find(committed, p->topic, p->partition);
		if (!c || c->offset < 0) {
			zend_string *what = strpprintf(0, "shift the offsets of consumer group \"%s\"", group);
			zend_string *reason = strpprintf(0, "%s [%" PRId32 "] has no committed offset to shift from", p->topic, p->partition);
			kafka_admin_throw(RD_KAFKA_RESP_ERR__INVALID_ARG, ZSTR_VAL(what), ZSTR_VAL(reason));
			zend_string_release(reason);
			zend_string_release(what);
			ok = false;
		} else {
			p->offset = c->offset;
		}
	}
	rd_kafka_topic_partition_list_destroy(committed);
	return ok;
}

/* For a moment: each partition's first offset with a timestamp at or after it (into targets'
 * offsets; -1 when there is none: the end). */
static bool kafka_admin_offsets_at(kafka_admin_call *call, rd_kafka_topic_partition_list_t *targets, int64_t timestamp_ms)
{
	for (int i = 0; i < targets->cnt; i++) {
		targets->elems[i].offset = timestamp_ms;
	}
	rd_kafka_resp_err_t err = kafka_partitions_query_sliced(&call->admin->client, rd_kafka_offsets_for_times, targets, call->deadline);
	for (int i = 0; !err && i < targets->cnt; i++) {
		err = targets->elems[i].err;
	}
	if (err) {
		zend_string *what = strpprintf(0, "find the offsets at %" PRId64 " ms of topic \"%s\"", timestamp_ms, targets->elems[0].topic);
		kafka_admin_throw_failed(call, err, ZSTR_VAL(what), rd_kafka_err2str(err));
		zend_string_release(what);
		return false;
	}
	return true;
}

static int64_t kafka_admin_clamp(int64_t value, int64_t low, int64_t high)
{
	return value < low ? low : value > high ? high : value;
}

/* base + by without overflowing */
static int64_t kafka_admin_add(int64_t base, int64_t by)
{
	if (by > 0 && base > INT64_MAX - by) {
		return INT64_MAX;
	}
	if (by < 0 && base < INT64_MIN - by) {
		return INT64_MIN;
	}
	return base + by;
}

/* The new offsets of the topic's partitions (all, or `partition` when >= 0), or NULL with an exception. */
static rd_kafka_topic_partition_list_t *kafka_admin_reset_targets(kafka_admin_call *call, const char *group, const char *topic,
	zend_long partition, kafka_reset_kind kind, int64_t value)
{
	const rd_kafka_metadata_t *md;
	const rd_kafka_metadata_topic_t *t = kafka_admin_topic_metadata(call, topic, &md);
	if (!t) {
		return NULL;
	}
	rd_kafka_topic_partition_list_t *list = rd_kafka_topic_partition_list_new(t->partition_cnt);
	for (int i = 0; i < t->partition_cnt; i++) {
		if (partition < 0 || t->partitions[i].id == partition) {
			rd_kafka_topic_partition_list_add(list, topic, t->partitions[i].id);
		}
	}
	rd_kafka_metadata_destroy(md);
	if (list->cnt == 0) {
		zend_string *reason = strpprintf(0, "topic \"%s\" has no partition " ZEND_LONG_FMT, topic, partition);
		kafka_admin_throw(RD_KAFKA_RESP_ERR__UNKNOWN_PARTITION, "reset offsets", ZSTR_VAL(reason));
		zend_string_release(reason);
		rd_kafka_topic_partition_list_destroy(list);
		return NULL;
	}
	rd_kafka_topic_partition_list_sort(list, NULL, NULL);
	if ((kind == KAFKA_RESET_SHIFT && !kafka_admin_shift_bases(call, group, list))
			|| (kind == KAFKA_RESET_TIMESTAMP && !kafka_admin_offsets_at(call, list, value))) {
		rd_kafka_topic_partition_list_destroy(list);
		return NULL;
	}
	for (int i = 0; i < list->cnt; i++) {
		rd_kafka_topic_partition_t *p = &list->elems[i];
		int64_t low, high;
		if (!kafka_admin_watermarks(call, topic, p->partition, &low, &high)) {
			rd_kafka_topic_partition_list_destroy(list);
			return NULL;
		}
		/* An offset outside the partition is clamped to it, as kafka-consumer-groups does. */
		switch (kind) {
			case KAFKA_RESET_EARLIEST:
				p->offset = low;
				break;
			case KAFKA_RESET_LATEST:
				p->offset = high;
				break;
			case KAFKA_RESET_OFFSET:
				p->offset = kafka_admin_clamp(value, low, high);
				break;
			case KAFKA_RESET_TIMESTAMP: /* no message at or after the moment: the end */
				p->offset = p->offset < 0 ? high : kafka_admin_clamp(p->offset, low, high);
				break;
			case KAFKA_RESET_SHIFT:
				p->offset = kafka_admin_clamp(kafka_admin_add(p->offset, value), low, high);
				break;
		}
	}
	return list;
}

/* Commits the offsets for the group (AlterConsumerGroupOffsets) and returns them as the broker
 * acknowledged them, or NULL with an exception thrown. */
static bool kafka_admin_commit_group_offsets(kafka_admin_call *call, const char *group, rd_kafka_topic_partition_list_t *offsets, zval *rv)
{
	rd_kafka_AlterConsumerGroupOffsets_t *request = rd_kafka_AlterConsumerGroupOffsets_new(group, offsets);
	rd_kafka_event_t *ev = kafka_admin_run(call, &kafka_admin_alter_group_offsets, request, group);
	rd_kafka_AlterConsumerGroupOffsets_destroy(request);
	if (!ev) {
		return false;
	}
	const rd_kafka_topic_partition_list_t *result = kafka_admin_group_partitions(ev, &kafka_admin_alter_group_offsets, group);
	if (result) {
		kafka_topic_partition_list_to_array(rv, result);
	}
	rd_kafka_event_destroy(ev);
	return result != NULL;
}

/* What resetGroupOffsets() and shiftGroupOffsets() share once their arguments are checked. */
static void kafka_admin_reset(kafka_admin_call *call, zend_string *group, zend_string *topic, zend_long partition, bool partition_is_null,
	kafka_reset_kind kind, int64_t value, bool dry_run, zval *return_value)
{
	if (!partition_is_null && (partition < 0 || partition > INT32_MAX)) {
		zend_argument_value_error(4, "must be a partition number >= 0, or null for all partitions");
		return;
	}
	rd_kafka_topic_partition_list_t *offsets = kafka_admin_reset_targets(call, ZSTR_VAL(group), ZSTR_VAL(topic),
		partition_is_null ? -1 : partition, kind, value);
	if (!offsets) {
		return;
	}
	if (dry_run) {
		kafka_topic_partition_list_to_array(return_value, offsets);
	} else {
		kafka_admin_commit_group_offsets(call, ZSTR_VAL(group), offsets, return_value);
	}
	rd_kafka_topic_partition_list_destroy(offsets);
}

ZEND_METHOD(Kafka_Admin, resetGroupOffsets)
{
	zend_string *group, *topic;
	zval *to;
	zend_long partition = -1, timeout_ms = 0;
	bool partition_is_null = true, dry_run = false, timeout_is_null = true;
	ZEND_PARSE_PARAMETERS_START(3, 6)
		Z_PARAM_PATH_STR(group)
		Z_PARAM_PATH_STR(topic)
		Z_PARAM_ZVAL(to)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG_OR_NULL(partition, partition_is_null)
		Z_PARAM_BOOL(dry_run)
		Z_PARAM_LONG_OR_NULL(timeout_ms, timeout_is_null)
	ZEND_PARSE_PARAMETERS_END();

	kafka_admin_call call;
	kafka_reset_kind kind;
	int64_t value = 0;
	if (!kafka_admin_begin(&call, ZEND_THIS, 6, timeout_ms, timeout_is_null)
			|| !kafka_admin_check_name(1, group) || !kafka_admin_check_name(2, topic)
			|| !kafka_admin_parse_reset_target(to, &kind, &value)) {
		RETURN_THROWS();
	}
	kafka_admin_reset(&call, group, topic, partition, partition_is_null, kind, value, dry_run, return_value);
}

ZEND_METHOD(Kafka_Admin, shiftGroupOffsets)
{
	zend_string *group, *topic;
	zend_long by, partition = -1, timeout_ms = 0;
	bool partition_is_null = true, dry_run = false, timeout_is_null = true;
	ZEND_PARSE_PARAMETERS_START(3, 6)
		Z_PARAM_PATH_STR(group)
		Z_PARAM_PATH_STR(topic)
		Z_PARAM_LONG(by)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG_OR_NULL(partition, partition_is_null)
		Z_PARAM_BOOL(dry_run)
		Z_PARAM_LONG_OR_NULL(timeout_ms, timeout_is_null)
	ZEND_PARSE_PARAMETERS_END();

	kafka_admin_call call;
	if (!kafka_admin_begin(&call, ZEND_THIS, 6, timeout_ms, timeout_is_null)
			|| !kafka_admin_check_name(1, group) || !kafka_admin_check_name(2, topic)) {
		RETURN_THROWS();
	}
	kafka_admin_reset(&call, group, topic, partition, partition_is_null, KAFKA_RESET_SHIFT, (int64_t)by, dry_run, return_value);
}

/* ---- groups: DeleteGroups, DeleteConsumerGroupOffsets ---- */

ZEND_METHOD(Kafka_Admin, deleteGroup)
{
	zend_string *group;
	zend_long timeout_ms = 0;
	bool timeout_is_null = true;
	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_PATH_STR(group)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG_OR_NULL(timeout_ms, timeout_is_null)
	ZEND_PARSE_PARAMETERS_END();

	kafka_admin_call call;
	if (!kafka_admin_begin(&call, ZEND_THIS, 2, timeout_ms, timeout_is_null) || !kafka_admin_check_name(1, group)
			|| !kafka_admin_check_group_apis(&call)) {
		RETURN_THROWS();
	}
	rd_kafka_DeleteGroup_t *request = rd_kafka_DeleteGroup_new(ZSTR_VAL(group));
	rd_kafka_event_t *ev = kafka_admin_run(&call, &kafka_admin_delete_groups, request, ZSTR_VAL(group));
	rd_kafka_DeleteGroup_destroy(request);
	if (!ev) {
		RETURN_THROWS();
	}
	size_t cnt = 0;
	const rd_kafka_group_result_t **groups = kafka_admin_group_results(ev, &cnt);
	const rd_kafka_error_t *error = cnt == 1 ? rd_kafka_group_result_error(groups[0]) : NULL;
	zend_string *what = kafka_admin_what(&kafka_admin_delete_groups, ZSTR_VAL(group));
	if (cnt != 1) {
		kafka_admin_throw(RD_KAFKA_RESP_ERR__FAIL, ZSTR_VAL(what), "the result names no group");
	} else if (error) {
		rd_kafka_resp_err_t err = rd_kafka_error_code(error);
		zend_string *reason = strpprintf(0, "%s%s", rd_kafka_error_string(error), err == RD_KAFKA_RESP_ERR_NON_EMPTY_GROUP
			? " (the group has active members: it can only be deleted while none of its consumers runs)"
			: "");
		kafka_admin_throw(err, ZSTR_VAL(what), ZSTR_VAL(reason));
		zend_string_release(reason);
	}
	zend_string_release(what);
	rd_kafka_event_destroy(ev);
}

/* deleteGroupOffsets()'s partitions: a list of partition numbers of the topic. */
static rd_kafka_topic_partition_list_t *kafka_admin_partition_numbers(const char *topic, HashTable *numbers)
{
	rd_kafka_topic_partition_list_t *list = rd_kafka_topic_partition_list_new((int)zend_hash_num_elements(numbers));
	zval *item;
	ZEND_HASH_FOREACH_VAL(numbers, item) {
		ZVAL_DEREF(item);
		if (Z_TYPE_P(item) != IS_LONG) {
			zend_argument_type_error(3, "must be a list of partition numbers (int), %s found in it", zend_zval_type_name(item));
			rd_kafka_topic_partition_list_destroy(list);
			return NULL;
		}
		if (Z_LVAL_P(item) < 0 || Z_LVAL_P(item) > INT32_MAX) {
			zend_argument_value_error(3, "must be a list of partition numbers >= 0, " ZEND_LONG_FMT " found in it", Z_LVAL_P(item));
			rd_kafka_topic_partition_list_destroy(list);
			return NULL;
		}
		if (!rd_kafka_topic_partition_list_find(list, topic, (int32_t)Z_LVAL_P(item))) {
			rd_kafka_topic_partition_list_add(list, topic, (int32_t)Z_LVAL_P(item));
		}
	} ZEND_HASH_FOREACH_END();
	return list;
}

/* The partitions of `topic` the group has committed offsets for, or NULL with an exception. */
static rd_kafka_topic_partition_list_t *kafka_admin_committed_partitions_of(kafka_admin_call *call, const char *group, const char *topic)
{
	rd_kafka_topic_partition_list_t *committed = kafka_admin_committed_offsets(call, group);
	if (!committed) {
		return NULL;
	}
	rd_kafka_topic_partition_list_t *list = rd_kafka_topic_partition_list_new(committed->cnt);
	for (int i = 0; i < committed->cnt; i++) {
		if (committed->elems[i].offset >= 0 && strcmp(committed->elems[i].topic, topic) == 0) {
			rd_kafka_topic_partition_list_add(list, topic, committed->elems[i].partition);
		}
	}
	rd_kafka_topic_partition_list_destroy(committed);
	return list;
}

ZEND_METHOD(Kafka_Admin, deleteGroupOffsets)
{
	zend_string *group, *topic;
	HashTable *numbers = NULL;
	zend_long timeout_ms = 0;
	bool timeout_is_null = true;
	ZEND_PARSE_PARAMETERS_START(2, 4)
		Z_PARAM_PATH_STR(group)
		Z_PARAM_PATH_STR(topic)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT_OR_NULL(numbers)
		Z_PARAM_LONG_OR_NULL(timeout_ms, timeout_is_null)
	ZEND_PARSE_PARAMETERS_END();

	kafka_admin_call call;
	/* librdkafka 2.0.2 corrupts its state (an assertion fails later) after DeleteConsumerGroupOffsets
	 * meets a broker without it (the mock cluster): the group APIs are checked first. */
	rd_kafka_topic_partition_list_t *partitions = NULL;
	if (!kafka_admin_begin(&call, ZEND_THIS, 4, timeout_ms, timeout_is_null)
			|| !kafka_admin_check_name(1, group) || !kafka_admin_check_name(2, topic)
			|| (numbers && !(partitions = kafka_admin_partition_numbers(ZSTR_VAL(topic), numbers)))) {
		RETURN_THROWS();
	}
	if (!kafka_admin_check_group_apis(&call)
			|| (!partitions && !(partitions = kafka_admin_committed_partitions_of(&call, ZSTR_VAL(group), ZSTR_VAL(topic))))) {
		if (partitions) {
			rd_kafka_topic_partition_list_destroy(partitions);
		}
		RETURN_THROWS();
	}
	if (partitions->cnt == 0) {
		rd_kafka_topic_partition_list_destroy(partitions);
		RETURN_EMPTY_ARRAY(); /* nothing committed on the topic: nothing to delete */
	}
	rd_kafka_topic_partition_list_sort(partitions, NULL, NULL);
	rd_kafka_DeleteConsumerGroupOffsets_t *request = rd_kafka_DeleteConsumerGroupOffsets_new(ZSTR_VAL(group), partitions);
	rd_kafka_topic_partition_list_destroy(partitions);
	rd_kafka_event_t *ev = kafka_admin_run(&call, &kafka_admin_delete_group_offsets, request, ZSTR_VAL(group));
	rd_kafka_DeleteConsumerGroupOffsets_destroy(request);
	if (!ev) {
		RETURN_THROWS();
	}
	const rd_kafka_topic_partition_list_t *result = kafka_admin_group_partitions(ev, &kafka_admin_delete_group_offsets, ZSTR_VAL(group));
	if (result) {
		rd_kafka_topic_partition_list_t *sorted = rd_kafka_topic_partition_list_copy(result);
		rd_kafka_topic_partition_list_sort(sorted, NULL, NULL);
		for (int i = 0; i < sorted->cnt; i++) {
			sorted->elems[i].offset = RD_KAFKA_OFFSET_INVALID; /* no offset any more */
		}
		kafka_topic_partition_list_to_array(return_value, sorted);
		rd_kafka_topic_partition_list_destroy(sorted);
	}
	rd_kafka_event_destroy(ev);
}

/* ---- cluster and partition reads: brokers(), describeTopics(), watermarks(), topicConfigDetails() ---- */

static int kafka_admin_compare_broker_ids(Bucket *a, Bucket *b)
{
	return kafka_admin_compare_partition_ids(a, b); /* both sort by "id" */
}

ZEND_METHOD(Kafka_Admin, brokers)
{
	zend_long timeout_ms = 0;
	bool timeout_is_null = true;
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG_OR_NULL(timeout_ms, timeout_is_null)
	ZEND_PARSE_PARAMETERS_END();

	kafka_admin_call call;
	if (!kafka_admin_begin(&call, ZEND_THIS, 1, timeout_ms, timeout_is_null)) {
		RETURN_THROWS();
	}
	const rd_kafka_metadata_t *md = kafka_admin_metadata(&call, false, NULL);
	if (!md) {
		RETURN_THROWS();
	}
	array_init_size(return_value, (uint32_t)md->broker_cnt);
	for (int i = 0; i < md->broker_cnt; i++) {
		zval broker;
		array_init_size(&broker, 3);
		add_assoc_long(&broker, "id", md->brokers[i].id);
		add_assoc_string(&broker, "host", md->brokers[i].host);
		add_assoc_long(&broker, "port", md->brokers[i].port);
		add_next_index_zval(return_value, &broker);
	}
	rd_kafka_metadata_destroy(md);
	zend_hash_sort(Z_ARRVAL_P(return_value), kafka_admin_compare_broker_ids, true);
}

/* One topic of the metadata as describeTopic() returns it. */
static void kafka_admin_topic_array(zval *rv, const rd_kafka_metadata_topic_t *t)
{
	zval partitions;
	array_init_size(&partitions, (uint32_t)t->partition_cnt);
	for (int i = 0; i < t->partition_cnt; i++) {
		zval partition;
		kafka_admin_partition_array(&partition, &t->partitions[i]);
		add_next_index_zval(&partitions, &partition);
	}
	zend_hash_sort(Z_ARRVAL(partitions), kafka_admin_compare_partition_ids, true);
	array_init_size(rv, 2);
	add_assoc_string(rv, "name", t->topic);
	add_assoc_zval(rv, "partitions", &partitions);
}

static const rd_kafka_metadata_topic_t *kafka_admin_find_topic(const rd_kafka_metadata_t *md, const char *name)
{
	for (int i = 0; i < md->topic_cnt; i++) {
		if (strcmp(md->topics[i].topic, name) == 0) {
			return &md->topics[i];
		}
	}
	return NULL;
}

/* Throws for a topic describeTopics() was asked about that is missing or has an error. */
static bool kafka_admin_check_described_topic(const rd_kafka_metadata_topic_t *t, const char *name)
{
	rd_kafka_resp_err_t err = t ? t->err : RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART;
	if (!err) {
		return true;
	}
	zend_string *what = strpprintf(0, "describe topic \"%s\"", name);
	kafka_admin_throw(err, ZSTR_VAL(what), err == RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART ? "the topic does not exist" : rd_kafka_err2str(err));
	zend_string_release(what);
	return false;
}

static int kafka_admin_compare_names(Bucket *a, Bucket *b)
{
	zval *na = zend_hash_str_find(Z_ARRVAL(a->val), ZEND_STRL("name"));
	zval *nb = zend_hash_str_find(Z_ARRVAL(b->val), ZEND_STRL("name"));
	return zend_binary_strcmp(Z_STRVAL_P(na), Z_STRLEN_P(na), Z_STRVAL_P(nb), Z_STRLEN_P(nb));
}

/* describeTopics()'s $names: strings, non-empty, without NUL bytes. */
static bool kafka_admin_check_topic_names(HashTable *names)
{
	zval *item;
	ZEND_HASH_FOREACH_VAL(names, item) {
		ZVAL_DEREF(item);
		if (Z_TYPE_P(item) != IS_STRING) {
			zend_argument_type_error(1, "must be a list of topic names (string), %s found in it", zend_zval_type_name(item));
			return false;
		}
		if (Z_STRLEN_P(item) == 0 || kafka_has_nul(Z_STRVAL_P(item), Z_STRLEN_P(item))) {
			zend_argument_value_error(1, "must be a list of non-empty topic names without NUL bytes");
			return false;
		}
	} ZEND_HASH_FOREACH_END();
	return true;
}

/* describeTopics() of the named topics (checked): each must exist; each is described once. */
static bool kafka_admin_describe_named_topics(const rd_kafka_metadata_t *md, HashTable *names, zval *rv)
{
	HashTable seen;
	zend_hash_init(&seen, zend_hash_num_elements(names), NULL, NULL, 0);
	zval *item;
	bool ok = true;
	ZEND_HASH_FOREACH_VAL(names, item) {
		ZVAL_DEREF(item);
		if (zend_hash_exists(&seen, Z_STR_P(item))) {
			continue;
		}
		zend_hash_add_empty_element(&seen, Z_STR_P(item));
		const rd_kafka_metadata_topic_t *t = kafka_admin_find_topic(md, Z_STRVAL_P(item));
		if (!kafka_admin_check_described_topic(t, Z_STRVAL_P(item))) {
			ok = false;
			break;
		}
		zval topic;
		kafka_admin_topic_array(&topic, t);
		add_next_index_zval(rv, &topic);
	} ZEND_HASH_FOREACH_END();
	zend_hash_destroy(&seen);
	return ok;
}

ZEND_METHOD(Kafka_Admin, describeTopics)
{
	HashTable *names = NULL;
	bool include_internal = false, timeout_is_null = true;
	zend_long timeout_ms = 0;
	ZEND_PARSE_PARAMETERS_START(0, 3)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT_OR_NULL(names)
		Z_PARAM_BOOL(include_internal)
		Z_PARAM_LONG_OR_NULL(timeout_ms, timeout_is_null)
	ZEND_PARSE_PARAMETERS_END();

	kafka_admin_call call;
	if (!kafka_admin_begin(&call, ZEND_THIS, 3, timeout_ms, timeout_is_null) || (names && !kafka_admin_check_topic_names(names))) {
		RETURN_THROWS();
	}
	const rd_kafka_metadata_t *md = kafka_admin_metadata(&call, true, NULL);
	if (!md) {
		RETURN_THROWS();
	}
	array_init(return_value);
	bool ok = true;
	if (names) {
		ok = kafka_admin_describe_named_topics(md, names, return_value);
	} else {
		for (int i = 0; i < md->topic_cnt && ok; i++) {
			const rd_kafka_metadata_topic_t *t = &md->topics[i];
			/* A topic being deleted may still be listed with this error: it is gone. */
			if (t->err == RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART || (!include_internal && kafka_admin_is_internal_topic(t->topic))) {
				continue;
			}
			if ((ok = kafka_admin_check_described_topic(t, t->topic))) {
				zval topic;
				kafka_admin_topic_array(&topic, t);
				add_next_index_zval(return_value, &topic);
			}
		}
	}
	rd_kafka_metadata_destroy(md);
	if (!ok) {
		RETURN_THROWS();
	}
	zend_hash_sort(Z_ARRVAL_P(return_value), kafka_admin_compare_names, true);
}

ZEND_METHOD(Kafka_Admin, watermarks)
{
	zend_string *topic;
	zend_long partition, timeout_ms = 0;
	bool timeout_is_null = true;
	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_PATH_STR(topic)
		Z_PARAM_LONG(partition)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG_OR_NULL(timeout_ms, timeout_is_null)
	ZEND_PARSE_PARAMETERS_END();

	kafka_admin_call call;
	if (!kafka_admin_begin(&call, ZEND_THIS, 3, timeout_ms, timeout_is_null) || !kafka_admin_check_name(1, topic)) {
		RETURN_THROWS();
	}
	if (partition < 0 || partition > INT32_MAX) {
		zend_argument_value_error(2, "must be a partition number >= 0");
		RETURN_THROWS();
	}
	int64_t low, high;
	if (!kafka_admin_watermarks(&call, ZSTR_VAL(topic), (int32_t)partition, &low, &high)) {
		RETURN_THROWS();
	}
	array_init_size(return_value, 2);
	add_next_index_long(return_value, (zend_long)low);
	add_next_index_long(return_value, (zend_long)high);
}

/* "DYNAMIC_TOPIC_CONFIG", "DEFAULT_CONFIG", ... (the names Kafka's tools print). */
static const char *kafka_admin_config_source(const rd_kafka_ConfigEntry_t *entry)
{
	return rd_kafka_ConfigSource_name(rd_kafka_ConfigEntry_source(entry));
}

static void kafka_admin_config_entry_array(zval *rv, const rd_kafka_ConfigEntry_t *entry)
{
	zval synonyms;
	size_t cnt = 0;
	const rd_kafka_ConfigEntry_t **list = rd_kafka_ConfigEntry_synonyms(entry, &cnt);
	array_init_size(&synonyms, (uint32_t)cnt);
	for (size_t i = 0; i < cnt; i++) {
		zval synonym;
		array_init_size(&synonym, 3);
		add_assoc_string(&synonym, "name", rd_kafka_ConfigEntry_name(list[i]));
		kafka_admin_add_string_or_null(&synonym, "value", rd_kafka_ConfigEntry_value(list[i]));
		add_assoc_string(&synonym, "source", kafka_admin_config_source(list[i]));
		add_next_index_zval(&synonyms, &synonym);
	}
	array_init_size(rv, 6);
	kafka_admin_add_string_or_null(rv, "value", rd_kafka_ConfigEntry_value(entry));
	add_assoc_string(rv, "source", kafka_admin_config_source(entry));
	add_assoc_bool(rv, "sensitive", rd_kafka_ConfigEntry_is_sensitive(entry));
	add_assoc_bool(rv, "readOnly", rd_kafka_ConfigEntry_is_read_only(entry));
	add_assoc_bool(rv, "isDefault", rd_kafka_ConfigEntry_is_default(entry));
	add_assoc_zval(rv, "synonyms", &synonyms);
}

ZEND_METHOD(Kafka_Admin, topicConfigDetails)
{
	zend_string *name;
	zend_long timeout_ms = 0;
	bool timeout_is_null = true;
	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_PATH_STR(name)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG_OR_NULL(timeout_ms, timeout_is_null)
	ZEND_PARSE_PARAMETERS_END();

	kafka_admin_call call;
	if (!kafka_admin_begin(&call, ZEND_THIS, 2, timeout_ms, timeout_is_null) || !kafka_admin_check_name(1, name)) {
		RETURN_THROWS();
	}
	rd_kafka_ConfigResource_t *resource = rd_kafka_ConfigResource_new(RD_KAFKA_RESOURCE_TOPIC, ZSTR_VAL(name));
	rd_kafka_event_t *ev = kafka_admin_run(&call, &kafka_admin_describe_configs, resource, ZSTR_VAL(name));
	rd_kafka_ConfigResource_destroy(resource);
	if (!ev) {
		RETURN_THROWS();
	}
	const rd_kafka_ConfigResource_t *result = kafka_admin_config_resource(ev, &kafka_admin_describe_configs, ZSTR_VAL(name));
	if (result) {
		size_t cnt = 0;
		const rd_kafka_ConfigEntry_t **entries = rd_kafka_ConfigResource_configs(result, &cnt);
		array_init_size(return_value, (uint32_t)cnt);
		for (size_t i = 0; i < cnt; i++) {
			zval entry;
			kafka_admin_config_entry_array(&entry, entries[i]);
			add_assoc_zval(return_value, rd_kafka_ConfigEntry_name(entries[i]), &entry);
		}
		zend_hash_sort(Z_ARRVAL_P(return_value), kafka_admin_compare_keys, false);
	}
	rd_kafka_event_destroy(ev);
	if (!result) {
		RETURN_THROWS();
	}
}

/* ---- construction and close ---- */

ZEND_METHOD(Kafka_Admin, __construct)
{
	HashTable *config = NULL;
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(config)
	ZEND_PARSE_PARAMETERS_END();

	kafka_admin *a = kafka_admin_from_obj(Z_OBJ_P(ZEND_THIS));
	if (a->client.constructed) {
		zend_throw_error(NULL, "Kafka\\Admin::__construct() was already called");
		RETURN_THROWS();
	}
	rd_kafka_conf_t *conf = rd_kafka_conf_new();
	/* librdkafka (2.0.2, and still 2.4) dereferences the handle's consumer group when an answer to
	 * ListConsumerGroupOffsets says NOT_COORDINATOR (the group's coordinator moved: a broker died
	 * or came back); an admin client on a producer handle has none, and the process dies
	 * (librdkafka issue #5040). A consumer handle with a group id of its own has one; it never
	 * joins that group and commits nothing. */
	char group_id[96];
	snprintf(group_id, sizeof(group_id), "php-kafka-admin-%ld-%" PRIx64, (long)getpid(), (uint64_t)kafka_wall_ms());
	/* Looking at a topic (describeTopic, watermarks) must never create it. librdkafka caches the
	 * coordinator it found for a group until the entry has gone unused for metadata.max.age.ms
	 * (15 minutes by default), and a NOT_COORDINATOR answer does not evict it: after the
	 * coordinator moved, group reads would fail for that long. With one second, the retry of
	 * those reads (kafka_retry) finds the new coordinator. */
	if (!kafka_conf_set(conf, "allow.auto.create.topics", "false")
			|| !kafka_conf_set(conf, "group.id", group_id) || !kafka_conf_set(conf, "enable.auto.commit", "false")
			|| !kafka_conf_set(conf, "metadata.max.age.ms", "1000")
			|| !kafka_conf_apply(conf, config, KAFKA_OPT_OPERATION_TIMEOUT, &a->opts)) {
		rd_kafka_conf_destroy(conf);
		RETURN_THROWS();
	}
	kafka_client_conf_callbacks(&a->client, conf, config);
	rd_kafka_t *rk = kafka_handle_new(RD_KAFKA_CONSUMER, conf);
	if (!rk) {
		RETURN_THROWS();
	}
	kafka_client_started(&a->client, rk);
	a->client.polls_main_queue = true;
}

ZEND_METHOD(Kafka_Admin, close)
{
	ZEND_PARSE_PARAMETERS_NONE();
	kafka_admin *a = kafka_admin_from_obj(Z_OBJ_P(ZEND_THIS));
	if (!kafka_client_usable(&a->client, &a->std, KAFKA_NOT_IN_CALLBACK)) {
		RETURN_THROWS();
	}
	kafka_admin_destroy_handle(a);
}

KAFKA_CLIENT_CALLBACK_METHODS(Kafka_Admin, kafka_admin, client)

static HashTable *kafka_admin_get_gc(zend_object *obj, zval **table, int *n)
{
	zend_get_gc_buffer *buffer = zend_get_gc_buffer_create();
	kafka_client_gc(buffer, &kafka_admin_from_obj(obj)->client);
	zend_get_gc_buffer_use(buffer, table, n);
	return zend_std_get_properties(obj);
}

void kafka_register_admin(void)
{
	kafka_ce_admin = register_class_Kafka_Admin();
	kafka_ce_admin->create_object = kafka_admin_create;
	memcpy(&kafka_admin_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	kafka_admin_handlers.offset = XtOffsetOf(kafka_admin, std);
	kafka_admin_handlers.free_obj = kafka_admin_free;
	kafka_admin_handlers.get_gc = kafka_admin_get_gc;
	kafka_admin_handlers.clone_obj = NULL;
}
