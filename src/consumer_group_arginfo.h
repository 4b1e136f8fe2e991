/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 4ebe303cb8f44f969b21a6f7bd520d1aa0b8e2cd */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Kafka_ConsumerGroup___construct, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, config, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Kafka_ConsumerGroup_subscribe, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_MASK(0, topics, MAY_BE_STRING|MAY_BE_ARRAY, NULL)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Kafka_ConsumerGroup_unsubscribe, 0, 0, IS_VOID, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Kafka_ConsumerGroup_subscription, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Kafka_ConsumerGroup_onAssign, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, callback, IS_CALLABLE, 1)
ZEND_END_ARG_INFO()

#define arginfo_class_Kafka_ConsumerGroup_onRevoke arginfo_class_Kafka_ConsumerGroup_onAssign

#define arginfo_class_Kafka_ConsumerGroup_assignment arginfo_class_Kafka_ConsumerGroup_subscription

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Kafka_ConsumerGroup_consume, 0, 1, Kafka\\Message, 1)
	ZEND_ARG_TYPE_INFO(0, timeoutMs, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Kafka_ConsumerGroup_consumeBatch, 0, 2, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, max, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, timeoutMs, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Kafka_ConsumerGroup_commit, 0, 0, IS_VOID, 0)
	ZEND_ARG_OBJ_TYPE_MASK(0, offsets, Kafka\\Message, MAY_BE_ARRAY|MAY_BE_NULL, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_Kafka_ConsumerGroup_commitAsync arginfo_class_Kafka_ConsumerGroup_commit

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Kafka_ConsumerGroup_committed, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, partitions, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeoutMs, IS_LONG, 0, "10000")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Kafka_ConsumerGroup_position, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, partitions, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Kafka_ConsumerGroup_seek, 0, 1, IS_VOID, 0)
	ZEND_ARG_OBJ_INFO(0, partition, Kafka\\TopicPartition, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Kafka_ConsumerGroup_pause, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, partitions, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Kafka_ConsumerGroup_resume arginfo_class_Kafka_ConsumerGroup_pause

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Kafka_ConsumerGroup_partitions, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, topic, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeoutMs, IS_LONG, 0, "10000")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Kafka_ConsumerGroup_watermarks, 0, 2, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, topic, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, partition, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeoutMs, IS_LONG, 0, "10000")
ZEND_END_ARG_INFO()

#define arginfo_class_Kafka_ConsumerGroup_offsetsForTimes arginfo_class_Kafka_ConsumerGroup_committed

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Kafka_ConsumerGroup_lag, 0, 0, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeoutMs, IS_LONG, 0, "10000")
ZEND_END_ARG_INFO()

#define arginfo_class_Kafka_ConsumerGroup_close arginfo_class_Kafka_ConsumerGroup_unsubscribe

#define arginfo_class_Kafka_ConsumerGroup_onError arginfo_class_Kafka_ConsumerGroup_onAssign

#define arginfo_class_Kafka_ConsumerGroup_onStats arginfo_class_Kafka_ConsumerGroup_onAssign

#define arginfo_class_Kafka_ConsumerGroup_onLog arginfo_class_Kafka_ConsumerGroup_onAssign

#define arginfo_class_Kafka_ConsumerGroup_onOAuthTokenRefresh arginfo_class_Kafka_ConsumerGroup_onAssign


ZEND_METHOD(Kafka_ConsumerGroup, __construct);
ZEND_METHOD(Kafka_ConsumerGroup, subscribe);
ZEND_METHOD(Kafka_ConsumerGroup, unsubscribe);
ZEND_METHOD(Kafka_ConsumerGroup, subscription);
ZEND_METHOD(Kafka_ConsumerGroup, onAssign);
ZEND_METHOD(Kafka_ConsumerGroup, onRevoke);
ZEND_METHOD(Kafka_Consumer, assignment);
ZEND_METHOD(Kafka_Consumer, consume);
ZEND_METHOD(Kafka_Consumer, consumeBatch);
ZEND_METHOD(Kafka_Consumer, commit);
ZEND_METHOD(Kafka_Consumer, commitAsync);
ZEND_METHOD(Kafka_Consumer, committed);
ZEND_METHOD(Kafka_Consumer, position);
ZEND_METHOD(Kafka_Consumer, seek);
ZEND_METHOD(Kafka_Consumer, pause);
ZEND_METHOD(Kafka_Consumer, resume);
ZEND_METHOD(Kafka_Consumer, partitions);
ZEND_METHOD(Kafka_Consumer, watermarks);
ZEND_METHOD(Kafka_Consumer, offsetsForTimes);
ZEND_METHOD(Kafka_Consumer, lag);
ZEND_METHOD(Kafka_Consumer, close);
ZEND_METHOD(Kafka_Consumer, onError);
ZEND_METHOD(Kafka_Consumer, onStats);
ZEND_METHOD(Kafka_Consumer, onLog);
ZEND_METHOD(Kafka_Consumer, onOAuthTokenRefresh);


static const zend_function_entry class_Kafka_ConsumerGroup_methods[] = {
	ZEND_ME(Kafka_ConsumerGroup, __construct, arginfo_class_Kafka_ConsumerGroup___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_ConsumerGroup, subscribe, arginfo_class_Kafka_ConsumerGroup_subscribe, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_ConsumerGroup, unsubscribe, arginfo_class_Kafka_ConsumerGroup_unsubscribe, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_ConsumerGroup, subscription, arginfo_class_Kafka_ConsumerGroup_subscription, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_ConsumerGroup, onAssign, arginfo_class_Kafka_ConsumerGroup_onAssign, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_ConsumerGroup, onRevoke, arginfo_class_Kafka_ConsumerGroup_onRevoke, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(Kafka_Consumer, assignment, assignment, arginfo_class_Kafka_ConsumerGroup_assignment, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(Kafka_Consumer, consume, consume, arginfo_class_Kafka_ConsumerGroup_consume, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(Kafka_Consumer, consumeBatch, consumeBatch, arginfo_class_Kafka_ConsumerGroup_consumeBatch, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(Kafka_Consumer, commit, commit, arginfo_class_Kafka_ConsumerGroup_commit, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(Kafka_Consumer, commitAsync, commitAsync, arginfo_class_Kafka_ConsumerGroup_commitAsync, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(Kafka_Consumer, committed, committed, arginfo_class_Kafka_ConsumerGroup_committed, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(Kafka_Consumer, position, position, arginfo_class_Kafka_ConsumerGroup_position, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(Kafka_Consumer, seek, seek, arginfo_class_Kafka_ConsumerGroup_seek, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(Kafka_Consumer, pause, pause, arginfo_class_Kafka_ConsumerGroup_pause, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(Kafka_Consumer, resume, resume, arginfo_class_Kafka_ConsumerGroup_resume, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(Kafka_Consumer, partitions, partitions, arginfo_class_Kafka_ConsumerGroup_partitions, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(Kafka_Consumer, watermarks, watermarks, arginfo_class_Kafka_ConsumerGroup_watermarks, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(Kafka_Consumer, offsetsForTimes, offsetsForTimes, arginfo_class_Kafka_ConsumerGroup_offsetsForTimes, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(Kafka_Consumer, lag, lag, arginfo_class_Kafka_ConsumerGroup_lag, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(Kafka_Consumer, close, close, arginfo_class_Kafka_ConsumerGroup_close, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(Kafka_Consumer, onError, onError, arginfo_class_Kafka_ConsumerGroup_onError, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(Kafka_Consumer, onStats, onStats, arginfo_class_Kafka_ConsumerGroup_onStats, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(Kafka_Consumer, onLog, onLog, arginfo_class_Kafka_ConsumerGroup_onLog, ZEND_ACC_PUBLIC)
	ZEND_MALIAS(Kafka_Consumer, onOAuthTokenRefresh, onOAuthTokenRefresh, arginfo_class_Kafka_ConsumerGroup_onOAuthTokenRefresh, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Kafka_ConsumerGroup(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Kafka", "ConsumerGroup", class_Kafka_ConsumerGroup_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_NOT_SERIALIZABLE;


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "__construct", sizeof("__construct") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	return class_entry;
}
