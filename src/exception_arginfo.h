/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 36097e8a83094ba2af9b750f60390a5668e8178c */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Kafka_Exception_isRetriable, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Kafka_Exception_isFatal arginfo_class_Kafka_Exception_isRetriable

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Kafka_Exception_errorName, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Kafka_DeliveryException_failedMessages, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Kafka_DeliveryException_errors arginfo_class_Kafka_DeliveryException_failedMessages

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Kafka_DeliveryException_failedCount, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Kafka_TimeoutException_inFlight arginfo_class_Kafka_DeliveryException_failedCount

#define arginfo_class_Kafka_TransactionException_requiresAbort arginfo_class_Kafka_Exception_isRetriable


ZEND_METHOD(Kafka_Exception, isRetriable);
ZEND_METHOD(Kafka_Exception, isFatal);
ZEND_METHOD(Kafka_Exception, errorName);
ZEND_METHOD(Kafka_DeliveryException, failedMessages);
ZEND_METHOD(Kafka_DeliveryException, errors);
ZEND_METHOD(Kafka_DeliveryException, failedCount);
ZEND_METHOD(Kafka_TimeoutException, inFlight);
ZEND_METHOD(Kafka_TransactionException, requiresAbort);


static const zend_function_entry class_Kafka_Exception_methods[] = {
	ZEND_ME(Kafka_Exception, isRetriable, arginfo_class_Kafka_Exception_isRetriable, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_Exception, isFatal, arginfo_class_Kafka_Exception_isFatal, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_Exception, errorName, arginfo_class_Kafka_Exception_errorName, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_Kafka_ConfigException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_Kafka_DeliveryException_methods[] = {
	ZEND_ME(Kafka_DeliveryException, failedMessages, arginfo_class_Kafka_DeliveryException_failedMessages, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_DeliveryException, errors, arginfo_class_Kafka_DeliveryException_errors, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_DeliveryException, failedCount, arginfo_class_Kafka_DeliveryException_failedCount, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_Kafka_TimeoutException_methods[] = {
	ZEND_ME(Kafka_TimeoutException, inFlight, arginfo_class_Kafka_TimeoutException_inFlight, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_Kafka_TransactionException_methods[] = {
	ZEND_ME(Kafka_TransactionException, requiresAbort, arginfo_class_Kafka_TransactionException_requiresAbort, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Kafka_Exception(zend_class_entry *class_entry_RuntimeException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Kafka", "Exception", class_Kafka_Exception_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_RuntimeException);

	zval property_retriable_default_value;
	ZVAL_FALSE(&property_retriable_default_value);
	zend_string *property_retriable_name = zend_string_init("retriable", sizeof("retriable") - 1, 1);
	zend_declare_typed_property(class_entry, property_retriable_name, &property_retriable_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_BOOL));
	zend_string_release(property_retriable_name);

	zval property_fatal_default_value;
	ZVAL_FALSE(&property_fatal_default_value);
	zend_string *property_fatal_name = zend_string_init("fatal", sizeof("fatal") - 1, 1);
	zend_declare_typed_property(class_entry, property_fatal_name, &property_fatal_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_BOOL));
	zend_string_release(property_fatal_name);

	return class_entry;
}

static zend_class_entry *register_class_Kafka_ConfigException(zend_class_entry *class_entry_Kafka_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Kafka", "ConfigException", class_Kafka_ConfigException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Kafka_Exception);

	return class_entry;
}

static zend_class_entry *register_class_Kafka_DeliveryException(zend_class_entry *class_entry_Kafka_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Kafka", "DeliveryException", class_Kafka_DeliveryException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Kafka_Exception);

	zval property_failedMessages_default_value;
	ZVAL_EMPTY_ARRAY(&property_failedMessages_default_value);
	zend_string *property_failedMessages_name = zend_string_init("failedMessages", sizeof("failedMessages") - 1, 1);
	zend_declare_typed_property(class_entry, property_failedMessages_name, &property_failedMessages_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_failedMessages_name);

	zval property_errors_default_value;
	ZVAL_EMPTY_ARRAY(&property_errors_default_value);
	zend_string *property_errors_name = zend_string_init("errors", sizeof("errors") - 1, 1);
	zend_declare_typed_property(class_entry, property_errors_name, &property_errors_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_errors_name);

	zval property_failedCount_default_value;
	ZVAL_LONG(&property_failedCount_default_value, 0);
	zend_string *property_failedCount_name = zend_string_init("failedCount", sizeof("failedCount") - 1, 1);
	zend_declare_typed_property(class_entry, property_failedCount_name, &property_failedCount_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_failedCount_name);

	return class_entry;
}

static zend_class_entry *register_class_Kafka_TimeoutException(zend_class_entry *class_entry_Kafka_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Kafka", "TimeoutException", class_Kafka_TimeoutException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Kafka_Exception);

	zval property_inFlight_default_value;
	ZVAL_LONG(&property_inFlight_default_value, 0);
	zend_string *property_inFlight_name = zend_string_init("inFlight", sizeof("inFlight") - 1, 1);
	zend_declare_typed_property(class_entry, property_inFlight_name, &property_inFlight_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_inFlight_name);

	return class_entry;
}

static zend_class_entry *register_class_Kafka_TransactionException(zend_class_entry *class_entry_Kafka_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Kafka", "TransactionException", class_Kafka_TransactionException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Kafka_Exception);

	zval property_requiresAbort_default_value;
	ZVAL_FALSE(&property_requiresAbort_default_value);
	zend_string *property_requiresAbort_name = zend_string_init("requiresAbort", sizeof("requiresAbort") - 1, 1);
	zend_declare_typed_property(class_entry, property_requiresAbort_name, &property_requiresAbort_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_BOOL));
	zend_string_release(property_requiresAbort_name);

	return class_entry;
}
