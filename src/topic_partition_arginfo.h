/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 26276254b7626792bc415dfc3dba617d18794d83 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Kafka_Offset___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Kafka_TopicPartition___construct, 0, 0, 2)
	ZEND_ARG_TYPE_INFO(0, topic, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, partition, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, offset, IS_LONG, 0, "Kafka\\Offset::STORED")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, metadata, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Kafka_TopicPartition_withOffset, 0, 1, Kafka\\TopicPartition, 0)
	ZEND_ARG_TYPE_INFO(0, offset, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Kafka_TopicPartition___toString, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(Kafka_Offset, __construct);
ZEND_METHOD(Kafka_TopicPartition, __construct);
ZEND_METHOD(Kafka_TopicPartition, withOffset);
ZEND_METHOD(Kafka_TopicPartition, __toString);


static const zend_function_entry class_Kafka_Offset_methods[] = {
	ZEND_ME(Kafka_Offset, __construct, arginfo_class_Kafka_Offset___construct, ZEND_ACC_PRIVATE)
	ZEND_FE_END
};


static const zend_function_entry class_Kafka_TopicPartition_methods[] = {
	ZEND_ME(Kafka_TopicPartition, __construct, arginfo_class_Kafka_TopicPartition___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_TopicPartition, withOffset, arginfo_class_Kafka_TopicPartition_withOffset, ZEND_ACC_PUBLIC)
	ZEND_ME(Kafka_TopicPartition, __toString, arginfo_class_Kafka_TopicPartition___toString, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_Kafka_Offset(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Kafka", "Offset", class_Kafka_Offset_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

	zval const_BEGINNING_value;
	ZVAL_LONG(&const_BEGINNING_value, -2);
	zend_string *const_BEGINNING_name = zend_string_init_interned("BEGINNING", sizeof("BEGINNING") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_BEGINNING_name, &const_BEGINNING_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_BEGINNING_name);

	zval const_END_value;
	ZVAL_LONG(&const_END_value, -1);
	zend_string *const_END_name = zend_string_init_interned("END", sizeof("END") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_END_name, &const_END_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_END_name);

	zval const_STORED_value;
	ZVAL_LONG(&const_STORED_value, -1000);
	zend_string *const_STORED_name = zend_string_init_interned("STORED", sizeof("STORED") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_STORED_name, &const_STORED_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_STORED_name);

	zval const_INVALID_value;
	ZVAL_LONG(&const_INVALID_value, -1001);
	zend_string *const_INVALID_name = zend_string_init_interned("INVALID", sizeof("INVALID") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_INVALID_name, &const_INVALID_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_INVALID_name);

	return class_entry;
}

static zend_class_entry *register_class_Kafka_TopicPartition(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Kafka", "TopicPartition", class_Kafka_TopicPartition_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL;

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

	zval property_metadata_default_value;
	ZVAL_UNDEF(&property_metadata_default_value);
	zend_string *property_metadata_name = zend_string_init("metadata", sizeof("metadata") - 1, 1);
	zend_declare_typed_property(class_entry, property_metadata_name, &property_metadata_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING|MAY_BE_NULL));
	zend_string_release(property_metadata_name);

	zend_string *property_error_class_Kafka_Exception = zend_string_init("Kafka\\Exception", sizeof("Kafka\\Exception")-1, 1);
	zval property_error_default_value;
	ZVAL_UNDEF(&property_error_default_value);
	zend_string *property_error_name = zend_string_init("error", sizeof("error") - 1, 1);
	zend_declare_typed_property(class_entry, property_error_name, &property_error_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_CLASS(property_error_class_Kafka_Exception, 0, MAY_BE_NULL));
	zend_string_release(property_error_name);

	return class_entry;
}
