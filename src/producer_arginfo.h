/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 753fe83af6867a0a7a66ddbbaea3c2da90874e74 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Kafka_Producer___construct, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, config, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Kafka_Producer_persistent, 0, 2, Kafka\\Producer, 0)
	ZEND_ARG_TYPE_INFO(0, name, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, config, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Kafka_Producer_send, 0, 2, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, topic, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, payload, IS_STRING, 1)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, key, IS_STRING, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, headers, IS_ARRAY, 0, "[]")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, partition, IS_LONG, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timestampMs, IS_LONG, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Kafka_Producer_sendAndWait, 0, 2, Kafka\\Message, 0)
	ZEND_ARG_TYPE_INFO(0, topic, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, payload, IS_STRING, 1)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, key, IS_STRING, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, headers, IS_ARRAY, 0, "[]")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, partition, IS_LONG, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timestampMs, IS_LONG, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeoutMs, IS_LONG, 0, "10000")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Kafka_Producer_flush, 0, 0, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeoutMs, IS_LONG, 0, "10000")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Kafka_Producer_poll, 0, 0, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeoutMs, IS_LONG, 0, "0")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Kafka_Producer_onDelivery, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, callback, IS_CALLABLE, 1)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Kafka_Producer_pending, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Kafka_Producer_close arginfo_class_Kafka_Producer_flush

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Kafka_Producer_initTransactions, 0, 0, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeoutMs, IS_LONG, 0, "30000")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Kafka_Producer_beginTransaction, 0, 0, IS_VOID, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Kafka_Producer_commitTransaction arginfo_class_Kafka_Producer_initTransactions

#define arginfo_class_Kafka_Producer_abortTransaction arginfo_class_Kafka_Producer_initTransactions

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Kafka_Producer_sendOffsetsToTransaction, 0, 1, IS_VOID, 0)
	ZEND_ARG_OBJ_INFO(0, group, Kafka\\ConsumerGroup, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, offsets, IS_ARRAY, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeoutMs, IS_LONG, 0, "30000")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Kafka_Producer_transaction, 0, 1, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, fn, IS_CALLABLE, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timeoutMs, IS_LONG, 0, "30000")
ZEND_END_ARG_INFO()

#define arginfo_class_Kafka_Producer_onError arginfo_class_Kafka_Producer_onDelivery

#define arginfo_class_Kafka_Producer_onStats arginfo_class_Kafka_Producer_onDelivery

#define arginfo_class_Kafka_Producer_onLog arginfo_class_Kafka_Producer_onDelivery

#define arginfo_class_Kafka_Producer_onOAuthTokenRefresh arginfo_class_Kafka_Producer_onDelivery


ZEND_METHOD(Kafka_Producer, __construct);
ZEND_METHOD(Kafka_Producer, persistent);
ZEND_METHOD(Kafka_Producer, send);
ZEND_METHOD(Kafka_Producer, sendAndWait);
ZEND_METHOD(Kafka_Producer, flush);
ZEND_METHOD(Kafka_Producer, poll);
ZEND_METHOD(Kafka_Producer, onDelivery);
ZEND_METHOD(Kafka_Producer, pending);
ZEND_METHOD(Kafka_Producer, close);
ZEND_METHOD(Kafka_Producer, initTransactions);
ZEND_METHOD(Kafka_Producer, beginTransaction);
ZEND_METHOD(Kafka_Producer, commitTransaction);
ZEND_METHOD(Kafka_Producer, abortTransaction);
ZEND_METHOD(Kafka_Producer, sendOffsetsToTransaction);
ZEND_METHOD(Kafka_Producer, transaction);
ZEND_METHOD(Kafka_Producer, onError);
ZEND_METHOD(Kafka_Producer, onStats);
ZEND_METHOD(Kafka_Producer, onLog);
ZEND_METHOD(Kafka_Producer, onOAuthTokenRefresh);


static const zend_function_entry class_Kafka_Producer_methods[] = {
	ZEND_ME(Kafka_Producer, __construct, arginfo_class_Kafka_Producer___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_Producer, persistent, arginfo_class_Kafka_Producer_persistent, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Kafka_Producer, send, arginfo_class_Kafka_Producer_send, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_Producer, sendAndWait, arginfo_class_Kafka_Producer_sendAndWait, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_Producer, flush, arginfo_class_Kafka_Producer_flush, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_Producer, poll, arginfo_class_Kafka_Producer_poll, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_Producer, onDelivery, arginfo_class_Kafka_Producer_onDelivery, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_Producer, pending, arginfo_class_Kafka_Producer_pending, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_Producer, close, arginfo_class_Kafka_Producer_close, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_Producer, initTransactions, arginfo_class_Kafka_Producer_initTransactions, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_Producer, beginTransaction, arginfo_class_Kafka_Producer_beginTransaction, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_Producer, commitTransaction, arginfo_class_Kafka_Producer_commitTransaction, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_Producer, abortTransaction, arginfo_class_Kafka_Producer_abortTransaction, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_Producer, sendOffsetsToTransaction, arginfo_class_Kafka_Producer_sendOffsetsToTransaction, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_Producer, transaction, arginfo_class_Kafka_Producer_transaction, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_Producer, onError, arginfo_class_Kafka_Producer_onError, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_Producer, onStats, arginfo_class_Kafka_Producer_onStats, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_Producer, onLog, arginfo_class_Kafka_Producer_onLog, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_Producer, onOAuthTokenRefresh, arginfo_class_Kafka_Producer_onOAuthTokenRefresh, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Kafka_Producer(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Kafka", "Producer", class_Kafka_Producer_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_NOT_SERIALIZABLE;


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "__construct", sizeof("__construct") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "persistent", sizeof("persistent") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	return class_entry;
}
