/* Kafka\Producer::persistent(): producers that a PHP process (a PHP-FPM worker) keeps from one
 * request to the next, with their connections, metadata and producer id.
 *
 * Two lifetimes meet here. The librdkafka handle lives in a record of persistent (malloc) memory,
 * in a registry of the process (module globals: one per thread under ZTS). PHP objects and zvals
 * live in request memory, which is freed at the end of every request; so every request gets a
 * Kafka\Producer object of its own that borrows the handle ("attached"). Everything the request
 * gives the producer (onDelivery, onError, ... callbacks that may capture request objects, failed
 * message lists, deferred reports, a pending exception) belongs to that object and dies with it;
 * what must outlive it (the handle, its options, a fatal error, a pending token refresh, the last
 * error) is copied into the record when the object is detached.
 *
 * librdkafka's opaque is the record, never a request's object: the callbacks below pass each event
 * on to the object attached to the record. librdkafka calls them only from inside our calls that
 * serve the handle, on the PHP thread, so an object is attached whenever one runs; should one run
 * with none attached, it keeps what must survive and drops the rest, without PHP.
 *
 * The request's end is the module's RSHUTDOWN: after register_shutdown_function() callbacks and
 * destructors (what they sent is included; the attached object's own destructor leaves the handle
 * alone), after a fatal error too, and before PHP frees the request's objects. It flushes what the
 * request queued (rd_kafka_flush(): sent at once, no linger), for at most
 * php.destroy.flush.timeout.ms, without calling PHP; what is still undelivered then is purged, its
 * reports served, and warned about, as when any producer is destroyed. Then the object is detached
 * (a later call on it finds it closed) and released. No report of a request's messages is left for
 * a later request: if one could be (the end was cut short), the next request drops them before it
 * attaches. */
#include <inttypes.h>
#include "php_kafka.h"
#include "zend_exceptions.h"
#include "zend_smart_str.h"
#include "ext/standard/info.h"
#include "producer.h"

typedef struct kafka_persistent {
	zend_string *name;           /* persistent memory, the registry's key */
	HashTable config;            /* the user's config, canonical: name => value as a string */
	rd_kafka_t *rk;
	uint32_t fork_generation;    /* a child process forked after it was made starts a new one */
	kafka_ext_options opts;      /* php.* options of the config */
	int64_t created_ms;          /* monotonic */
	kafka_producer *current;     /* the object of the current request; NULL between requests */
	bool dirty;                  /* reports of an earlier request may still be due: dropped before the next attaches */
	bool dropping;               /* dropping those: delivery reports reach no object */
	/* client state that outlives the request's object */
	bool log_to_stderr;
	bool unsecured_jwt;
	bool oauth_refresh_pending;
	bool fatal;
	char *oauth_config;          /* sasl.oauthbearer.config as librdkafka handed it over; NULL until asked */
	rd_kafka_resp_err_t last_err;
	char last_error[512];
	/* for phpinfo() */
	uint64_t delivered;
	uint64_t failed;
	uint64_t requests;
} kafka_persistent;

#define KAFKA_PERSISTENT_REGISTRY (&KAFKA_G(persistent_producers))

/* ---- librdkafka's callbacks: passed on to the request's object ---- */

static void kafka_persistent_dr_cb(rd_kafka_t *rk, const rd_kafka_message_t *rkm, void *opaque)
{
	kafka_persistent *rec = opaque;
	if (rkm->err) {
		rec->failed++;
	} else {
		rec->delivered++;
	}
	if (rec->current && !rec->dropping) {
		kafka_producer_dr_cb(rk, rkm, rec->current);
	}
}

static void kafka_persistent_error_cb(rd_kafka_t *rk, int err, const char *reason, void *opaque)
{
	kafka_persistent *rec = opaque;
	if (rec->current) {
		kafka_client_error_cb(rk, err, reason, &rec->current->client);
		return;
	}
	if (err == RD_KAFKA_RESP_ERR__FATAL) {
		rec->fatal = true;
	}
	rec->last_err = (rd_kafka_resp_err_t)err;
	snprintf(rec->last_error, sizeof(rec->last_error), "%s", reason);
}

static int kafka_persistent_stats_cb(rd_kafka_t *rk, char *json, size_t json_len, void *opaque)
{
	kafka_persistent *rec = opaque;
	return rec->current ? kafka_client_stats_cb(rk, json, json_len, &rec->current->client) : 0;
}

static void kafka_persistent_log_cb(const rd_kafka_t *rk, int level, const char *facility, const char *buf)
{
	kafka_persistent *rec = rd_kafka_opaque(rk);
	if (rec && rec->current) {
		kafka_client_log_line(&rec->current->client, rk, level, facility, buf);
	}
}

static void kafka_persistent_oauth_cb(rd_kafka_t *rk, const char *oauthbearer_config, void *opaque)
{
	kafka_persistent *rec = opaque;
	if (rec->current) {
		kafka_client_oauth_cb(rk, oauthbearer_config, &rec->current->client);
		return;
	}
	rec->oauth_refresh_pending = true; /* asked again of the next request's onOAuthTokenRefresh */
	if (!rec->oauth_config) {
		rec->oauth_config = pestrdup(oauthbearer_config ? oauthbearer_config : "", 1);
	}
}

/* ---- the registry ---- */

/* The canonical form of a config array, for comparing two: name => value as librdkafka gets it
 * (true and "true", 1 and "1" are the same setting). */
static void kafka_persistent_canonical(HashTable *config, HashTable *out, bool persistent)
{
	zend_hash_init(out, zend_hash_num_elements(config), NULL, persistent ? ZVAL_INTERNAL_PTR_DTOR : ZVAL_PTR_DTOR, persistent);
	zend_string *key;
	zend_ulong index;
	zval *value;
	ZEND_HASH_FOREACH_KEY_VAL(config, index, key, value) {
		ZVAL_DEREF(value);
		zend_string *str = kafka_scalar_string(value);
		zval copy;
		if (str) {
			ZVAL_STR(&copy, persistent ? zend_string_init(ZSTR_VAL(str), ZSTR_LEN(str), 1) : zend_string_copy(str));
			zend_string_release(str);
		} else {
			/* refused when the producer is made; here it only has to differ from any scalar */
			ZVAL_STR(&copy, zend_string_init(zend_zval_type_name(value), strlen(zend_zval_type_name(value)), persistent));
		}
		if (key) {
			zend_string *k = persistent ? zend_string_init(ZSTR_VAL(key), ZSTR_LEN(key), 1) : zend_string_copy(key);
			zend_hash_update(out, k, &copy);
			zend_string_release(k);
		} else {
			zend_hash_index_update(out, index, &copy);
		}
	} ZEND_HASH_FOREACH_END();
}

/* The names whose values differ between a and b (never the values: they may be secrets). */
static void kafka_persistent_differences(HashTable *a, HashTable *b, smart_str *names)
{
	HashTable *sides[2] = {a, b};
	for (int i = 0; i < 2; i++) {
		HashTable *mine = sides[i], *other = sides[1 - i];
		zend_string *key;
		zend_ulong index;
		zval *value;
		ZEND_HASH_FOREACH_KEY_VAL(mine, index, key, value) {
			zval *theirs = key ? zend_hash_find(other, key) : zend_hash_index_find(other, index);
			if (theirs && (i == 1 || zend_string_equals(Z_STR_P(theirs), Z_STR_P(value)))) {
				continue; /* the same, or (second pass) already named */
			}
			if (names->s) {
				smart_str_appends(names, ", ");
			}
			if (key) {
				smart_str_append(names, key);
			} else {
				smart_str_append_unsigned(names, index);
			}
		} ZEND_HASH_FOREACH_END();
	}
	smart_str_0(names);
}

static bool kafka_persistent_config_matches(kafka_persistent *rec, HashTable *config)
{
	HashTable given;
	kafka_persistent_canonical(config, &given, false);
	smart_str names = {0};
	kafka_persistent_differences(&rec->config, &given, &names);
	zend_hash_destroy(&given);
	if (!names.s) {
		return true;
	}
	kafka_throw(kafka_ce_config_exception, RD_KAFKA_RESP_ERR__INVALID_ARG,
		"Kafka\\Producer::persistent(\"%s\") already exists in this process with a different configuration (differs in: %s); "
		"use the same configuration, another name, or close() it first",
		ZSTR_VAL(rec->name), ZSTR_VAL(names.s));
	smart_str_free(&names);
	return false;
}

/* Frees the record's memory (the handle is destroyed, or abandoned, by the caller). */
static void kafka_persistent_free(kafka_persistent *rec)
{
	zend_string_release(rec->name);
	zend_hash_destroy(&rec->config);
	if (rec->oauth_config) {
		pefree(rec->oauth_config, 1);
	}
	pefree(rec, 1);
}

/* ---- attaching a request's object ---- */

static void kafka_persistent_attach(kafka_persistent *rec, kafka_producer *p)
{
	kafka_client *cl = &p->client;
	cl->rk = rec->rk;
	cl->constructed = true;
	cl->reports_before_fatal = true;
	cl->fork_generation = rec->fork_generation;
	cl->log_to_stderr = rec->log_to_stderr;
	cl->unsecured_jwt = rec->unsecured_jwt;
	cl->oauth_refresh_pending = rec->oauth_refresh_pending;
	if (rec->oauth_config && !cl->oauth_config) {
		cl->oauth_config = zend_string_init(rec->oauth_config, strlen(rec->oauth_config), 0);
	}
	cl->fatal = rec->fatal;
	cl->last_err = rec->last_err;
	memcpy(cl->last_error, rec->last_error, sizeof(cl->last_error));
	p->opts = rec->opts;
	p->persistent = rec;
	rec->current = p;
	GC_ADDREF(&p->std); /* the registry's: the same object for every call of this request */
	rec->requests++;
	if (rec->dirty) {
		/* reports of an earlier request whose end was cut short: served without PHP, dropped */
		rec->dirty = false;
		rec->dropping = true;
		cl->callbacks_disabled = true;
		rd_kafka_poll(rec->rk, 0);
		cl->callbacks_disabled = false;
		rec->dropping = false;
	}
}

/* Copies what must outlive the object into the record. */
static void kafka_persistent_save(kafka_persistent *rec, kafka_producer *p)
{
	kafka_client *cl = &p->client;
	rec->oauth_refresh_pending = cl->oauth_refresh_pending;
	if (cl->oauth_config && !rec->oauth_config) {
		rec->oauth_config = pestrndup(ZSTR_VAL(cl->oauth_config), ZSTR_LEN(cl->oauth_config), 1);
	}
	rec->fatal = rec->fatal || cl->fatal;
	rec->last_err = cl->last_err;
	memcpy(rec->last_error, cl->last_error, sizeof(rec->last_error));
}

/* The object lets go of the handle: later calls on it find it closed. */
static void kafka_persistent_detach(kafka_persistent *rec)
{
	kafka_producer *p = rec->current;
	if (!p) {
		return;
	}
	kafka_persistent_save(rec, p);
	p->client.rk = NULL;
	p->persistent = NULL;
	rec->current = NULL;
	OBJ_RELEASE(&p->std);
}

/* This producer is done with the request's object: flush what it queued (bounded), warn
 * ("<subject> with N message(s) ...", %s: the name), detach. request_over: at the request's end,
 * when the request's error handler must not run (its PHP code is over): the warnings go to the log. */
static void kafka_persistent_end_request(kafka_persistent *rec, const char *subject_format, bool request_over)
{
	kafka_producer *p = rec->current;
	if (!p) {
		return;
	}
	zend_string *subject = zend_strpprintf(0, subject_format, ZSTR_VAL(rec->name));
	zval handler;
	ZVAL_UNDEF(&handler);
	if (request_over) {
		ZVAL_COPY_VALUE(&handler, &EG(user_error_handler));
		ZVAL_UNDEF(&EG(user_error_handler));
	}
	bool settled = kafka_producer_settle(p, rec->opts.destroy_flush_timeout_ms, "php.destroy.flush.timeout.ms", ZSTR_VAL(subject), true);
	if (request_over) {
		ZVAL_COPY_VALUE(&EG(user_error_handler), &handler);
	}
	zend_string_release(subject);
	rec->dirty = !settled;
	kafka_persistent_detach(rec);
}

static void kafka_persistent_remove(kafka_persistent *rec)
{
	zend_hash_del(KAFKA_PERSISTENT_REGISTRY, rec->name);
}

/* Ends a record for good: the request's object (if any) is flushed and detached, the handle
 * destroyed. Out of the registry first: an error handler run by the warnings that asks for the name
 * gets a new producer. */
static void kafka_persistent_retire(kafka_persistent *rec)
{
	kafka_persistent_remove(rec);
	kafka_persistent_end_request(rec, "Kafka\\Producer::persistent(\"%s\") was replaced after a fatal error", false);
	rd_kafka_destroy(rec->rk);
	kafka_persistent_free(rec);
}

/* A record made before this process was forked: its handle's threads are the parent's. The
 * object attached to it (if any) keeps the dead handle, so that using it says so, and is released;
 * the handle is abandoned (destroying it would wait for threads that do not exist here). */
static int kafka_persistent_prune_forked(zval *zv)
{
	kafka_persistent *rec = Z_PTR_P(zv);
	if (rec->fork_generation == kafka_fork_generation) {
		return ZEND_HASH_APPLY_KEEP;
	}
	kafka_producer *p = rec->current;
	if (p) {
		p->persistent = NULL;
		rec->current = NULL;
		OBJ_RELEASE(&p->std);
	}
	kafka_persistent_free(rec);
	return ZEND_HASH_APPLY_REMOVE;
}

static bool kafka_persistent_is_fatal(kafka_persistent *rec)
{
	char reason[8];
	return rec->fatal || (rec->current && rec->current->client.fatal)
		|| rd_kafka_fatal_error(rec->rk, reason, sizeof(reason)) != RD_KAFKA_RESP_ERR_NO_ERROR;
}

/* ---- making one ---- */

/* A new object of class ce (a Kafka\Producer) that no constructor has run on. */
static kafka_producer *kafka_persistent_object(zend_class_entry *ce, zval *rv)
{
	if (object_init_ex(rv, ce) != SUCCESS) {
		return NULL;
	}
	return kafka_producer_from_obj(Z_OBJ_P(rv));
}

/* kafka.persistent=0: what new would give. */
static void kafka_persistent_plain(zend_class_entry *ce, HashTable *config, zval *return_value)
{
	zval obj;
	kafka_producer *p = kafka_persistent_object(ce, &obj);
	if (!p) {
		return;
	}
	rd_kafka_conf_t *conf = kafka_producer_conf_new(p, config);
	rd_kafka_t *rk = conf ? kafka_handle_new(RD_KAFKA_PRODUCER, conf) : NULL;
	if (!rk) {
		zval_ptr_dtor(&obj);
		return;
	}
	kafka_client_started(&p->client, rk);
	RETURN_COPY_VALUE(&obj);
}

static void kafka_persistent_create(zend_string *name, HashTable *config, zend_class_entry *ce, zval *return_value)
{
	zval obj;
	kafka_producer *p = kafka_persistent_object(ce, &obj);
	if (!p) {
		return;
	}
	rd_kafka_conf_t *conf = kafka_producer_conf_new(p, config);
	if (!conf) {
		zval_ptr_dtor(&obj);
		return;
	}
	kafka_persistent *rec = pecalloc(1, sizeof(*rec), 1);
	/* the callbacks of kafka_producer_conf_new(), through the record */
	rd_kafka_conf_set_opaque(conf, rec);
	rd_kafka_conf_set_dr_msg_cb(conf, kafka_persistent_dr_cb);
	rd_kafka_conf_set_error_cb(conf, kafka_persistent_error_cb);
	rd_kafka_conf_set_stats_cb(conf, kafka_persistent_stats_cb);
	rd_kafka_conf_set_log_cb(conf, kafka_persistent_log_cb);
	if (kafka_client_conf_refreshes_tokens(conf)) {
		rd_kafka_conf_set_oauthbearer_token_refresh_cb(conf, kafka_persistent_oauth_cb);
	}
	rd_kafka_t *rk = kafka_handle_new(RD_KAFKA_PRODUCER, conf);
	if (!rk) {
		pefree(rec, 1);
		zval_ptr_dtor(&obj);
		return;
	}
	kafka_client_started(&p->client, rk);
	rec->name = zend_string_init(ZSTR_VAL(name), ZSTR_LEN(name), 1);
	kafka_persistent_canonical(config, &rec->config, true);
	rec->rk = rk;
	rec->fork_generation = kafka_fork_generation;
	rec->opts = p->opts;
	rec->created_ms = kafka_clock_ms();
	rec->log_to_stderr = p->client.log_to_stderr;
	rec->unsecured_jwt = p->client.unsecured_jwt;
	zend_hash_add_new_ptr(KAFKA_PERSISTENT_REGISTRY, rec->name, rec);
	kafka_persistent_attach(rec, p);
	RETURN_COPY_VALUE(&obj);
}

ZEND_METHOD(Kafka_Producer, persistent)
{
	zend_string *name;
	HashTable *config;
	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_STR(name)
		Z_PARAM_ARRAY_HT(config)
	ZEND_PARSE_PARAMETERS_END();

	if (ZSTR_LEN(name) == 0) {
		zend_argument_value_error(1, "must not be empty");
		RETURN_THROWS();
	}
	if (kafka_has_nul(ZSTR_VAL(name), ZSTR_LEN(name))) {
		zend_argument_value_error(1, "must not contain NUL bytes");
		RETURN_THROWS();
	}
	if (kafka_conf_has(config, "transactional.id")) {
		/* every worker process would keep one under the same id, and each would fence the others */
		kafka_throw(kafka_ce_config_exception, RD_KAFKA_RESP_ERR__INVALID_ARG,
			"Kafka\\Producer::persistent() takes no \"transactional.id\": each PHP-FPM worker would keep a producer with the same id "
			"and fence the others; create a new Kafka\\Producer with a transactional.id of its own for transactions");
		RETURN_THROWS();
	}
	/* Subclass::persistent() gives a Subclass (whose constructor does not run) */
	zend_class_entry *ce = zend_get_called_scope(execute_data);
	if (!ce || !instanceof_function(ce, kafka_ce_producer)) {
		ce = kafka_ce_producer;
	}
	if (!KAFKA_G(persistent_enabled)) {
		kafka_persistent_plain(ce, config, return_value);
		return;
	}
	zend_hash_apply(KAFKA_PERSISTENT_REGISTRY, kafka_persistent_prune_forked);

	kafka_persistent *rec = zend_hash_find_ptr(KAFKA_PERSISTENT_REGISTRY, name);
	if (rec && !kafka_persistent_config_matches(rec, config)) {
		RETURN_THROWS();
	}
	if (rec && kafka_persistent_is_fatal(rec) && !(rec->current && rec->current->client.callback_depth > 0)) {
		/* a fatal error does not poison the worker: a new handle replaces it */
		kafka_persistent_retire(rec);
		if (EG(exception)) {
			RETURN_THROWS(); /* from an error handler called by its warnings */
		}
		/* such a handler may have asked for the name meanwhile */
		rec = zend_hash_find_ptr(KAFKA_PERSISTENT_REGISTRY, name);
		if (rec && !kafka_persistent_config_matches(rec, config)) {
			RETURN_THROWS();
		}
	}
	if (rec && rec->current) {
		if (rec->current->std.ce != ce) {
			kafka_throw(kafka_ce_exception, RD_KAFKA_RESP_ERR__STATE,
				"Kafka\\Producer::persistent(\"%s\") is in use in this request as a %s; it cannot also be a %s",
				ZSTR_VAL(name), ZSTR_VAL(rec->current->std.ce->name), ZSTR_VAL(ce->name));
			RETURN_THROWS();
		}
		RETURN_OBJ_COPY(&rec->current->std);
	}
	if (rec) {
		zval obj;
		kafka_producer *p = kafka_persistent_object(ce, &obj);
		if (!p) {
			RETURN_THROWS();
		}
		kafka_persistent_attach(rec, p);
		RETURN_COPY_VALUE(&obj);
	}
	zend_long max = KAFKA_G(persistent_max);
	if (max >= 0 && (zend_long)zend_hash_num_elements(KAFKA_PERSISTENT_REGISTRY) >= max) {
		kafka_throw(kafka_ce_exception, RD_KAFKA_RESP_ERR__STATE,
			"Kafka\\Producer::persistent(\"%s\"): this process already keeps " ZEND_LONG_FMT " persistent producer(s), the most kafka.persistent_max allows; "
			"close() one, reuse a name, or raise kafka.persistent_max",
			ZSTR_VAL(name), (zend_long)zend_hash_num_elements(KAFKA_PERSISTENT_REGISTRY));
		RETURN_THROWS();
	}
	kafka_persistent_create(name, config, ce, return_value);
}

/* ---- called by producer.c ---- */

void kafka_persistent_close(kafka_producer *p, zend_long timeout_ms, const char *timeout_source)
{
	kafka_persistent *rec = p->persistent;
	kafka_persistent_remove(rec);
	/* the record stays the handle's opaque until the handle is gone */
	kafka_producer_settle(p, timeout_ms, timeout_source, "Kafka\\Producer destroyed", false);
	p->client.rk = NULL;
	p->persistent = NULL;
	rec->current = NULL;
	rd_kafka_destroy(rec->rk);
	kafka_persistent_free(rec);
	OBJ_RELEASE(&p->std); /* the registry's reference; the caller holds its own */
}

void kafka_persistent_object_freed(kafka_producer *p)
{
	kafka_persistent *rec = p->persistent;
	kafka_persistent_save(rec, p);
	rec->dirty = true;
	rec->current = NULL;
	p->persistent = NULL;
	p->client.rk = NULL; /* the record's */
}

/* ---- the module: globals, request end, phpinfo() ---- */

void kafka_persistent_globals_ctor(zend_kafka_globals *globals)
{
	zend_hash_init(&globals->persistent_producers, 4, NULL, NULL, 1);
}

void kafka_persistent_globals_dtor(zend_kafka_globals *globals)
{
	kafka_persistent *rec;
	ZEND_HASH_FOREACH_PTR(&globals->persistent_producers, rec) {
		rec->current = NULL; /* its object, if any, was request memory */
		if (rec->fork_generation == kafka_fork_generation) {
			rd_kafka_destroy(rec->rk); /* every request flushed what it queued */
		}
		kafka_persistent_free(rec);
	} ZEND_HASH_FOREACH_END();
	zend_hash_destroy(&globals->persistent_producers);
}

void kafka_persistent_request_end(void)
{
	zend_hash_apply(KAFKA_PERSISTENT_REGISTRY, kafka_persistent_prune_forked);
	kafka_persistent *rec;
	ZEND_HASH_FOREACH_PTR(KAFKA_PERSISTENT_REGISTRY, rec) {
		kafka_persistent_end_request(rec, "Kafka\\Producer::persistent(\"%s\"): the request ended", true);
	} ZEND_HASH_FOREACH_END();
}

void kafka_persistent_info(void)
{
	HashTable *registry = KAFKA_PERSISTENT_REGISTRY;
	char count[32];
	snprintf(count, sizeof(count), "%u", zend_hash_num_elements(registry));
	php_info_print_table_start();
	php_info_print_table_row(2, "persistent producers in this process", count);
	php_info_print_table_end();
	if (zend_hash_num_elements(registry) == 0) {
		return;
	}
	php_info_print_table_start();
	php_info_print_table_header(5, "persistent producer", "age (s)", "messages delivered", "delivery failures", "requests served");
	int64_t now = kafka_clock_ms();
	kafka_persistent *rec;
	ZEND_HASH_FOREACH_PTR(registry, rec) {
		char age[32], delivered[32], failed[32], requests[32];
		snprintf(age, sizeof(age), "%" PRId64, (now - rec->created_ms) / 1000);
		snprintf(delivered, sizeof(delivered), "%" PRIu64, rec->delivered);
		snprintf(failed, sizeof(failed), "%" PRIu64, rec->failed);
		snprintf(requests, sizeof(requests), "%" PRIu64, rec->requests);
		php_info_print_table_row(5, ZSTR_VAL(rec->name), age, delivered, failed, requests);
	} ZEND_HASH_FOREACH_END();
	php_info_print_table_end();
}
