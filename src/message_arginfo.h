/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 48bb9a5122d32ba0c450cf6193da0b5ee13ba188 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Kafka_Message___construct, 0, 0, 2)
	ZEND_ARG_TYPE_INFO(0, topic, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, payload, IS_STRING, 1)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, key, IS_STRING, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, headers, IS_ARRAY, 0, "[]")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, partition, IS_LONG, 0, "-1")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, offset, IS_LONG, 0, "-1001")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timestamp, IS_LONG, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, timestampType, IS_LONG, 0, "Kafka\\Message::TIMESTAMP_CREATE_TIME")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Kafka_Message_header, 0, 1, IS_STRING, 1)
	ZEND_ARG_TYPE_INFO(0, name, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Kafka_Message_headerValues, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, name, IS_STRING, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(Kafka_Message, __construct);
ZEND_METHOD(Kafka_Message, header);
ZEND_METHOD(Kafka_Message, headerValues);


static const zend_function_entry class_Kafka_Message_methods[] = {
	ZEND_ME(Kafka_Message, __construct, arginfo_class_Kafka_Message___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_Message, header, arginfo_class_Kafka_Message_header, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_Message, headerValues, arginfo_class_Kafka_Message_headerValues, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Kafka_Message(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Kafka", "Message", class_Kafka_Message_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

	zval const_TIMESTAMP_NOT_AVAILABLE_value;
	ZVAL_LONG(&const_TIMESTAMP_NOT_AVAILABLE_value, 0);
	zend_string *const_TIMESTAMP_NOT_AVAILABLE_name = zend_string_init_interned("TIMESTAMP_NOT_AVAILABLE", sizeof("TIMESTAMP_NOT_AVAILABLE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_TIMESTAMP_NOT_AVAILABLE_name, &const_TIMESTAMP_NOT_AVAILABLE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_TIMESTAMP_NOT_AVAILABLE_name);

	zval const_TIMESTAMP_CREATE_TIME_value;
	ZVAL_LONG(&const_TIMESTAMP_CREATE_TIME_value, 1);
	zend_string *const_TIMESTAMP_CREATE_TIME_name = zend_string_init_interned("TIMESTAMP_CREATE_TIME", sizeof("TIMESTAMP_CREATE_TIME") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_TIMESTAMP_CREATE_TIME_name, &const_TIMESTAMP_CREATE_TIME_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_TIMESTAMP_CREATE_TIME_name);

	zval const_TIMESTAMP_LOG_APPEND_TIME_value;
	ZVAL_LONG(&const_TIMESTAMP_LOG_APPEND_TIME_value, 2);
	zend_string *const_TIMESTAMP_LOG_APPEND_TIME_name = zend_string_init_interned("TIMESTAMP_LOG_APPEND_TIME", sizeof("TIMESTAMP_LOG_APPEND_TIME") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_TIMESTAMP_LOG_APPEND_TIME_name, &const_TIMESTAMP_LOG_APPEND_TIME_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_TIMESTAMP_LOG_APPEND_TIME_name);

	zval property_topic_default_value;
	ZVAL_UNDEF(&property_topic_default_value);
	zend_string *property_topic_name = zend_string_init("topic", sizeof("topic") - 1, 1);
	zend_declare_typed_property(class_entry, property_topic_name, &property_topic_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_topic_name);

	zval property_partition_default_value;
	ZVAL_UNDEF(&property_partition_default_value);
	zend_string *property_partition_name = zend_string_init("partition", sizeof("partition") - 1, 1);
	zend_declare_typed_property(class_entry, property_partition_name, &property_partition_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_partition_name);

	zval property_offset_default_value;
	ZVAL_UNDEF(&property_offset_default_value);
	zend_string *property_offset_name = zend_string_init("offset", sizeof("offset") - 1, 1);
	zend_declare_typed_property(class_entry, property_offset_name, &property_offset_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_offset_name);

	zval property_key_default_value;
	ZVAL_UNDEF(&property_key_default_value);
	zend_string *property_key_name = zend_string_init("key", sizeof("key") - 1, 1);
	zend_declare_typed_property(class_entry, property_key_name, &property_key_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING|MAY_BE_NULL));
	zend_string_release(property_key_name);

	zval property_payload_default_value;
	ZVAL_UNDEF(&property_payload_default_value);
	zend_string *property_payload_name = zend_string_init("payload", sizeof("payload") - 1, 1);
	zend_declare_typed_property(class_entry, property_payload_name, &property_payload_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING|MAY_BE_NULL));
	zend_string_release(property_payload_name);

	zval property_headers_default_value;
	ZVAL_UNDEF(&property_headers_default_value);
	zend_string *property_headers_name = zend_string_init("headers", sizeof("headers") - 1, 1);
	zend_declare_typed_property(class_entry, property_headers_name, &property_headers_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_headers_name);

	zval property_timestamp_default_value;
	ZVAL_UNDEF(&property_timestamp_default_value);
	zend_string *property_timestamp_name = zend_string_init("timestamp", sizeof("timestamp") - 1, 1);
	zend_declare_typed_property(class_entry, property_timestamp_name, &property_timestamp_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_timestamp_name);

	zval property_timestampType_default_value;
	ZVAL_UNDEF(&property_timestampType_default_value);
	zend_string *property_timestampType_name = zend_string_init("timestampType", sizeof("timestampType") - 1, 1);
	zend_declare_typed_property(class_entry, property_timestampType_name, &property_timestampType_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_timestampType_name);

	zval property_repeatedHeaders_default_value;
	ZVAL_NULL(&property_repeatedHeaders_default_value);
	zend_string *property_repeatedHeaders_name = zend_string_init("repeatedHeaders", sizeof("repeatedHeaders") - 1, 1);
	zend_declare_typed_property(class_entry, property_repeatedHeaders_name, &property_repeatedHeaders_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY|MAY_BE_NULL));
	zend_string_release(property_repeatedHeaders_name);

	return class_entry;
}
