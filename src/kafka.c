/* ext-kafka: module entry, start-up checks and phpinfo(). */
#include "php_kafka.h"
#include "ext/standard/info.h"

ZEND_DECLARE_MODULE_GLOBALS(kafka)

PHP_INI_BEGIN()
	STD_PHP_INI_BOOLEAN("kafka.exit_on_loss", "1", PHP_INI_ALL, OnUpdateBool, exit_on_loss, zend_kafka_globals, kafka_globals)
	/* Kafka\Producer::persistent() keeps producers across requests; 0: it behaves like new */
	STD_PHP_INI_BOOLEAN("kafka.persistent", "1", PHP_INI_ALL, OnUpdateBool, persistent_enabled, zend_kafka_globals, kafka_globals)
	/* at most this many per process (per thread under ZTS); negative: no limit */
	STD_PHP_INI_ENTRY("kafka.persistent_max", "16", PHP_INI_SYSTEM, OnUpdateLong, persistent_max, zend_kafka_globals, kafka_globals)
PHP_INI_END()

/* Runtime librdkafka must provide at least the major.minor the extension was compiled against:
 * APIs enabled by RD_KAFKA_VERSION checks at build time must exist at run time. */
static bool kafka_runtime_version_ok(void)
{
	unsigned needed = (unsigned)RD_KAFKA_VERSION & 0xffff0000u;
	unsigned minimum = (unsigned)KAFKA_MIN_RDKAFKA_VERSION & 0xffff0000u;
	return (unsigned)rd_kafka_version() >= (needed > minimum ? needed : minimum);
}

static void kafka_format_version(char *buf, size_t len, int v)
{
	snprintf(buf, len, "%d.%d.%d", (v >> 24) & 0xff, (v >> 16) & 0xff, (v >> 8) & 0xff);
}

static PHP_MINIT_FUNCTION(kafka)
{
	(void)type;
	(void)module_number;
#if defined(ZTS) && defined(COMPILE_DL_KAFKA)
	ZEND_TSRMLS_CACHE_UPDATE();
#endif
	if (!kafka_runtime_version_ok()) {
		char built[32];
		kafka_format_version(built, sizeof(built), RD_KAFKA_VERSION);
		php_error_docref(NULL, E_CORE_WARNING,
			"The kafka extension was built against librdkafka %s but the librdkafka loaded at run time is %s; "
			"install librdkafka %s or newer, or rebuild the extension",
			built, rd_kafka_version_str(), built);
		return FAILURE;
	}

	REGISTER_INI_ENTRIES();
	kafka_runtime_startup();
	kafka_register_exceptions();
	kafka_register_message();
	kafka_register_topic_partition();
	kafka_register_producer();
	kafka_register_consumer();
	kafka_register_consumer_group();
	kafka_register_mock_cluster();
	kafka_register_admin();
	return SUCCESS;
}

/* librdkafka's compiled-in features, read from a throw-away configuration object. */
static void kafka_info_features(void)
{
	rd_kafka_conf_t *conf = rd_kafka_conf_new();
	char buf[512];
	size_t len = sizeof(buf);
	if (rd_kafka_conf_get(conf, "builtin.features", buf, &len) == RD_KAFKA_CONF_OK) {
		php_info_print_table_row(2, "librdkafka features", buf);
	}
	rd_kafka_conf_destroy(conf);
}

static PHP_MSHUTDOWN_FUNCTION(kafka)
{
	(void)type;
	(void)module_number;
	UNREGISTER_INI_ENTRIES();
	return SUCCESS;
}

static PHP_MINFO_FUNCTION(kafka)
{
	(void)zend_module;
	char built[32];
	kafka_format_version(built, sizeof(built), RD_KAFKA_VERSION);

	php_info_print_table_start();
	php_info_print_table_row(2, "kafka support", "enabled");
	php_info_print_table_row(2, "kafka extension version", PHP_KAFKA_VERSION);
	php_info_print_table_row(2, "librdkafka build version", built);
	php_info_print_table_row(2, "librdkafka run-time version", rd_kafka_version_str());
	kafka_info_features();
	/* what depends on the librdkafka loaded at run time */
	php_info_print_table_row(2, "consumer prefetch refill", rd_kafka_version() >= 0x020200ff
		? "fetch.queue.backoff.ms (librdkafka 2.2+)" : "woken by the extension (librdkafka before 2.2)");
	php_info_print_table_row(2, "Kafka\\MockCluster", "available");
	php_info_print_table_end();
	kafka_persistent_info();
	DISPLAY_INI_ENTRIES();
}

/* ZTS: this shared object keeps its own cache of the thread's globals (ZEND_ENABLE_STATIC_TSRMLS_CACHE):
 * each request's thread sets it before any EG() of ours runs. */
static PHP_RINIT_FUNCTION(kafka)
{
	(void)type;
	(void)module_number;
#if defined(ZTS) && defined(COMPILE_DL_KAFKA)
	ZEND_TSRMLS_CACHE_UPDATE();
#endif
	return SUCCESS;
}

/* After register_shutdown_function() callbacks and destructors, before the request's objects
 * are freed: persistent producers flush what the request queued and let go of its objects. */
static PHP_RSHUTDOWN_FUNCTION(kafka)
{
	(void)type;
	(void)module_number;
	kafka_persistent_request_end();
	return SUCCESS;
}

static PHP_GINIT_FUNCTION(kafka)
{
#if defined(COMPILE_DL_KAFKA) && defined(ZTS)
	ZEND_TSRMLS_CACHE_UPDATE();
#endif
	kafka_globals_ctor(kafka_globals);
	kafka_persistent_globals_ctor(kafka_globals);
}

static PHP_GSHUTDOWN_FUNCTION(kafka)
{
	kafka_persistent_globals_dtor(kafka_globals);
	kafka_globals_dtor(kafka_globals);
}

zend_module_entry kafka_module_entry = {
	STANDARD_MODULE_HEADER,
	PHP_KAFKA_EXTNAME,
	NULL,
	PHP_MINIT(kafka),
	PHP_MSHUTDOWN(kafka),
	PHP_RINIT(kafka),
	PHP_RSHUTDOWN(kafka),
	PHP_MINFO(kafka),
	PHP_KAFKA_VERSION,
	PHP_MODULE_GLOBALS(kafka),
	PHP_GINIT(kafka),
	PHP_GSHUTDOWN(kafka),
	NULL,
	STANDARD_MODULE_PROPERTIES_EX
};

#ifdef COMPILE_DL_KAFKA
# ifdef ZTS
ZEND_TSRMLS_CACHE_DEFINE()
# endif
ZEND_GET_MODULE(kafka)
#endif
