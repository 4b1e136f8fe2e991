/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 2788a9b4082f2ead21dad4cf4cfe6fdf92da1318 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Kafka_MockCluster___construct, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, brokers, IS_LONG, 0, "1")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Kafka_MockCluster_bootstrapServers, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Kafka_MockCluster_brokerCount, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Kafka_MockCluster_createTopic, 0, 2, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, name, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, partitions, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, replicationFactor, IS_LONG, 0, "1")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Kafka_MockCluster_setBrokerDown, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, id, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Kafka_MockCluster_setBrokerUp arginfo_class_Kafka_MockCluster_setBrokerDown

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Kafka_MockCluster_setBrokerRtt, 0, 2, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, id, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, rttMs, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Kafka_MockCluster_setPartitionLeader, 0, 3, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, topic, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, partition, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, brokerId, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Kafka_MockCluster_pushRequestErrors, 0, 2, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, apiKey, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, errorCodes, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Kafka_MockCluster_clearRequestErrors, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, apiKey, IS_LONG, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(Kafka_MockCluster, __construct);
ZEND_METHOD(Kafka_MockCluster, bootstrapServers);
ZEND_METHOD(Kafka_MockCluster, brokerCount);
ZEND_METHOD(Kafka_MockCluster, createTopic);
ZEND_METHOD(Kafka_MockCluster, setBrokerDown);
ZEND_METHOD(Kafka_MockCluster, setBrokerUp);
ZEND_METHOD(Kafka_MockCluster, setBrokerRtt);
ZEND_METHOD(Kafka_MockCluster, setPartitionLeader);
ZEND_METHOD(Kafka_MockCluster, pushRequestErrors);
ZEND_METHOD(Kafka_MockCluster, clearRequestErrors);


static const zend_function_entry class_Kafka_MockCluster_methods[] = {
	ZEND_ME(Kafka_MockCluster, __construct, arginfo_class_Kafka_MockCluster___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_MockCluster, bootstrapServers, arginfo_class_Kafka_MockCluster_bootstrapServers, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_MockCluster, brokerCount, arginfo_class_Kafka_MockCluster_brokerCount, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_MockCluster, createTopic, arginfo_class_Kafka_MockCluster_createTopic, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_MockCluster, setBrokerDown, arginfo_class_Kafka_MockCluster_setBrokerDown, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_MockCluster, setBrokerUp, arginfo_class_Kafka_MockCluster_setBrokerUp, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_MockCluster, setBrokerRtt, arginfo_class_Kafka_MockCluster_setBrokerRtt, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_MockCluster, setPartitionLeader, arginfo_class_Kafka_MockCluster_setPartitionLeader, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_MockCluster, pushRequestErrors, arginfo_class_Kafka_MockCluster_pushRequestErrors, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_MockCluster, clearRequestErrors, arginfo_class_Kafka_MockCluster_clearRequestErrors, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Kafka_MockCluster(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Kafka", "MockCluster", class_Kafka_MockCluster_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NOT_SERIALIZABLE;

	zval const_API_PRODUCE_value;
	ZVAL_LONG(&const_API_PRODUCE_value, 0);
	zend_string *const_API_PRODUCE_name = zend_string_init_interned("API_PRODUCE", sizeof("API_PRODUCE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_API_PRODUCE_name, &const_API_PRODUCE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_API_PRODUCE_name);

	zval const_API_FETCH_value;
	ZVAL_LONG(&const_API_FETCH_value, 1);
	zend_string *const_API_FETCH_name = zend_string_init_interned("API_FETCH", sizeof("API_FETCH") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_API_FETCH_name, &const_API_FETCH_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_API_FETCH_name);

	zval const_API_LIST_OFFSETS_value;
	ZVAL_LONG(&const_API_LIST_OFFSETS_value, 2);
	zend_string *const_API_LIST_OFFSETS_name = zend_string_init_interned("API_LIST_OFFSETS", sizeof("API_LIST_OFFSETS") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_API_LIST_OFFSETS_name, &const_API_LIST_OFFSETS_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_API_LIST_OFFSETS_name);

	zval const_API_METADATA_value;
	ZVAL_LONG(&const_API_METADATA_value, 3);
	zend_string *const_API_METADATA_name = zend_string_init_interned("API_METADATA", sizeof("API_METADATA") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_API_METADATA_name, &const_API_METADATA_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_API_METADATA_name);

	zval const_API_OFFSET_COMMIT_value;
	ZVAL_LONG(&const_API_OFFSET_COMMIT_value, 8);
	zend_string *const_API_OFFSET_COMMIT_name = zend_string_init_interned("API_OFFSET_COMMIT", sizeof("API_OFFSET_COMMIT") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_API_OFFSET_COMMIT_name, &const_API_OFFSET_COMMIT_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_API_OFFSET_COMMIT_name);

	zval const_API_OFFSET_FETCH_value;
	ZVAL_LONG(&const_API_OFFSET_FETCH_value, 9);
	zend_string *const_API_OFFSET_FETCH_name = zend_string_init_interned("API_OFFSET_FETCH", sizeof("API_OFFSET_FETCH") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_API_OFFSET_FETCH_name, &const_API_OFFSET_FETCH_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_API_OFFSET_FETCH_name);

	zval const_API_FIND_COORDINATOR_value;
	ZVAL_LONG(&const_API_FIND_COORDINATOR_value, 10);
	zend_string *const_API_FIND_COORDINATOR_name = zend_string_init_interned("API_FIND_COORDINATOR", sizeof("API_FIND_COORDINATOR") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_API_FIND_COORDINATOR_name, &const_API_FIND_COORDINATOR_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_API_FIND_COORDINATOR_name);

	zval const_API_JOIN_GROUP_value;
	ZVAL_LONG(&const_API_JOIN_GROUP_value, 11);
	zend_string *const_API_JOIN_GROUP_name = zend_string_init_interned("API_JOIN_GROUP", sizeof("API_JOIN_GROUP") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_API_JOIN_GROUP_name, &const_API_JOIN_GROUP_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_API_JOIN_GROUP_name);

	zval const_API_HEARTBEAT_value;
	ZVAL_LONG(&const_API_HEARTBEAT_value, 12);
	zend_string *const_API_HEARTBEAT_name = zend_string_init_interned("API_HEARTBEAT", sizeof("API_HEARTBEAT") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_API_HEARTBEAT_name, &const_API_HEARTBEAT_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_API_HEARTBEAT_name);

	zval const_API_LEAVE_GROUP_value;
	ZVAL_LONG(&const_API_LEAVE_GROUP_value, 13);
	zend_string *const_API_LEAVE_GROUP_name = zend_string_init_interned("API_LEAVE_GROUP", sizeof("API_LEAVE_GROUP") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_API_LEAVE_GROUP_name, &const_API_LEAVE_GROUP_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_API_LEAVE_GROUP_name);

	zval const_API_SYNC_GROUP_value;
	ZVAL_LONG(&const_API_SYNC_GROUP_value, 14);
	zend_string *const_API_SYNC_GROUP_name = zend_string_init_interned("API_SYNC_GROUP", sizeof("API_SYNC_GROUP") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_API_SYNC_GROUP_name, &const_API_SYNC_GROUP_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_API_SYNC_GROUP_name);

	zval const_API_INIT_PRODUCER_ID_value;
	ZVAL_LONG(&const_API_INIT_PRODUCER_ID_value, 22);
	zend_string *const_API_INIT_PRODUCER_ID_name = zend_string_init_interned("API_INIT_PRODUCER_ID", sizeof("API_INIT_PRODUCER_ID") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_API_INIT_PRODUCER_ID_name, &const_API_INIT_PRODUCER_ID_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_API_INIT_PRODUCER_ID_name);

	zval const_API_ADD_PARTITIONS_TO_TXN_value;
	ZVAL_LONG(&const_API_ADD_PARTITIONS_TO_TXN_value, 24);
	zend_string *const_API_ADD_PARTITIONS_TO_TXN_name = zend_string_init_interned("API_ADD_PARTITIONS_TO_TXN", sizeof("API_ADD_PARTITIONS_TO_TXN") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_API_ADD_PARTITIONS_TO_TXN_name, &const_API_ADD_PARTITIONS_TO_TXN_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_API_ADD_PARTITIONS_TO_TXN_name);

	zval const_API_END_TXN_value;
	ZVAL_LONG(&const_API_END_TXN_value, 26);
	zend_string *const_API_END_TXN_name = zend_string_init_interned("API_END_TXN", sizeof("API_END_TXN") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_API_END_TXN_name, &const_API_END_TXN_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_API_END_TXN_name);

	return class_entry;
}
