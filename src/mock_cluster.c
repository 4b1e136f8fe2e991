/* Kafka\MockCluster: librdkafka's embedded mock cluster, for demos and fault-injection tests. */
#include "php_kafka.h"
#include "zend_exceptions.h"
#include <librdkafka/rdkafka_mock.h>
#include "mock_cluster_arginfo.h"

zend_class_entry *kafka_ce_mock_cluster;
static zend_object_handlers kafka_mock_cluster_handlers;

typedef struct {
	rd_kafka_t *rk; /* the mock cluster runs on behalf of a handle of its own */
	rd_kafka_mock_cluster_t *mcluster;
	int brokers;
	uint32_t fork_generation;
	zend_object std;
} kafka_mock_cluster;

static inline kafka_mock_cluster *kafka_mock_cluster_from_obj(zend_object *obj)
{
	return (kafka_mock_cluster *)((char *)obj - XtOffsetOf(kafka_mock_cluster, std));
}

static zend_object *kafka_mock_cluster_create(zend_class_entry *ce)
{
	kafka_mock_cluster *mc = zend_object_alloc(sizeof(kafka_mock_cluster), ce);
	zend_object_std_init(&mc->std, ce);
	object_properties_init(&mc->std, ce);
	mc->std.handlers = &kafka_mock_cluster_handlers;
	mc->fork_generation = kafka_fork_generation;
	return &mc->std;
}

static void kafka_mock_cluster_free(zend_object *obj)
{
	kafka_mock_cluster *mc = kafka_mock_cluster_from_obj(obj);
	/* In a forked child the cluster's threads do not exist: joining them would hang. */
	if (mc->rk && mc->fork_generation == kafka_fork_generation) {
		rd_kafka_mock_cluster_destroy(mc->mcluster);
		rd_kafka_destroy(mc->rk);
	}
	zend_object_std_dtor(obj);
}

/* The cluster of $this, or NULL with an exception thrown. */
static kafka_mock_cluster *kafka_mock_cluster_usable(zval *this_zv)
{
	kafka_mock_cluster *mc = kafka_mock_cluster_from_obj(Z_OBJ_P(this_zv));
	if (!mc->rk) {
		zend_throw_error(NULL, "Kafka\\MockCluster has not been constructed: Kafka\\MockCluster::__construct() was never called");
		return NULL;
	}
	if (mc->fork_generation != kafka_fork_generation) {
		kafka_throw(kafka_ce_exception, RD_KAFKA_RESP_ERR__STATE,
			"This Kafka\\MockCluster was created before fork() and cannot be used in the child process; create a new one in the child");
		return NULL;
	}
	/* Nothing else serves the cluster handle's main queue: whatever librdkafka put there must not pile up. */
	rd_kafka_poll(mc->rk, 0);
	return mc;
}

static bool kafka_mock_cluster_check_broker(kafka_mock_cluster *mc, uint32_t arg_num, zend_long id)
{
	if (id < 1 || id > mc->brokers) {
		zend_argument_value_error(arg_num, "must be a broker id between 1 and %d", mc->brokers);
		return false;
	}
	return true;
}

static bool kafka_mock_cluster_check_err(rd_kafka_resp_err_t err, const char *what)
{
	if (err) {
		kafka_throw(kafka_ce_exception, err, "%s: %s", what, rd_kafka_err2str(err));
		return false;
	}
	return true;
}

ZEND_METHOD(Kafka_MockCluster, __construct)
{
	zend_long brokers = 1;
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(brokers)
	ZEND_PARSE_PARAMETERS_END();

	kafka_mock_cluster *mc = kafka_mock_cluster_from_obj(Z_OBJ_P(ZEND_THIS));
	if (mc->rk) {
		zend_throw_error(NULL, "Kafka\\MockCluster::__construct() was already called");
		RETURN_THROWS();
	}
	if (brokers < 1 || brokers > 64) {
		zend_argument_value_error(1, "must be between 1 and 64");
		RETURN_THROWS();
	}

	rd_kafka_conf_t *conf = rd_kafka_conf_new();
	rd_kafka_conf_set_log_cb(conf, NULL); /* the cluster's own handle stays silent */
	char errstr[512];
	rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof(errstr)); /* it needs no brokers */
	if (!rk) {
		rd_kafka_conf_destroy(conf);
		kafka_throw(kafka_ce_exception, RD_KAFKA_RESP_ERR__FAIL, "Could not start the mock cluster: %s", errstr);
		RETURN_THROWS();
	}
	rd_kafka_mock_cluster_t *mcluster = rd_kafka_mock_cluster_new(rk, (int)brokers);
	if (!mcluster) {
		rd_kafka_destroy(rk);
		kafka_throw(kafka_ce_exception, RD_KAFKA_RESP_ERR__FAIL, "Could not start the mock cluster");
		RETURN_THROWS();
	}
	mc->rk = rk;
	mc->mcluster = mcluster;
	mc->brokers = (int)brokers;
}

ZEND_METHOD(Kafka_MockCluster, bootstrapServers)
{
	ZEND_PARSE_PARAMETERS_NONE();
	kafka_mock_cluster *mc = kafka_mock_cluster_usable(ZEND_THIS);
	if (!mc) {
		RETURN_THROWS();
	}
	RETURN_STRING(rd_kafka_mock_cluster_bootstraps(mc->mcluster));
}

ZEND_METHOD(Kafka_MockCluster, brokerCount)
{
	ZEND_PARSE_PARAMETERS_NONE();
	kafka_mock_cluster *mc = kafka_mock_cluster_usable(ZEND_THIS);
	if (!mc) {
		RETURN_THROWS();
	}
	RETURN_LONG(mc->brokers);
}

ZEND_METHOD(Kafka_MockCluster, createTopic)
{
	zend_string *name;
	zend_long partitions, replication = 1;
	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_PATH_STR(name)
		Z_PARAM_LONG(partitions)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(replication)
	ZEND_PARSE_PARAMETERS_END();

	kafka_mock_cluster *mc = kafka_mock_cluster_usable(ZEND_THIS);
	if (!mc) {
		RETURN_THROWS();
	}
	if (ZSTR_LEN(name) == 0) {
		zend_argument_value_error(1, "must not be empty");
		RETURN_THROWS();
	}
	if (partitions < 1 || partitions > 100000) {
		zend_argument_value_error(2, "must be between 1 and 100000");
		RETURN_THROWS();
	}
	if (replication < 1 || replication > mc->brokers) {
		zend_argument_value_error(3, "must be between 1 and the number of brokers (%d)", mc->brokers);
		RETURN_THROWS();
	}
	rd_kafka_resp_err_t err = rd_kafka_mock_topic_create(mc->mcluster, ZSTR_VAL(name), (int)partitions, (int)replication);
	kafka_mock_cluster_check_err(err, "Could not create the topic");
}

/* setBrokerDown/setBrokerUp share everything but the call. */
static void kafka_mock_cluster_broker_state(INTERNAL_FUNCTION_PARAMETERS, bool up)
{
	zend_long id;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(id)
	ZEND_PARSE_PARAMETERS_END();

	kafka_mock_cluster *mc = kafka_mock_cluster_usable(ZEND_THIS);
	if (!mc || !kafka_mock_cluster_check_broker(mc, 1, id)) {
		RETURN_THROWS();
	}
	rd_kafka_resp_err_t err = up
		? rd_kafka_mock_broker_set_up(mc->mcluster, (int32_t)id)
		: rd_kafka_mock_broker_set_down(mc->mcluster, (int32_t)id);
	kafka_mock_cluster_check_err(err, up ? "Could not bring the broker up" : "Could not take the broker down");
}

ZEND_METHOD(Kafka_MockCluster, setBrokerDown)
{
	kafka_mock_cluster_broker_state(INTERNAL_FUNCTION_PARAM_PASSTHRU, false);
}

ZEND_METHOD(Kafka_MockCluster, setBrokerUp)
{
	kafka_mock_cluster_broker_state(INTERNAL_FUNCTION_PARAM_PASSTHRU, true);
}

ZEND_METHOD(Kafka_MockCluster, setBrokerRtt)
{
	zend_long id, rtt;
	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_LONG(id)
		Z_PARAM_LONG(rtt)
	ZEND_PARSE_PARAMETERS_END();

	kafka_mock_cluster *mc = kafka_mock_cluster_usable(ZEND_THIS);
	if (!mc || !kafka_mock_cluster_check_broker(mc, 1, id)) {
		RETURN_THROWS();
	}
	if (rtt < 0 || rtt > INT_MAX) {
		zend_argument_value_error(2, "must be 0 or more milliseconds");
		RETURN_THROWS();
	}
	kafka_mock_cluster_check_err(rd_kafka_mock_broker_set_rtt(mc->mcluster, (int32_t)id, (int)rtt), "Could not set the broker's round-trip time");
}

ZEND_METHOD(Kafka_MockCluster, setPartitionLeader)
{
	zend_string *topic;
	zend_long partition, id;
	ZEND_PARSE_PARAMETERS_START(3, 3)
		Z_PARAM_PATH_STR(topic)
		Z_PARAM_LONG(partition)
		Z_PARAM_LONG(id)
	ZEND_PARSE_PARAMETERS_END();

	kafka_mock_cluster *mc = kafka_mock_cluster_usable(ZEND_THIS);
	if (!mc || !kafka_mock_cluster_check_broker(mc, 3, id)) {
		RETURN_THROWS();
	}
	if (partition < 0 || partition > INT32_MAX) {
		zend_argument_value_error(2, "must be a partition number");
		RETURN_THROWS();
	}
	rd_kafka_resp_err_t err = rd_kafka_mock_partition_set_leader(mc->mcluster, ZSTR_VAL(topic), (int32_t)partition, (int32_t)id);
	kafka_mock_cluster_check_err(err, "Could not set the partition leader");
}

static bool kafka_mock_cluster_api_key(uint32_t arg_num, zend_long api_key)
{
	if (api_key < 0 || api_key > INT16_MAX) {
		zend_argument_value_error(arg_num, "must be a Kafka API key (MockCluster::API_*)");
		return false;
	}
	return true;
}

ZEND_METHOD(Kafka_MockCluster, pushRequestErrors)
{
	zend_long api_key;
	HashTable *codes;
	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_LONG(api_key)
		Z_PARAM_ARRAY_HT(codes)
	ZEND_PARSE_PARAMETERS_END();

	kafka_mock_cluster *mc = kafka_mock_cluster_usable(ZEND_THIS);
	if (!mc || !kafka_mock_cluster_api_key(1, api_key)) {
		RETURN_THROWS();
	}
	uint32_t count = zend_hash_num_elements(codes);
	if (count == 0) {
		return;
	}
	rd_kafka_resp_err_t *errors = safe_emalloc(count, sizeof(*errors), 0);
	uint32_t i = 0;
	zval *code;
	ZEND_HASH_FOREACH_VAL(codes, code) {
		ZVAL_DEREF(code);
		if (Z_TYPE_P(code) != IS_LONG) {
			efree(errors);
			zend_argument_type_error(2, "must be a list of int error codes, %s found in it", zend_zval_type_name(code));
			RETURN_THROWS();
		}
		errors[i++] = (rd_kafka_resp_err_t)Z_LVAL_P(code);
	} ZEND_HASH_FOREACH_END();
	rd_kafka_mock_push_request_errors_array(mc->mcluster, (int16_t)api_key, count, errors);
	efree(errors);
}

ZEND_METHOD(Kafka_MockCluster, clearRequestErrors)
{
	zend_long api_key;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(api_key)
	ZEND_PARSE_PARAMETERS_END();

	kafka_mock_cluster *mc = kafka_mock_cluster_usable(ZEND_THIS);
	if (!mc || !kafka_mock_cluster_api_key(1, api_key)) {
		RETURN_THROWS();
	}
	rd_kafka_mock_clear_request_errors(mc->mcluster, (int16_t)api_key);
}

void kafka_register_mock_cluster(void)
{
	kafka_ce_mock_cluster = register_class_Kafka_MockCluster();
	kafka_ce_mock_cluster->create_object = kafka_mock_cluster_create;
	memcpy(&kafka_mock_cluster_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	kafka_mock_cluster_handlers.offset = XtOffsetOf(kafka_mock_cluster, std);
	kafka_mock_cluster_handlers.free_obj = kafka_mock_cluster_free;
	kafka_mock_cluster_handlers.clone_obj = NULL;
}
