/* What every client class (Producer, Consumer, ConsumerGroup, Admin) shares: the checks at the
 * start of each method, PHP callbacks kept in a form that stays callable, and the one
 * re-entrancy guard around every callback invocation. */
#include "php_kafka.h"
#include "zend_exceptions.h"
#include "zend_closures.h"
#include "zend_interfaces.h"
#include "ext/json/php_json.h"
#include "ext/standard/base64.h"
#include "ext/standard/php_string.h"
#include "zend_smart_str.h"

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
	ZVAL_UNDEF(&cl->on_error.fn);
	ZVAL_UNDEF(&cl->on_stats.fn);
	ZVAL_UNDEF(&cl->on_log.fn);
	ZVAL_UNDEF(&cl->on_oauth.fn);
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

void kafka_client_release_pending(kafka_client *cl)
{
	if (cl->pending_exception) {
		OBJ_RELEASE(cl->pending_exception);
		cl->pending_exception = NULL;
	}
}

void kafka_client_release(kafka_client *cl)
{
	if (cl->pending_exception) {
		OBJ_RELEASE(cl->pending_exception);
		cl->pending_exception = NULL;
	}
	kafka_callback_release(&cl->on_error);
	kafka_callback_release(&cl->on_stats);
	kafka_callback_release(&cl->on_log);
	kafka_callback_release(&cl->on_oauth);
	if (cl->brokers) {
		zend_string_release(cl->brokers);
		cl->brokers = NULL;
	}
	if (cl->oauth_config) {
		zend_string_release(cl->oauth_config);
		cl->oauth_config = NULL;
	}
}

void kafka_client_gc(zend_get_gc_buffer *buffer, kafka_client *cl)
{
	if (cl->pending_exception) {
		zend_get_gc_buffer_add_obj(buffer, cl->pending_exception);
	}
	kafka_callback_gc(buffer, &cl->on_error);
	kafka_callback_gc(buffer, &cl->on_stats);
	kafka_callback_gc(buffer, &cl->on_log);
	kafka_callback_gc(buffer, &cl->on_oauth);
}

/* ---- librdkafka's client-level callbacks ---- */

/* A PHP callback threw inside one of librdkafka's callbacks: keep the exception for the call
 * that is serving, and make librdkafka's poll return to it at once. */
static void kafka_client_after_php(kafka_client *cl)
{
	if (EG(exception)) {
		kafka_client_capture_exception(cl);
		rd_kafka_yield(cl->rk);
	}
}

/* No PHP code runs once a callback threw, until the call serving it has rethrown. */
static bool kafka_client_may_call_php(kafka_client *cl)
{
	return !cl->pending_exception && !cl->callbacks_disabled;
}

const char *kafka_client_last_error(const kafka_client *cl)
{
	return cl->last_error[0] ? cl->last_error : "no error reported by librdkafka";
}

static void kafka_client_note_error(kafka_client *cl, rd_kafka_resp_err_t err, const char *reason)
{
	if (err == RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN && cl->last_error[0]) {
		return; /* keep the more telling cause, e.g. "Connection refused" */
	}
	cl->last_err = err;
	snprintf(cl->last_error, sizeof(cl->last_error), "%s", reason);
}

/* A TLS failure that retrying will not fix (the broker refused our certificate, or we its), which
 * librdkafka reports as a mere transport error. */
static bool kafka_reason_is_tls_refusal(const char *reason)
{
	return strstr(reason, "SSL routines") && (strstr(reason, "certificate") || strstr(reason, "unknown ca")
		|| strstr(reason, "handshake failure"));
}

/* What the application must hear about: retrying will not fix these by itself. */
static const char *kafka_err_needs_application(rd_kafka_resp_err_t err, const char *reason)
{
	switch (err) {
		case RD_KAFKA_RESP_ERR__TRANSPORT:
			return kafka_reason_is_tls_refusal(reason) ? "The TLS connection to the broker failed" : NULL;
		case RD_KAFKA_RESP_ERR__AUTHENTICATION:
		case RD_KAFKA_RESP_ERR_SASL_AUTHENTICATION_FAILED:
			return "Authentication with the broker failed";
		case RD_KAFKA_RESP_ERR__SSL:
			return "The TLS connection to the broker failed";
		case RD_KAFKA_RESP_ERR__FATAL:
			return "Fatal error";
		default:
			return NULL;
	}
}

void kafka_client_handle_error(kafka_client *cl, rd_kafka_resp_err_t err, const char *reason)
{
	char fatal_reason[512];
	if (err == RD_KAFKA_RESP_ERR__FATAL) {
		err = rd_kafka_fatal_error(cl->rk, fatal_reason, sizeof(fatal_reason));
		reason = fatal_reason;
		cl->fatal = true;
	}
	kafka_client_note_error(cl, err, reason);
	if (!cl->contacted && !cl->unreachable_since && (err == RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN
			|| err == RD_KAFKA_RESP_ERR__TRANSPORT || err == RD_KAFKA_RESP_ERR__RESOLVE)) {
		cl->unreachable_since = kafka_clock_ms();
	}
	const char *what = cl->fatal && cl->last_err == err ? "Fatal error" : kafka_err_needs_application(err, reason);
	if (what && !cl->fatal && cl->contacted) {
		/* This client has worked: a failed re-authentication (librdkafka 2.2+ re-authenticates
		 * long-lived connections) is retried like a transport error. Only onError hears of it. */
		what = NULL;
	}
	if (!kafka_client_may_call_php(cl) || (!what && !kafka_callback_isset(&cl->on_error))) {
		return;
	}
	zend_class_entry *ce = cl->fatal && cl->fatal_ce ? cl->fatal_ce : kafka_ce_exception;
	if (kafka_callback_isset(&cl->on_error)) {
		zval arg;
		ZVAL_OBJ(&arg, kafka_exception_new(ce, err, reason, kafka_err_is_retriable(err), cl->fatal));
		kafka_client_call(cl, &cl->on_error, "onError", NULL, 1, &arg);
		zval_ptr_dtor(&arg);
		kafka_client_after_php(cl);
		return;
	}
	if (cl->fatal && cl->reports_before_fatal) {
		return; /* the producer throws it once it has served the reports of what it failed */
	}
	/* No onError: the call serving this (or the next one) throws it, instead of silence. */
	zend_object *ex;
	zend_string *message = strpprintf(0, "%s: %s", what, reason);
	ex = kafka_exception_new(ce, err, ZSTR_VAL(message), kafka_err_is_retriable(err), cl->fatal);
	zend_string_release(message);
	cl->pending_exception = ex;
	rd_kafka_yield(cl->rk);
}

bool kafka_client_throw_if_fatal(kafka_client *cl, zend_object *obj)
{
	if (!cl->fatal) {
		return false;
	}
	zend_object *ex = kafka_throw(cl->fatal_ce ? cl->fatal_ce : kafka_ce_exception, cl->last_err, "This %s hit a fatal error and must be recreated: %s",
		ZSTR_VAL(obj->ce->name), kafka_client_last_error(cl));
	kafka_exception_set_fatal(ex);
	return true;
}

void kafka_client_error_cb(rd_kafka_t *rk, int err, const char *reason, void *opaque)
{
	(void)rk;
	kafka_client_handle_error(opaque, (rd_kafka_resp_err_t)err, reason);
}

int kafka_client_stats_cb(rd_kafka_t *rk, char *json, size_t json_len, void *opaque)
{
	(void)rk;
	kafka_client *cl = opaque;
	if (!kafka_callback_isset(&cl->on_stats) || !kafka_client_may_call_php(cl)) {
		return 0;
	}
	zval stats;
	if (php_json_decode_ex(&stats, json, json_len, PHP_JSON_OBJECT_AS_ARRAY, PHP_JSON_PARSER_DEFAULT_DEPTH) == FAILURE) {
		zend_clear_exception();
		return 0; /* librdkafka's own JSON: not expected to fail */
	}
	kafka_client_call(cl, &cl->on_stats, "onStats", NULL, 1, &stats);
	zval_ptr_dtor(&stats);
	kafka_client_after_php(cl);
	return 0; /* librdkafka frees the JSON */
}

static void kafka_client_log_cb(const rd_kafka_t *rk, int level, const char *facility, const char *buf)
{
	kafka_client *cl = rd_kafka_opaque(rk);
	if (cl) {
		kafka_client_log_line(cl, rk, level, facility, buf);
	}
}

void kafka_client_log_line(kafka_client *cl, const rd_kafka_t *rk, int level, const char *facility, const char *buf)
{
	zend_string *line = kafka_secrets_scrub(buf, strlen(buf));
	if (kafka_callback_isset(&cl->on_log) && kafka_client_may_call_php(cl)) {
		zval args[3];
		ZVAL_LONG(&args[0], level);
		ZVAL_STRING(&args[1], facility);
		ZVAL_STR(&args[2], line);
		kafka_client_call(cl, &cl->on_log, "onLog", NULL, 3, args);
		zval_ptr_dtor(&args[1]);
		zval_ptr_dtor(&args[2]);
		kafka_client_after_php(cl);
		return;
	}
	if (cl->log_to_stderr) {
		fprintf(stderr, "%%%d|%s|%s| %s\n", level, facility, rd_kafka_name(rk), ZSTR_VAL(line));
	}
	zend_string_release(line);
}

/* ---- OAUTHBEARER tokens from onOAuthTokenRefresh ---- */

static bool kafka_token_field(HashTable *ht, const char *key, int type, zval **out, zend_string **problem)
{
	*out = zend_hash_str_find_deref(ht, key, strlen(key));
	if (!*out || Z_TYPE_P(*out) != type) {
		*problem = strpprintf(0, "onOAuthTokenRefresh must return an array with '%s' => %s", key,
			type == IS_STRING ? "string" : "int");
		return false;
	}
	return true;
}

/* Hands the token the callback returned to librdkafka; a problem (bad array, librdkafka's
 * refusal) as a message, NULL when the token was taken. */
static zend_string *kafka_client_set_token(kafka_client *cl, zval *rv)
{
	zend_string *problem = NULL;
	zval *token, *expires, *principal, *extensions;
	if (Z_TYPE_P(rv) != IS_ARRAY) {
		return strpprintf(0, "onOAuthTokenRefresh must return an array, %s returned", zend_zval_type_name(rv));
	}
	HashTable *ht = Z_ARRVAL_P(rv);
	if (!kafka_token_field(ht, "token", IS_STRING, &token, &problem)
			|| !kafka_token_field(ht, "expiresAtMs", IS_LONG, &expires, &problem)
			|| !kafka_token_field(ht, "principal", IS_STRING, &principal, &problem)) {
		return problem;
	}
	extensions = zend_hash_str_find_deref(ht, ZEND_STRL("extensions"));
	uint32_t count = extensions && Z_TYPE_P(extensions) == IS_ARRAY ? zend_hash_num_elements(Z_ARRVAL_P(extensions)) : 0;
	/* key1, value1, key2, value2, ... as librdkafka wants them */
	const char **pairs = count ? safe_emalloc(count, 2 * sizeof(char *), 0) : NULL;
	zend_string **values = count ? safe_emalloc(count, sizeof(zend_string *), 0) : NULL;
	size_t n = 0;
	if (count) {
		zend_string *key;
		zval *value;
		ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL_P(extensions), key, value) {
			if (key) {
				values[n] = zval_get_string(value);
				pairs[2 * n] = ZSTR_VAL(key);
				pairs[2 * n + 1] = ZSTR_VAL(values[n]);
				n++;
			}
		} ZEND_HASH_FOREACH_END();
	}
	char errstr[512];
	rd_kafka_resp_err_t err = rd_kafka_oauthbearer_set_token(cl->rk, Z_STRVAL_P(token), (int64_t)Z_LVAL_P(expires),
		Z_STRVAL_P(principal), pairs, 2 * n, errstr, sizeof(errstr));
	for (size_t i = 0; i < n; i++) {
		zend_string_release(values[i]);
	}
	if (count) {
		efree(pairs);
		efree(values);
	}
	return err ? strpprintf(0, "The token from onOAuthTokenRefresh was refused: %s", errstr) : NULL;
}

void kafka_client_refresh_token(kafka_client *cl, const char *oauthbearer_config)
{
	if (!cl->oauth_config) {
		cl->oauth_config = zend_string_init(oauthbearer_config ? oauthbearer_config : "", oauthbearer_config ? strlen(oauthbearer_config) : 0, 0);
	}
	if (!kafka_callback_isset(&cl->on_oauth) || !kafka_client_may_call_php(cl)) {
		/* asked again once a callback is registered (or the pending exception is thrown) */
		cl->oauth_refresh_pending = true;
		return;
	}
	cl->oauth_refresh_pending = false;
	zval arg, rv;
	ZVAL_STR_COPY(&arg, cl->oauth_config);
	ZVAL_UNDEF(&rv);
	kafka_client_call(cl, &cl->on_oauth, "onOAuthTokenRefresh", &rv, 1, &arg);
	zval_ptr_dtor(&arg);
	if (EG(exception)) {
		/* librdkafka is told why; the exception comes out of the call serving this */
		zval text;
		zend_call_method_with_0_params(EG(exception), EG(exception)->ce, NULL, "getmessage", &text);
		rd_kafka_oauthbearer_set_token_failure(cl->rk, Z_TYPE(text) == IS_STRING ? Z_STRVAL(text) : "onOAuthTokenRefresh threw");
		zval_ptr_dtor(&text);
		zval_ptr_dtor(&rv);
		kafka_client_after_php(cl);
		return;
	}
	zend_string *problem = kafka_client_set_token(cl, &rv);
	zval_ptr_dtor(&rv);
	if (problem) {
		rd_kafka_oauthbearer_set_token_failure(cl->rk, ZSTR_VAL(problem));
		zend_throw_exception(zend_ce_value_error, ZSTR_VAL(problem), 0);
		zend_string_release(problem);
		kafka_client_after_php(cl);
	}
}

/* ---- unsecured JWTs (enable.sasl.oauthbearer.unsecure.jwt), made here ----
 * librdkafka 2.0 makes them itself but crashes when the first one is to be refreshed (its refresh
 * queue is never set up for them), so the extension makes them the same way, from
 * sasl.oauthbearer.config: principal=, principalClaimName= (sub), scope= (comma-separated),
 * scopeClaimName= (scope), lifeSeconds= (3600), extension_NAME=value. For testing only, as in
 * librdkafka: the token is not signed. */

static zend_string *kafka_base64url(const char *data, size_t len)
{
	zend_string *b64 = php_base64_encode((const unsigned char *)data, len);
	size_t n = 0;
	for (size_t i = 0; i < ZSTR_LEN(b64); i++) {
		char c = ZSTR_VAL(b64)[i];
		if (c == '=') {
			break;
		}
		ZSTR_VAL(b64)[n++] = c == '+' ? '-' : c == '/' ? '_' : c;
	}
	ZSTR_VAL(b64)[n] = '\0';
	ZSTR_LEN(b64) = n;
	return b64;
}

static void kafka_client_unsecured_token(kafka_client *cl, const char *config)
{
	HashTable options, *extensions;
	zend_hash_init(&options, 8, NULL, ZVAL_PTR_DTOR, 0);
	ALLOC_HASHTABLE(extensions);
	zend_hash_init(extensions, 4, NULL, ZVAL_PTR_DTOR, 0);
	static const char *const known[] = {"principal", "principalClaimName", "scope", "scopeClaimName", "lifeSeconds", NULL};
	const char *p = config ? config : "";
	zend_string *problem = NULL;
	while (*p && !problem) {
		while (*p == ' ') {
			p++;
		}
		const char *end = p + strcspn(p, " ");
		const char *eq = memchr(p, '=', (size_t)(end - p));
		size_t key_len = eq ? (size_t)(eq - p) : 0;
		bool is_known = false;
		for (const char *const *k = known; eq && *k; k++) {
			is_known = is_known || (strlen(*k) == key_len && strncmp(p, *k, key_len) == 0);
		}
		if (eq && key_len > 10 && strncmp(p, "extension_", 10) == 0) {
			zval value;
			ZVAL_STRINGL(&value, eq + 1, (size_t)(end - eq - 1));
			zend_hash_str_update(extensions, p + 10, key_len - 10, &value);
		} else if (is_known) {
			zval value;
			ZVAL_STRINGL(&value, eq + 1, (size_t)(end - eq - 1));
			zend_hash_str_update(&options, p, key_len, &value);
		} else if (end > p) {
			/* the key only: the value may be a secret */
			problem = strpprintf(0, "sasl.oauthbearer.config has an unrecognized item \"%.*s\" (known: principal=, principalClaimName=, scope=, scopeClaimName=, lifeSeconds=, extension_NAME=)",
				(int)(eq ? key_len : (size_t)(end - p)), p);
		}
		p = end;
	}
	if (!problem && !zend_hash_str_exists(&options, ZEND_STRL("principal"))) {
		problem = zend_string_init(ZEND_STRL("sasl.oauthbearer.config needs principal=NAME for unsecured JWTs"), 0);
	}
	if (problem) {
		rd_kafka_oauthbearer_set_token_failure(cl->rk, ZSTR_VAL(problem));
		zend_string_release(problem);
		zend_hash_destroy(&options);
		zend_hash_destroy(extensions);
		FREE_HASHTABLE(extensions);
		return;
	}
	zval *principal = zend_hash_str_find(&options, ZEND_STRL("principal"));
	zval *principal_claim = zend_hash_str_find(&options, ZEND_STRL("principalClaimName"));
	zval *scope = zend_hash_str_find(&options, ZEND_STRL("scope"));
	zval *scope_claim = zend_hash_str_find(&options, ZEND_STRL("scopeClaimName"));
	zval *life = zend_hash_str_find(&options, ZEND_STRL("lifeSeconds"));
	zend_long life_s = life && zval_get_long(life) > 0 ? zval_get_long(life) : 3600;
	int64_t now_ms = kafka_wall_ms();
	int64_t expires_ms = now_ms + (int64_t)life_s * 1000; /* the claim's exp, to the millisecond */
	zval claims, rv;
	array_init(&claims);
	add_assoc_string(&claims, principal_claim ? Z_STRVAL_P(principal_claim) : "sub", principal ? Z_STRVAL_P(principal) : "");
	add_assoc_double(&claims, "iat", (double)now_ms / 1000.0);
	add_assoc_double(&claims, "exp", (double)expires_ms / 1000.0);
	if (scope) {
		zval list;
		array_init(&list);
		php_explode(ZSTR_CHAR(','), Z_STR_P(scope), &list, ZEND_LONG_MAX);
		add_assoc_zval(&claims, scope_claim ? Z_STRVAL_P(scope_claim) : "scope", &list);
	}
	smart_str json = {0};
	php_json_encode(&json, &claims, 0);
	smart_str_0(&json);
	zend_string *header = kafka_base64url(ZEND_STRL("{\"alg\":\"none\"}"));
	zend_string *payload = kafka_base64url(ZSTR_VAL(json.s), ZSTR_LEN(json.s));
	array_init(&rv);
	add_assoc_str(&rv, "token", zend_strpprintf(0, "%s.%s.", ZSTR_VAL(header), ZSTR_VAL(payload)));
	add_assoc_long(&rv, "expiresAtMs", (zend_long)expires_ms);
	add_assoc_string(&rv, "principal", principal ? Z_STRVAL_P(principal) : "");
	zval ext;
	ZVAL_ARR(&ext, extensions);
	add_assoc_zval(&rv, "extensions", &ext);
	problem = kafka_client_set_token(cl, &rv);
	if (problem) {
		rd_kafka_oauthbearer_set_token_failure(cl->rk, ZSTR_VAL(problem));
		zend_string_release(problem);
	}
	zval_ptr_dtor(&rv);
	zend_string_release(header);
	zend_string_release(payload);
	smart_str_free(&json);
	zval_ptr_dtor(&claims);
	zend_hash_destroy(&options);
}

void kafka_client_oauth_cb(rd_kafka_t *rk, const char *oauthbearer_config, void *opaque)
{
	(void)rk;
	kafka_client *cl = opaque;
	if (cl->unsecured_jwt) {
		kafka_client_unsecured_token(cl, oauthbearer_config);
		return;
	}
	kafka_client_refresh_token(cl, oauthbearer_config);
}

/* ---- installing them ---- */

static bool kafka_conf_is(rd_kafka_conf_t *conf, const char *name, const char *expected)
{
	char value[64];
	size_t len = sizeof(value);
	return rd_kafka_conf_get(conf, name, value, &len) == RD_KAFKA_CONF_OK && strcasecmp(value, expected) == 0;
}

/* Tokens from onOAuthTokenRefresh, or unsecured JWTs made here, unless librdkafka makes them
 * itself (OIDC). */
bool kafka_client_conf_refreshes_tokens(rd_kafka_conf_t *conf)
{
	return kafka_conf_is(conf, "sasl.mechanisms", "OAUTHBEARER") && !kafka_conf_is(conf, "sasl.oauthbearer.method", "oidc");
}

void kafka_client_conf_callbacks(kafka_client *cl, rd_kafka_conf_t *conf, HashTable *config)
{
	rd_kafka_conf_set_opaque(conf, cl);
	char brokers[1024];
	size_t len = sizeof(brokers);
	if (!cl->brokers && rd_kafka_conf_get(conf, "bootstrap.servers", brokers, &len) == RD_KAFKA_CONF_OK) {
		cl->brokers = zend_string_init(brokers, strlen(brokers), 0);
	}
	rd_kafka_conf_set_error_cb(conf, kafka_client_error_cb);
	rd_kafka_conf_set_stats_cb(conf, kafka_client_stats_cb);
	rd_kafka_conf_set_log_cb(conf, kafka_client_log_cb);
	rd_kafka_conf_set(conf, "log.queue", "true", NULL, 0); /* log lines are served on the PHP thread */
	/* Silent by default: errors reach the application as exceptions (or onError), lines reach onLog. */
	cl->log_to_stderr = config && (kafka_conf_has(config, "log_level") || kafka_conf_has(config, "debug"));
	if (kafka_client_conf_refreshes_tokens(conf)) {
		cl->unsecured_jwt = kafka_conf_is(conf, "enable.sasl.oauthbearer.unsecure.jwt", "true");
		if (cl->unsecured_jwt) {
			rd_kafka_conf_set(conf, "enable.sasl.oauthbearer.unsecure.jwt", "false", NULL, 0);
		}
		rd_kafka_conf_set_oauthbearer_token_refresh_cb(conf, kafka_client_oauth_cb);
	}
}

void kafka_client_started(kafka_client *cl, rd_kafka_t *rk)
{
	cl->rk = rk;
	cl->constructed = true;
	rd_kafka_set_log_queue(rk, NULL); /* to the main queue, served with the other callbacks */
}

/* ---- registering PHP callbacks ---- */

void kafka_client_set_callback(INTERNAL_FUNCTION_PARAMETERS, kafka_client *cl, size_t offset)
{
	zend_fcall_info fci = empty_fcall_info;
	zend_fcall_info_cache fcc = empty_fcall_info_cache;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_FUNC_OR_NULL(fci, fcc)
	ZEND_PARSE_PARAMETERS_END();

	kafka_callback *cb = (kafka_callback *)((char *)cl + offset);
	if (!kafka_client_usable(cl, Z_OBJ_P(ZEND_THIS), KAFKA_ANYWHERE) || !kafka_callback_set(cb, &fci)) {
		RETURN_THROWS();
	}
	if (cb == &cl->on_oauth && cl->oauth_refresh_pending && kafka_callback_isset(cb) && !cl->pending_exception) {
		/* librdkafka asked for a token before there was a callback to give one */
		kafka_client_refresh_token(cl, NULL);
		kafka_client_rethrow(cl);
	}
}

/* ---- librdkafka's blocking reads, in slices (kafka_call_sliced) ---- */

rd_kafka_resp_err_t kafka_client_poll_main(void *ctx)
{
	kafka_client *cl = ctx;
	if (cl->polls_main_queue && !cl->pending_exception) {
		rd_kafka_poll(cl->rk, 0);
	}
	return cl->pending_exception ? kafka_exception_code(cl->pending_exception) : RD_KAFKA_RESP_ERR_NO_ERROR;
}

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

rd_kafka_resp_err_t kafka_metadata_sliced(kafka_client *cl, bool all_topics, rd_kafka_topic_t *only, const struct rd_kafka_metadata **md, int64_t deadline)
{
	kafka_metadata_call call = {cl->rk, all_topics, only, md};
	/* Asking is the refresh: no topic to refresh besides. */
	return kafka_call_retried(cl, kafka_metadata_attempt, &call, deadline, NULL, 0);
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
	return kafka_query_watermarks(call->rk, call->topic, call->partition, call->low, call->high, timeout_ms);
}

rd_kafka_resp_err_t kafka_watermarks_sliced(kafka_client *cl, const char *topic, int32_t partition, int64_t *low, int64_t *high, int64_t deadline)
{
	kafka_watermarks_call call = {cl->rk, topic, partition, low, high};
	return kafka_call_retried(cl, kafka_watermarks_attempt, &call, deadline, &topic, 1);
}

typedef struct {
	rd_kafka_t *rk;
	kafka_partitions_query query;
	rd_kafka_topic_partition_list_t *list;
	const rd_kafka_topic_partition_list_t *asked; /* the list as given: each attempt starts from it */
} kafka_partitions_call;

static rd_kafka_resp_err_t kafka_partitions_attempt(void *ctx, int timeout_ms)
{
	kafka_partitions_call *call = ctx;
	for (int i = 0; i < call->list->cnt; i++) {
		call->list->elems[i].offset = call->asked->elems[i].offset;
		call->list->elems[i].err = RD_KAFKA_RESP_ERR_NO_ERROR;
	}
	return call->query(call->rk, call->list, timeout_ms);
}

rd_kafka_resp_err_t kafka_partitions_query_sliced(kafka_client *cl, kafka_partitions_query query, rd_kafka_topic_partition_list_t *list, int64_t deadline)
{
	rd_kafka_topic_partition_list_t *asked = rd_kafka_topic_partition_list_copy(list);
	const char **topics = safe_emalloc((size_t)list->cnt + 1, sizeof(*topics), 0);
	for (int i = 0; i < list->cnt; i++) {
		topics[i] = asked->elems[i].topic;
	}
	kafka_partitions_call call = {cl->rk, query, list, asked};
	rd_kafka_resp_err_t err = kafka_call_retried(cl, kafka_partitions_attempt, &call, deadline, topics, list->cnt);
	efree(topics);
	rd_kafka_topic_partition_list_destroy(asked);
	return err;
}
