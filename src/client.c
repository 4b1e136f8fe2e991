/* What every client class (Producer, Consumer, ConsumerGroup, Admin) shares: the checks at the
 * start of each method, PHP callbacks kept in a form that stays callable, and the one
 * re-entrancy guard around every callback invocation. */
#include "php_kafka.h"
#include "zend_exceptions.h"
#include "zend_closures.h"

/* ---- callbacks ---- */

/* Closure::fromCallable($callable), resolved in the scope of the PHP code that registered it (our
 * internal frames are skipped), so private methods and __call/__callStatic targets stay callable. */
static bool kafka_callable_to_closure(zval *callable, zval *closure)
{
	if (Z_TYPE_P(callable) == IS_OBJECT && Z_OBJCE_P(callable) == zend_ce_closure) {
		ZVAL_COPY(closure, callable);
		return true;
	}
	zval fn;
	ZVAL_STRING(&fn, "Closure::fromCallable");
	bool ok = call_user_function(NULL, NULL, &fn, closure, 1, callable) == SUCCESS
		&& Z_TYPE_P(closure) == IS_OBJECT && !EG(exception);
	zval_ptr_dtor(&fn);
	if (!ok) {
		zval_ptr_dtor(closure);
		ZVAL_UNDEF(closure);
		if (!EG(exception)) {
			zend_throw_error(NULL, "The callback could not be kept");
		}
	}
	return ok;
}

bool kafka_callback_set(kafka_callback *cb, zend_fcall_info *fci)
{
	zval closure;
	if (ZEND_FCI_INITIALIZED(*fci)) {
		if (!kafka_callable_to_closure(&fci->function_name, &closure)) {
			return false;
		}
	} else {
		ZVAL_UNDEF(&closure);
	}
	/* A callback replacing itself while it runs: kafka_client_call() holds its own reference. */
	kafka_callback_release(cb);
	if (Z_TYPE(closure) == IS_UNDEF) {
		return true;
	}
	char *error = NULL;
	if (!zend_is_callable_ex(&closure, NULL, 0, NULL, &cb->fcc, &error)) {
		zend_throw_error(NULL, "The callback is not callable: %s", error ? error : "unknown reason");
		if (error) {
			efree(error);
		}
		zval_ptr_dtor(&closure);
		return false;
	}
	if (error) {
		efree(error);
	}
	ZVAL_COPY_VALUE(&cb->fn, &closure);
	return true;
}

void kafka_callback_release(kafka_callback *cb)
{
	zval_ptr_dtor(&cb->fn);
	ZVAL_UNDEF(&cb->fn);
	cb->fcc = empty_fcall_info_cache;
}

void kafka_callback_gc(zend_get_gc_buffer *buffer, kafka_callback *cb)
{
	zend_get_gc_buffer_add_zval(buffer, &cb->fn);
}

/* ---- clients ---- */

void kafka_client_init(kafka_client *cl)
{
	memset(cl, 0, sizeof(*cl));
	cl->fork_generation = kafka_fork_generation;
}

bool kafka_client_usable(kafka_client *cl, zend_object *obj, kafka_reentry reentry)
{
	const char *class_name = ZSTR_VAL(obj->ce->name);
	if (!cl->constructed) {
		zend_throw_error(NULL, "%s has not been constructed: %s::__construct() was never called "
			"(a subclass constructor must call parent::__construct())", class_name, class_name);
		return false;
	}
	if (cl->fork_generation != kafka_fork_generation) {
		kafka_throw(kafka_ce_exception, RD_KAFKA_RESP_ERR__STATE,
			"This %s was created before fork() and cannot be used in the child process; create a new one in the child",
			class_name);
		return false;
	}
	if (!cl->rk) {
		kafka_throw(kafka_ce_exception, RD_KAFKA_RESP_ERR__STATE, "This %s is closed", class_name);
		return false;
	}
	if (reentry == KAFKA_NOT_IN_CALLBACK && cl->callback_depth > 0) {
		kafka_throw(kafka_ce_exception, RD_KAFKA_RESP_ERR__STATE,
			"%s::%s() cannot be called from inside the %s callback of the same %s: it would serve that callback's events again "
			"(return from the callback first)",
			class_name, get_active_function_name(), cl->callback_name, class_name);
		return false;
	}
	return true;
}

bool kafka_client_call(kafka_client *cl, kafka_callback *cb, const char *name, zval *retval, uint32_t argc, zval *argv)
{
	if (!kafka_callback_isset(cb) || cl->callbacks_disabled) {
		return false;
	}
	/* The callback may replace or unset itself: keep it alive until it returns. */
	zval fn, rv;
	zend_fcall_info_cache fcc = cb->fcc;
	ZVAL_COPY(&fn, &cb->fn);
	const char *outer = cl->callback_name;
	if (cl->callback_depth++ == 0) {
		cl->callback_name = name;
	}
	zend_call_known_function(fcc.function_handler, fcc.object, fcc.called_scope, retval ? retval : &rv, argc, argv, NULL);
	if (--cl->callback_depth == 0) {
		cl->callback_name = outer;
	}
	if (!retval) {
		zval_ptr_dtor(&rv);
	}
	zval_ptr_dtor(&fn);
	return true;
}

void kafka_client_capture_exception(kafka_client *cl)
{
	if (!EG(exception)) {
		return;
	}
	if (!cl->pending_exception) {
		cl->pending_exception = EG(exception);
		GC_ADDREF(cl->pending_exception);
	}
	zend_clear_exception();
}

bool kafka_client_rethrow(kafka_client *cl)
{
	zend_object *ex = cl->pending_exception;
	if (!ex) {
		return false;
	}
	cl->pending_exception = NULL;
	zval zex;
	ZVAL_OBJ(&zex, ex);
	zend_throw_exception_object(&zex);
	return true;
}

void kafka_client_release(kafka_client *cl)
{
	if (cl->pending_exception) {
		OBJ_RELEASE(cl->pending_exception);
		cl->pending_exception = NULL;
	}
}

void kafka_client_gc(zend_get_gc_buffer *buffer, kafka_client *cl)
{
	if (cl->pending_exception) {
		zend_get_gc_buffer_add_obj(buffer, cl->pending_exception);
	}
}

/* ---- librdkafka's blocking reads, in slices (kafka_call_sliced) ---- */

typedef struct {
	rd_kafka_t *rk;
	bool all_topics;
	rd_kafka_topic_t *only;
	const struct rd_kafka_metadata **md;
} kafka_metadata_call;

static rd_kafka_resp_err_t kafka_metadata_attempt(void *ctx, int timeout_ms)
{
	kafka_metadata_call *call = ctx;
	return rd_kafka_metadata(call->rk, call->all_topics, call->only, call->md, timeout_ms);
}

rd_kafka_resp_err_t kafka_metadata_sliced(rd_kafka_t *rk, bool all_topics, rd_kafka_topic_t *only, const struct rd_kafka_metadata **md, int64_t deadline)
{
	kafka_metadata_call call = {rk, all_topics, only, md};
	return kafka_call_sliced(kafka_metadata_attempt, &call, deadline);
}

typedef struct {
	rd_kafka_t *rk;
	const char *topic;
	int32_t partition;
	int64_t *low;
	int64_t *high;
} kafka_watermarks_call;

static rd_kafka_resp_err_t kafka_watermarks_attempt(void *ctx, int timeout_ms)
{
	kafka_watermarks_call *call = ctx;
	return rd_kafka_query_watermark_offsets(call->rk, call->topic, call->partition, call->low, call->high, timeout_ms);
}

rd_kafka_resp_err_t kafka_watermarks_sliced(rd_kafka_t *rk, const char *topic, int32_t partition, int64_t *low, int64_t *high, int64_t deadline)
{
	kafka_watermarks_call call = {rk, topic, partition, low, high};
	return kafka_call_sliced(kafka_watermarks_attempt, &call, deadline);
}

typedef struct {
	rd_kafka_t *rk;
	kafka_partitions_query query;
	rd_kafka_topic_partition_list_t *list;
} kafka_partitions_call;

static rd_kafka_resp_err_t kafka_partitions_attempt(void *ctx, int timeout_ms)
{
	kafka_partitions_call *call = ctx;
	return call->query(call->rk, call->list, timeout_ms);
}

rd_kafka_resp_err_t kafka_partitions_query_sliced(rd_kafka_t *rk, kafka_partitions_query query, rd_kafka_topic_partition_list_t *list, int64_t deadline)
{
	kafka_partitions_call call = {rk, query, list};
	return kafka_call_sliced(kafka_partitions_attempt, &call, deadline);
}
