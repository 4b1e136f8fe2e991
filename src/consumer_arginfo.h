/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 1fd9586ba30325f94c89866c850dcdfad3b1e344 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Kafka_Consumer___construct, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, config, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Kafka_Consumer_assign, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, partitions, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Kafka_Consumer_assignment, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Kafka_Consumer_consume, 0, 1, Kafka\\Message, 1)
	ZEND_ARG_TYPE_INFO(0, timeoutMs, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Kafka_Consumer_consumeBatch, 0, 2, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, max, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, timeoutMs, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Kafka_Consumer_commit, 0, 0, IS_VOID, 0)
	ZEND_ARG_OBJ_TYPE_MASK(0, offsets, Kafka\\Message, MAY_BE_ARRAY|MAY_BE_NULL, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_Kafka_Consumer_commitAsync arginfo_class_Kafka_Consumer_commit

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Kafka_Consumer_committed, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, partitions, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeoutMs, IS_LONG, 0, "10000")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Kafka_Consumer_position, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, partitions, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Kafka_Consumer_seek, 0, 1, IS_VOID, 0)
	ZEND_ARG_OBJ_INFO(0, partition, Kafka\\TopicPartition, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Kafka_Consumer_pause arginfo_class_Kafka_Consumer_assign

#define arginfo_class_Kafka_Consumer_resume arginfo_class_Kafka_Consumer_assign

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Kafka_Consumer_partitions, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, topic, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeoutMs, IS_LONG, 0, "10000")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Kafka_Consumer_watermarks, 0, 2, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, topic, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, partition, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeoutMs, IS_LONG, 0, "10000")
ZEND_END_ARG_INFO()

#define arginfo_class_Kafka_Consumer_offsetsForTimes arginfo_class_Kafka_Consumer_committed

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Kafka_Consumer_lag, 0, 0, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeoutMs, IS_LONG, 0, "10000")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Kafka_Consumer_close, 0, 0, IS_VOID, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Kafka_Consumer_onError, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, callback, IS_CALLABLE, 1)
ZEND_END_ARG_INFO()

#define arginfo_class_Kafka_Consumer_onStats arginfo_class_Kafka_Consumer_onError

#define arginfo_class_Kafka_Consumer_onLog arginfo_class_Kafka_Consumer_onError

#define arginfo_class_Kafka_Consumer_onOAuthTokenRefresh arginfo_class_Kafka_Consumer_onError


ZEND_METHOD(Kafka_Consumer, __construct);
ZEND_METHOD(Kafka_Consumer, assign);
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


static const zend_function_entry class_Kafka_Consumer_methods[] = {
	ZEND_ME(Kafka_Consumer, __construct, arginfo_class_Kafka_Consumer___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_Consumer, assign, arginfo_class_Kafka_Consumer_assign, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_Consumer, assignment, arginfo_class_Kafka_Consumer_assignment, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_Consumer, consume, arginfo_class_Kafka_Consumer_consume, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_Consumer, consumeBatch, arginfo_class_Kafka_Consumer_consumeBatch, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_Consumer, commit, arginfo_class_Kafka_Consumer_commit, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_Consumer, commitAsync, arginfo_class_Kafka_Consumer_commitAsync, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_Consumer, committed, arginfo_class_Kafka_Consumer_committed, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_Consumer, position, arginfo_class_Kafka_Consumer_position, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_Consumer, seek, arginfo_class_Kafka_Consumer_seek, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_Consumer, pause, arginfo_class_Kafka_Consumer_pause, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_Consumer, resume, arginfo_class_Kafka_Consumer_resume, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_Consumer, partitions, arginfo_class_Kafka_Consumer_partitions, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_Consumer, watermarks, arginfo_class_Kafka_Consumer_watermarks, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_Consumer, offsetsForTimes, arginfo_class_Kafka_Consumer_offsetsForTimes, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_Consumer, lag, arginfo_class_Kafka_Consumer_lag, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_Consumer, close, arginfo_class_Kafka_Consumer_close, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_Consumer, onError, arginfo_class_Kafka_Consumer_onError, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_Consumer, onStats, arginfo_class_Kafka_Consumer_onStats, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_Consumer, onLog, arginfo_class_Kafka_Consumer_onLog, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_Consumer, onOAuthTokenRefresh, arginfo_class_Kafka_Consumer_onOAuthTokenRefresh, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Kafka_Consumer(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Kafka", "Consumer", class_Kafka_Consumer_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_NOT_SERIALIZABLE;


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "__construct", sizeof("__construct") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	return class_entry;
}
