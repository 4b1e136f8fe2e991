/* Turning a PHP config array into a librdkafka configuration, creating handles from it, and
 * keeping secret values out of every message. */
#include "php_kafka.h"
#include "ext/standard/php_string.h"
#include <pthread.h>
#include <stdio.h>

/* Keys whose values are secrets: never echoed in messages. Anything naming a password or a
 * secret is treated the same, so properties added by later librdkafka versions are covered. */
static bool kafka_conf_is_secret(const char *name)
{
	static const char *const secrets[] = {
		"ssl.key.pem", "ssl_key", "ssl.keystore.password", "sasl.oauthbearer.config", NULL,
	};
	if (strstr(name, "password") || strstr(name, "secret")) {
		return true;
	}
	for (const char *const *s = secrets; *s; s++) {
		if (strcmp(name, *s) == 0) {
			return true;
		}
	}
	return false;
}

/* ---- secrets ---- */

/* At most this many distinct secret values are remembered per process (or thread). */
#define KAFKA_SECRETS_MAX 4096
/* Shorter pieces of a secret value are not remembered on their own (they would blot out words). */
#define KAFKA_SECRET_PART_MIN 6

void kafka_globals_ctor(zend_kafka_globals *globals)
{
	zend_hash_init(&globals->secrets, 8, NULL, NULL, 1);
}

void kafka_globals_dtor(zend_kafka_globals *globals)
{
	zend_hash_destroy(&globals->secrets);
}

static void kafka_secret_remember(const char *value, size_t len)
{
	if (len == 0 || zend_hash_num_elements(&KAFKA_G(secrets)) >= KAFKA_SECRETS_MAX) {
		return;
	}
	zend_hash_str_add_empty_element(&KAFKA_G(secrets), value, len);
}

/* The value, and for "k1=v1 k2=v2" values (sasl.oauthbearer.config) each token and each v: error
 * texts may quote only a piece ("... beginning at: extension_key=..."). */
static void kafka_secret_remember_value(const char *value)
{
	size_t len = strlen(value);
	kafka_secret_remember(value, len);
	const char *p = value, *end = value + len;
	while (p < end) {
		while (p < end && (*p == ' ' || *p == ',' || *p == '\t')) {
			p++;
		}
		const char *token = p;
		while (p < end && *p != ' ' && *p != ',' && *p != '\t') {
			p++;
		}
		size_t token_len = (size_t)(p - token);
		if (token_len >= KAFKA_SECRET_PART_MIN && token_len < len) {
			kafka_secret_remember(token, token_len);
		}
		const char *eq = memchr(token, '=', token_len);
		if (eq && (size_t)(p - eq - 1) >= KAFKA_SECRET_PART_MIN) {
			kafka_secret_remember(eq + 1, (size_t)(p - eq - 1));
		}
	}
}

zend_string *kafka_secrets_scrub(const char *text, size_t len)
{
	zend_string *out = zend_string_init(text, len, 0);
	if (zend_hash_num_elements(&KAFKA_G(secrets)) == 0) {
		return out;
	}
	zend_string *secret;
	/* longest first would be ideal; replacing whole values before their pieces is enough here */
	ZEND_HASH_FOREACH_STR_KEY(&KAFKA_G(secrets), secret) {
		if (!secret || !php_memnstr(ZSTR_VAL(out), ZSTR_VAL(secret), ZSTR_LEN(secret), ZSTR_VAL(out) + ZSTR_LEN(out))) {
			continue;
		}
		zend_string *replaced = php_str_to_str(ZSTR_VAL(out), ZSTR_LEN(out), ZSTR_VAL(secret), ZSTR_LEN(secret), "***", 3);
		zend_string_release(out);
		out = replaced;
	} ZEND_HASH_FOREACH_END();
	return out;
}

void kafka_warning(const char *format, ...)
{
	va_list args;
	va_start(args, format);
	zend_string *message = zend_vstrpprintf(0, format, args);
	va_end(args);
	zend_string *scrubbed = kafka_secrets_scrub(ZSTR_VAL(message), ZSTR_LEN(message));
	php_error_docref(NULL, E_WARNING, "%s", ZSTR_VAL(scrubbed));
	zend_string_release(scrubbed);
	zend_string_release(message);
}

/* ---- librdkafka's catalogue of properties ---- */

/* What librdkafka says of a property (rd_kafka_conf_properties_show()): which clients use it
 * ('C' consumers, 'P' producers, '*' both), its allowed values, and what it is an alias for. */
typedef struct {
	char *name;
	char scope;
	char *range;    /* "" when librdkafka gives none */
	char *alias_of; /* NULL unless an alias */
} kafka_property;

static kafka_property *kafka_properties;
static size_t kafka_property_count;
static pthread_once_t kafka_properties_once = PTHREAD_ONCE_INIT;

static char *kafka_trimmed_dup(const char *start, const char *end)
{
	while (start < end && *start == ' ') {
		start++;
	}
	while (end > start && (end[-1] == ' ' || end[-1] == '\n')) {
		end--;
	}
	char *out = malloc((size_t)(end - start) + 1);
	memcpy(out, start, (size_t)(end - start));
	out[end - start] = '\0';
	return out;
}

/* One row of the table: "name | C/P | range | default | importance | description". */
static void kafka_properties_add_row(const char *line)
{
	const char *cols[6];
	int n = 0;
	cols[n++] = line;
	for (const char *p = line; *p && n < 6; p++) {
		if (*p == '|') {
			cols[n++] = p + 1;
		}
	}
	if (n < 6) {
		return;
	}
	char *name = kafka_trimmed_dup(cols[0], cols[1] - 1);
	if (!*name || strcmp(name, "Property") == 0 || name[0] == '-') {
		free(name);
		return;
	}
	for (size_t i = 0; i < kafka_property_count; i++) {
		if (strcmp(kafka_properties[i].name, name) == 0) {
			free(name); /* in both the global and the topic table: the first one tells */
			return;
		}
	}
	char *scope = kafka_trimmed_dup(cols[1], cols[2] - 1);
	kafka_property *prop = &kafka_properties[kafka_property_count++];
	prop->name = name;
	prop->scope = scope[0] ? scope[0] : '*';
	free(scope);
	prop->range = kafka_trimmed_dup(cols[2], cols[3] - 1);
	const char *alias = strstr(cols[5], "Alias for `");
	const char *alias_end = alias ? strchr(alias + 11, '`') : NULL;
	prop->alias_of = alias_end ? kafka_trimmed_dup(alias + 11, alias_end) : NULL;
}

static void kafka_properties_load(void)
{
	char *text = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&text, &len);
	if (!out) {
		return;
	}
	rd_kafka_conf_properties_show(out);
	fclose(out);
	size_t lines = 1;
	for (size_t i = 0; i < len; i++) {
		lines += text[i] == '\n';
	}
	kafka_properties = calloc(lines, sizeof(*kafka_properties));
	for (char *line = text, *next; line && *line; line = next) {
		next = strchr(line, '\n');
		if (next) {
			*next++ = '\0';
		}
		kafka_properties_add_row(line);
	}
	free(text);
}

static const kafka_property *kafka_property_find(const char *name)
{
	pthread_once(&kafka_properties_once, kafka_properties_load);
	for (size_t i = 0; i < kafka_property_count; i++) {
		if (strcmp(kafka_properties[i].name, name) == 0) {
			return &kafka_properties[i];
		}
	}
	return NULL;
}

/* librdkafka's error text in the words the user wrote: an alias's target renamed to the key given,
 * no trailing newline. */
static zend_string *kafka_conf_error_text(const char *name, const char *errstr)
{
	const kafka_property *prop = kafka_property_find(name);
	zend_string *text = zend_string_init(errstr, strlen(errstr), 0);
	while (ZSTR_LEN(text) && (ZSTR_VAL(text)[ZSTR_LEN(text) - 1] == '\n' || ZSTR_VAL(text)[ZSTR_LEN(text) - 1] == '.')) {
		ZSTR_VAL(text)[--ZSTR_LEN(text)] = '\0';
	}
	if (prop && prop->alias_of) {
		zend_string *quoted = strpprintf(0, "\"%s\"", prop->alias_of), *ours = strpprintf(0, "\"%s\"", name);
		zend_string *renamed = php_str_to_str(ZSTR_VAL(text), ZSTR_LEN(text), ZSTR_VAL(quoted), ZSTR_LEN(quoted), ZSTR_VAL(ours), ZSTR_LEN(ours));
		zend_string_release(text);
		zend_string_release(quoted);
		zend_string_release(ours);
		text = renamed;
	}
	return text;
}

/* "Invalid value ... for configuration property "<name>" (allowed: <range>)", with librdkafka's
 * own explanation when it adds one. */
static void kafka_conf_throw_invalid(const char *name, const char *errstr)
{
	const kafka_property *prop = kafka_property_find(name);
	zend_string *text = kafka_conf_error_text(name, errstr);
	zend_string *allowed = prop && prop->range[0] ? strpprintf(0, " (allowed: %s)", prop->range) : ZSTR_EMPTY_ALLOC();
	if (strncmp(ZSTR_VAL(text), "Invalid value for configuration property", 40) == 0) {
		kafka_throw(kafka_ce_config_exception, RD_KAFKA_RESP_ERR__INVALID_ARG,
			"Invalid value for configuration property \"%s\"%s", name, ZSTR_VAL(allowed));
	} else if (strncmp(ZSTR_VAL(text), "Invalid value \"", 15) == 0) {
		kafka_throw(kafka_ce_config_exception, RD_KAFKA_RESP_ERR__INVALID_ARG, "%s%s", ZSTR_VAL(text), ZSTR_VAL(allowed));
	} else {
		kafka_throw(kafka_ce_config_exception, RD_KAFKA_RESP_ERR__INVALID_ARG,
			"Invalid value for configuration property \"%s\"%s: %s", name, ZSTR_VAL(allowed), ZSTR_VAL(text));
	}
	zend_string_release(allowed);
	zend_string_release(text);
}

/* ---- properties ---- */

bool kafka_conf_set(rd_kafka_conf_t *conf, const char *name, const char *value)
{
	char errstr[512];
	if (kafka_conf_is_secret(name)) {
		kafka_secret_remember_value(value);
	}
	switch (rd_kafka_conf_set(conf, name, value, errstr, sizeof(errstr))) {
		case RD_KAFKA_CONF_OK:
			return true;
		case RD_KAFKA_CONF_UNKNOWN:
			kafka_throw(kafka_ce_config_exception, RD_KAFKA_RESP_ERR__INVALID_ARG,
				"Unknown configuration property \"%s\"", name);
			return false;
		default:
			if (kafka_conf_is_secret(name)) {
				kafka_throw(kafka_ce_config_exception, RD_KAFKA_RESP_ERR__INVALID_ARG,
					"Invalid value for configuration property \"%s\" (value not shown: it is a secret)", name);
			} else {
				kafka_conf_throw_invalid(name, errstr);
			}
			return false;
	}
}

zend_string *kafka_scalar_string(zval *value)
{
	switch (Z_TYPE_P(value)) {
		case IS_STRING:
			return zend_string_copy(Z_STR_P(value));
		case IS_LONG:
		case IS_DOUBLE:
			return zval_get_string(value);
		case IS_TRUE:
			return zend_string_init(ZEND_STRL("true"), 0);
		case IS_FALSE:
			return zend_string_init(ZEND_STRL("false"), 0);
		default:
			return NULL;
	}
}

typedef struct {
	const char *name;
	kafka_opt_mask flag;
	size_t offset; /* into kafka_ext_options */
} kafka_ext_option_def;

static const kafka_ext_option_def kafka_ext_option_defs[] = {
	{"php.destroy.flush.timeout.ms", KAFKA_OPT_DESTROY_FLUSH_TIMEOUT, XtOffsetOf(kafka_ext_options, destroy_flush_timeout_ms)},
	{"php.send.block.timeout.ms", KAFKA_OPT_SEND_BLOCK_TIMEOUT, XtOffsetOf(kafka_ext_options, send_block_timeout_ms)},
	{"php.operation.timeout.ms", KAFKA_OPT_OPERATION_TIMEOUT, XtOffsetOf(kafka_ext_options, operation_timeout_ms)},
	{"php.close.timeout.ms", KAFKA_OPT_CLOSE_TIMEOUT, XtOffsetOf(kafka_ext_options, close_timeout_ms)},
	{"php.unreachable.timeout.ms", KAFKA_OPT_UNREACHABLE_TIMEOUT, XtOffsetOf(kafka_ext_options, unreachable_timeout_ms)},
	{NULL, KAFKA_OPT_NONE, 0},
};

static void kafka_ext_options_defaults(kafka_ext_options *opts)
{
	opts->destroy_flush_timeout_ms = KAFKA_DEFAULT_DESTROY_FLUSH_TIMEOUT_MS;
	opts->send_block_timeout_ms = KAFKA_DEFAULT_SEND_BLOCK_TIMEOUT_MS;
	opts->operation_timeout_ms = KAFKA_DEFAULT_OPERATION_TIMEOUT_MS;
	opts->close_timeout_ms = KAFKA_DEFAULT_CLOSE_TIMEOUT_MS;
	opts->unreachable_timeout_ms = KAFKA_DEFAULT_UNREACHABLE_TIMEOUT_MS;
}

/* An extension option ("php.*"): a non-negative integer number of milliseconds. */
static bool kafka_ext_option_set(const char *name, zval *value, kafka_opt_mask allowed, kafka_ext_options *opts)
{
	for (const kafka_ext_option_def *def = kafka_ext_option_defs; def->name; def++) {
		if (strcmp(def->name, name) != 0) {
			continue;
		}
		if (!(allowed & def->flag)) {
			break;
		}
		zend_long ms;
		if (Z_TYPE_P(value) == IS_LONG) {
			ms = Z_LVAL_P(value);
		} else if (Z_TYPE_P(value) != IS_STRING
				|| is_numeric_string(Z_STRVAL_P(value), Z_STRLEN_P(value), &ms, NULL, false) != IS_LONG) {
			kafka_throw(kafka_ce_config_exception, RD_KAFKA_RESP_ERR__INVALID_ARG,
				"Invalid value for configuration property \"%s\": expected an integer number of milliseconds", name);
			return false;
		}
		if (ms < 0) {
			kafka_throw(kafka_ce_config_exception, RD_KAFKA_RESP_ERR__INVALID_ARG,
				"Invalid value for configuration property \"%s\": must be 0 or more milliseconds (larger than %d is treated as %d)",
				name, KAFKA_TIMEOUT_MAX_MS, KAFKA_TIMEOUT_MAX_MS);
			return false;
		}
		*(zend_long *)((char *)opts + def->offset) = kafka_timeout_clamp(ms);
		return true;
	}
	kafka_throw(kafka_ce_config_exception, RD_KAFKA_RESP_ERR__INVALID_ARG,
		"Unknown configuration property \"%s\" (php.* options are the extension's own; see the README for which class takes which)", name);
	return false;
}

/* A property of the other kind of client has no effect: say so, naming it (not refused: one array
 * of settings is often shared by a producer and a consumer). */
static void kafka_conf_check_scope(const char *name, char client)
{
	const kafka_property *prop = client ? kafka_property_find(name) : NULL;
	if (!prop || prop->scope == '*' || prop->scope == client) {
		return;
	}
	kafka_warning("Configuration property \"%s\" is for %s and has no effect on %s", name,
		prop->scope == 'C' ? "consumers" : "producers", client == 'C' ? "a consumer" : "a producer");
}

bool kafka_conf_apply(rd_kafka_conf_t *conf, HashTable *config, kafka_opt_mask allowed, kafka_ext_options *opts)
{
	if (opts) {
		kafka_ext_options_defaults(opts);
	}
	if (!config) {
		return true;
	}
	zend_string *key;
	zend_ulong index;
	zval *value;
	ZEND_HASH_FOREACH_KEY_VAL(config, index, key, value) {
		if (!key) {
			kafka_throw(kafka_ce_config_exception, RD_KAFKA_RESP_ERR__INVALID_ARG,
				"Configuration keys must be property names, got the integer key " ZEND_ULONG_FMT, index);
			return false;
		}
		ZVAL_DEREF(value);
		if (kafka_has_nul(ZSTR_VAL(key), ZSTR_LEN(key))) {
			zend_value_error("Configuration property names must not contain NUL bytes");
			return false;
		}
		if (strncmp(ZSTR_VAL(key), "php.", 4) == 0) {
			kafka_ext_options scratch;
			if (!kafka_ext_option_set(ZSTR_VAL(key), value, allowed, opts ? opts : &scratch)) {
				return false;
			}
			continue;
		}
		zend_string *str = kafka_scalar_string(value);
		if (!str) {
			kafka_throw(kafka_ce_config_exception, RD_KAFKA_RESP_ERR__INVALID_ARG,
				"Configuration property \"%s\" must be string, int, float or bool, %s given",
				ZSTR_VAL(key), zend_zval_type_name(value));
			return false;
		}
		if (kafka_has_nul(ZSTR_VAL(str), ZSTR_LEN(str))) {
			zend_value_error("The value of configuration property \"%s\" must not contain NUL bytes", ZSTR_VAL(key));
			zend_string_release(str);
			return false;
		}
		bool ok = kafka_conf_set(conf, ZSTR_VAL(key), ZSTR_VAL(str));
		zend_string_release(str);
		if (!ok) {
			return false;
		}
		kafka_conf_check_scope(ZSTR_VAL(key), (allowed & KAFKA_OPT_SEND_BLOCK_TIMEOUT) ? 'P' : (allowed & KAFKA_OPT_CLOSE_TIMEOUT) ? 'C' : 0);
	} ZEND_HASH_FOREACH_END();
	return true;
}

bool kafka_conf_has(HashTable *config, const char *name)
{
	return zend_hash_str_exists(config, name, strlen(name));
}

/* Without brokers a client has nobody to talk to and only fails later, vaguely: refuse it now
 * (librdkafka's test.mock.num.brokers makes its own). */
static bool kafka_conf_check_brokers(rd_kafka_conf_t *conf)
{
	size_t len = 0;
	char mock[16];
	size_t mock_len = sizeof(mock);
	if ((rd_kafka_conf_get(conf, "bootstrap.servers", NULL, &len) == RD_KAFKA_CONF_OK && len > 1)
			|| (rd_kafka_conf_get(conf, "test.mock.num.brokers", mock, &mock_len) == RD_KAFKA_CONF_OK && atoi(mock) > 0)) {
		return true;
	}
	kafka_throw(kafka_ce_config_exception, RD_KAFKA_RESP_ERR__INVALID_ARG,
		"Configuration property \"bootstrap.servers\" is missing: the brokers to connect to, e.g. ['bootstrap.servers' => 'localhost:9092']");
	return false;
}

rd_kafka_t *kafka_handle_new(rd_kafka_type_t type, rd_kafka_conf_t *conf)
{
	char errstr[512];
	if (!kafka_conf_check_brokers(conf)) {
		rd_kafka_conf_destroy(conf);
		return NULL;
	}
	rd_kafka_t *rk = rd_kafka_new(type, conf, errstr, sizeof(errstr));
	if (!rk) {
		rd_kafka_conf_destroy(conf);
		kafka_throw(kafka_ce_config_exception, RD_KAFKA_RESP_ERR__INVALID_ARG, "%s", errstr);
	}
	return rk;
}
