/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 7d147b5994eb2302f141cc367697ab1a3581e740 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Kafka_Admin___construct, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, config, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Kafka_Admin_createTopic, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, name, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, partitions, IS_LONG, 0, "1")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, replicationFactor, IS_LONG, 0, "-1")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, config, IS_ARRAY, 0, "[]")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeoutMs, IS_LONG, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Kafka_Admin_deleteTopic, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, name, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeoutMs, IS_LONG, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Kafka_Admin_createPartitions, 0, 2, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, topic, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, totalCount, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeoutMs, IS_LONG, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Kafka_Admin_topics, 0, 0, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, includeInternal, _IS_BOOL, 0, "false")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeoutMs, IS_LONG, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Kafka_Admin_describeTopic, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, name, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeoutMs, IS_LONG, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Kafka_Admin_describeTopics, 0, 0, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, names, IS_ARRAY, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, includeInternal, _IS_BOOL, 0, "false")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeoutMs, IS_LONG, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Kafka_Admin_brokers, 0, 0, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeoutMs, IS_LONG, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Kafka_Admin_watermarks, 0, 2, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, topic, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, partition, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeoutMs, IS_LONG, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Kafka_Admin_topicConfig, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, name, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, includeDefaults, _IS_BOOL, 0, "false")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeoutMs, IS_LONG, 1, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_Kafka_Admin_topicConfigDetails arginfo_class_Kafka_Admin_describeTopic

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Kafka_Admin_alterTopicConfig, 0, 2, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, name, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, config, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeoutMs, IS_LONG, 1, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_Kafka_Admin_groups arginfo_class_Kafka_Admin_brokers

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Kafka_Admin_describeGroup, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, group, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeoutMs, IS_LONG, 1, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_Kafka_Admin_groupLag arginfo_class_Kafka_Admin_describeGroup

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Kafka_Admin_resetGroupOffsets, 0, 3, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, group, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, topic, IS_STRING, 0)
	ZEND_ARG_OBJ_TYPE_MASK(0, to, DateTimeInterface, MAY_BE_LONG|MAY_BE_STRING, NULL)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, partition, IS_LONG, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, dryRun, _IS_BOOL, 0, "false")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeoutMs, IS_LONG, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Kafka_Admin_shiftGroupOffsets, 0, 3, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, group, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, topic, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, by, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, partition, IS_LONG, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, dryRun, _IS_BOOL, 0, "false")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeoutMs, IS_LONG, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Kafka_Admin_deleteGroup, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, group, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeoutMs, IS_LONG, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Kafka_Admin_deleteGroupOffsets, 0, 2, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, group, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, topic, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, partitions, IS_ARRAY, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeoutMs, IS_LONG, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Kafka_Admin_close, 0, 0, IS_VOID, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Kafka_Admin_onError, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, callback, IS_CALLABLE, 1)
ZEND_END_ARG_INFO()

#define arginfo_class_Kafka_Admin_onStats arginfo_class_Kafka_Admin_onError

#define arginfo_class_Kafka_Admin_onLog arginfo_class_Kafka_Admin_onError

#define arginfo_class_Kafka_Admin_onOAuthTokenRefresh arginfo_class_Kafka_Admin_onError


ZEND_METHOD(Kafka_Admin, __construct);
ZEND_METHOD(Kafka_Admin, createTopic);
ZEND_METHOD(Kafka_Admin, deleteTopic);
ZEND_METHOD(Kafka_Admin, createPartitions);
ZEND_METHOD(Kafka_Admin, topics);
ZEND_METHOD(Kafka_Admin, describeTopic);
ZEND_METHOD(Kafka_Admin, describeTopics);
ZEND_METHOD(Kafka_Admin, brokers);
ZEND_METHOD(Kafka_Admin, watermarks);
ZEND_METHOD(Kafka_Admin, topicConfig);
ZEND_METHOD(Kafka_Admin, topicConfigDetails);
ZEND_METHOD(Kafka_Admin, alterTopicConfig);
ZEND_METHOD(Kafka_Admin, groups);
ZEND_METHOD(Kafka_Admin, describeGroup);
ZEND_METHOD(Kafka_Admin, groupLag);
ZEND_METHOD(Kafka_Admin, resetGroupOffsets);
ZEND_METHOD(Kafka_Admin, shiftGroupOffsets);
ZEND_METHOD(Kafka_Admin, deleteGroup);
ZEND_METHOD(Kafka_Admin, deleteGroupOffsets);
ZEND_METHOD(Kafka_Admin, close);
ZEND_METHOD(Kafka_Admin, onError);
ZEND_METHOD(Kafka_Admin, onStats);
ZEND_METHOD(Kafka_Admin, onLog);
ZEND_METHOD(Kafka_Admin, onOAuthTokenRefresh);


static const zend_function_entry class_Kafka_Admin_methods[] = {
	ZEND_ME(Kafka_Admin, __construct, arginfo_class_Kafka_Admin___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_Admin, createTopic, arginfo_class_Kafka_Admin_createTopic, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_Admin, deleteTopic, arginfo_class_Kafka_Admin_deleteTopic, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_Admin, createPartitions, arginfo_class_Kafka_Admin_createPartitions, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_Admin, topics, arginfo_class_Kafka_Admin_topics, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_Admin, describeTopic, arginfo_class_Kafka_Admin_describeTopic, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_Admin, describeTopics, arginfo_class_Kafka_Admin_describeTopics, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_Admin, brokers, arginfo_class_Kafka_Admin_brokers, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_Admin, watermarks, arginfo_class_Kafka_Admin_watermarks, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_Admin, topicConfig, arginfo_class_Kafka_Admin_topicConfig, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_Admin, topicConfigDetails, arginfo_class_Kafka_Admin_topicConfigDetails, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_Admin, alterTopicConfig, arginfo_class_Kafka_Admin_alterTopicConfig, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_Admin, groups, arginfo_class_Kafka_Admin_groups, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_Admin, describeGroup, arginfo_class_Kafka_Admin_describeGroup, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_Admin, groupLag, arginfo_class_Kafka_Admin_groupLag, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_Admin, resetGroupOffsets, arginfo_class_Kafka_Admin_resetGroupOffsets, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_Admin, shiftGroupOffsets, arginfo_class_Kafka_Admin_shiftGroupOffsets, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_Admin, deleteGroup, arginfo_class_Kafka_Admin_deleteGroup, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_Admin, deleteGroupOffsets, arginfo_class_Kafka_Admin_deleteGroupOffsets, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_Admin, close, arginfo_class_Kafka_Admin_close, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_Admin, onError, arginfo_class_Kafka_Admin_onError, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_Admin, onStats, arginfo_class_Kafka_Admin_onStats, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_Admin, onLog, arginfo_class_Kafka_Admin_onLog, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_Admin, onOAuthTokenRefresh, arginfo_class_Kafka_Admin_onOAuthTokenRefresh, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Kafka_Admin(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Kafka", "Admin", class_Kafka_Admin_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_NOT_SERIALIZABLE;


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "__construct", sizeof("__construct") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	return class_entry;
}
