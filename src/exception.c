/* Kafka\Exception and its subclasses, and the helpers every class uses to raise them. */
#include "php_kafka.h"
#include "zend_exceptions.h"
#include "ext/spl/spl_exceptions.h"
#include "exception_arginfo.h"

zend_class_entry *kafka_ce_exception;
zend_class_entry *kafka_ce_config_exception;
zend_class_entry *kafka_ce_delivery_exception;
zend_class_entry *kafka_ce_timeout_exception;
zend_class_entry *kafka_ce_transaction_exception;

static void kafka_exception_set_flags(zend_object *ex, bool retriable, bool fatal)
{
	zend_update_property_bool(kafka_ce_exception, ex, ZEND_STRL("retriable"), retriable);
	zend_update_property_bool(kafka_ce_exception, ex, ZEND_STRL("fatal"), fatal);
}

zend_object *kafka_exception_new(zend_class_entry *ce, rd_kafka_resp_err_t err, const char *message, bool retriable, bool fatal)
{
	zval ex;
	object_init_ex(&ex, ce);
	/* whatever the text's source (librdkafka often quotes configuration), no secret is shown */
	zend_string *text = kafka_secrets_scrub(message, strlen(message));
	zend_update_property_str(zend_ce_exception, Z_OBJ(ex), ZEND_STRL("message"), text);
	zend_string_release(text);
	zend_update_property_long(zend_ce_exception, Z_OBJ(ex), ZEND_STRL("code"), (zend_long)err);
	kafka_exception_set_flags(Z_OBJ(ex), retriable, fatal);
	return Z_OBJ(ex);
}

bool kafka_err_is_retriable(rd_kafka_resp_err_t err)
{
	switch (err) {
		case RD_KAFKA_RESP_ERR__TRANSPORT:
		case RD_KAFKA_RESP_ERR__TIMED_OUT:
		case RD_KAFKA_RESP_ERR__MSG_TIMED_OUT:
		case RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN:
		case RD_KAFKA_RESP_ERR__QUEUE_FULL:
		case RD_KAFKA_RESP_ERR__TIMED_OUT_QUEUE:
		case RD_KAFKA_RESP_ERR__INTR:
		case RD_KAFKA_RESP_ERR__UNKNOWN_PARTITION:
		case RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART:
		case RD_KAFKA_RESP_ERR_LEADER_NOT_AVAILABLE:
		case RD_KAFKA_RESP_ERR_NOT_LEADER_FOR_PARTITION:
		case RD_KAFKA_RESP_ERR_REQUEST_TIMED_OUT:
		case RD_KAFKA_RESP_ERR_NETWORK_EXCEPTION:
		case RD_KAFKA_RESP_ERR_NOT_ENOUGH_REPLICAS:
		case RD_KAFKA_RESP_ERR_NOT_ENOUGH_REPLICAS_AFTER_APPEND:
		case RD_KAFKA_RESP_ERR_COORDINATOR_LOAD_IN_PROGRESS:
		case RD_KAFKA_RESP_ERR_COORDINATOR_NOT_AVAILABLE:
		case RD_KAFKA_RESP_ERR_NOT_COORDINATOR:
		case RD_KAFKA_RESP_ERR_REBALANCE_IN_PROGRESS:
		case RD_KAFKA_RESP_ERR_KAFKA_STORAGE_ERROR:
			return true;
		default:
			return false;
	}
}

bool kafka_err_is_about_topic(rd_kafka_resp_err_t err)
{
	switch (err) {
		case RD_KAFKA_RESP_ERR_TOPIC_EXCEPTION:
		case RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART:
		case RD_KAFKA_RESP_ERR_TOPIC_AUTHORIZATION_FAILED:
		case RD_KAFKA_RESP_ERR__UNKNOWN_TOPIC:
			return true;
		default:
			return false;
	}
}

static void kafka_throw_object(zend_object *ex)
{
	zval zex;
	ZVAL_OBJ(&zex, ex);
	zend_throw_exception_object(&zex);
}

zend_object *kafka_throw(zend_class_entry *ce, rd_kafka_resp_err_t err, const char *format, ...)
{
	if (err == RD_KAFKA_RESP_ERR__INTR) {
		kafka_run_signal_handlers(); /* before the exception: PHP would skip them after */
	}
	va_list args;
	va_start(args, format);
	zend_string *message = zend_vstrpprintf(0, format, args);
	va_end(args);
	zend_object *ex = kafka_exception_new(ce, err, ZSTR_VAL(message), kafka_err_is_retriable(err), false);
	zend_string_release(message);
	kafka_throw_object(ex);
	return ex;
}

void kafka_exception_set_fatal(zend_object *ex)
{
	kafka_exception_set_flags(ex, false, true);
}

void kafka_throw_error(rd_kafka_error_t *error, const char *context)
{
	rd_kafka_resp_err_t code = rd_kafka_error_code(error);
	zend_class_entry *ce = code == RD_KAFKA_RESP_ERR__TIMED_OUT ? kafka_ce_timeout_exception : kafka_ce_exception;
	zend_string *message = strpprintf(0, "%s: %s", context, rd_kafka_error_string(error));
	zend_object *ex = kafka_exception_new(ce, code, ZSTR_VAL(message),
		rd_kafka_error_is_retriable(error), rd_kafka_error_is_fatal(error));
	zend_string_release(message);
	rd_kafka_error_destroy(error);
	kafka_throw_object(ex);
}

const char *kafka_exception_text(zend_object *ex)
{
	zval rv;
	zval *message = zend_read_property(zend_ce_exception, ex, ZEND_STRL("message"), 1, &rv);
	return Z_TYPE_P(message) == IS_STRING ? Z_STRVAL_P(message) : "";
}

rd_kafka_resp_err_t kafka_exception_code(zend_object *ex)
{
	zval rv;
	return (rd_kafka_resp_err_t)zval_get_long(zend_read_property(zend_ce_exception, ex, ZEND_STRL("code"), 1, &rv));
}

static zval *kafka_exception_prop(zend_object *ex, zend_class_entry *scope, const char *name, size_t len)
{
	zval rv;
	return zend_read_property(scope, ex, name, len, 1, &rv);
}

ZEND_METHOD(Kafka_Exception, isRetriable)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(zend_is_true(kafka_exception_prop(Z_OBJ_P(ZEND_THIS), kafka_ce_exception, ZEND_STRL("retriable"))));
}

ZEND_METHOD(Kafka_Exception, isFatal)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(zend_is_true(kafka_exception_prop(Z_OBJ_P(ZEND_THIS), kafka_ce_exception, ZEND_STRL("fatal"))));
}

ZEND_METHOD(Kafka_Exception, errorName)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zval *code = kafka_exception_prop(Z_OBJ_P(ZEND_THIS), zend_ce_exception, ZEND_STRL("code"));
	RETURN_STRING(rd_kafka_err2name((rd_kafka_resp_err_t)zval_get_long(code)));
}

ZEND_METHOD(Kafka_DeliveryException, failedMessages)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_COPY(kafka_exception_prop(Z_OBJ_P(ZEND_THIS), kafka_ce_delivery_exception, ZEND_STRL("failedMessages")));
}

ZEND_METHOD(Kafka_DeliveryException, errors)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_COPY(kafka_exception_prop(Z_OBJ_P(ZEND_THIS), kafka_ce_delivery_exception, ZEND_STRL("errors")));
}

ZEND_METHOD(Kafka_DeliveryException, failedCount)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zend_object *self = Z_OBJ_P(ZEND_THIS);
	zend_long count = zval_get_long(kafka_exception_prop(self, kafka_ce_delivery_exception, ZEND_STRL("failedCount")));
	zval *kept = kafka_exception_prop(self, kafka_ce_delivery_exception, ZEND_STRL("failedMessages"));
	/* a DeliveryException built by the application has no count of its own */
	if (Z_TYPE_P(kept) == IS_ARRAY && count < (zend_long)zend_hash_num_elements(Z_ARRVAL_P(kept))) {
		count = (zend_long)zend_hash_num_elements(Z_ARRVAL_P(kept));
	}
	RETURN_LONG(count);
}

ZEND_METHOD(Kafka_TransactionException, requiresAbort)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(zend_is_true(kafka_exception_prop(Z_OBJ_P(ZEND_THIS), kafka_ce_transaction_exception, ZEND_STRL("requiresAbort"))));
}

void kafka_exception_set_requires_abort(zend_object *ex, bool requires_abort)
{
	zend_update_property_bool(kafka_ce_transaction_exception, ex, ZEND_STRL("requiresAbort"), requires_abort);
}

ZEND_METHOD(Kafka_TimeoutException, inFlight)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_COPY(kafka_exception_prop(Z_OBJ_P(ZEND_THIS), kafka_ce_timeout_exception, ZEND_STRL("inFlight")));
}

void kafka_register_exceptions(void)
{
	kafka_ce_exception = register_class_Kafka_Exception(spl_ce_RuntimeException);
	kafka_ce_config_exception = register_class_Kafka_ConfigException(kafka_ce_exception);
	kafka_ce_delivery_exception = register_class_Kafka_DeliveryException(kafka_ce_exception);
	kafka_ce_timeout_exception = register_class_Kafka_TimeoutException(kafka_ce_exception);
	kafka_ce_transaction_exception = register_class_Kafka_TransactionException(kafka_ce_exception);
}
