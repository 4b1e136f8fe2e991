/* ext-kafka: module entry, start-up checks and phpinfo(). */
#include "php_kafka.h"
#include "ext/standard/info.h"
#include <pthread.h>
#include <sys/time.h>
#ifdef HAVE_DLFCN_H
# include <dlfcn.h>
#endif

uint32_t kafka_fork_generation = 0;

int64_t kafka_now_ms(void)
{
	struct timeval tv;
	gettimeofday(&tv, NULL);
	return (int64_t)tv.tv_sec * 1000 + tv.tv_usec / 1000;
}

int kafka_wait_slice(int64_t left_ms)
{
	if (left_ms <= 0) {
		return 0;
	}
	return left_ms < KAFKA_WAIT_SLICE_MS ? (int)left_ms : KAFKA_WAIT_SLICE_MS;
}

/* One more reference to our own shared object: PHP's dlclose() at shutdown then leaves it mapped. */
void kafka_keep_module_loaded(void)
{
#ifdef HAVE_DLFCN_H
	static bool kept = false;
	Dl_info info;
	if (!kept && dladdr((void *)kafka_keep_module_loaded, &info) && info.dli_fname) {
		kept = dlopen(info.dli_fname, RTLD_LAZY | RTLD_NOLOAD) != NULL;
	}
#endif
}

static void kafka_atfork_child(void)
{
	kafka_fork_generation++;
}

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
	if (!kafka_runtime_version_ok()) {
		char built[32];
		kafka_format_version(built, sizeof(built), RD_KAFKA_VERSION);
		php_error_docref(NULL, E_CORE_WARNING,
			"The kafka extension was built against librdkafka %s but the librdkafka loaded at run time is %s; "
			"install librdkafka %s or newer, or rebuild the extension",
			built, rd_kafka_version_str(), built);
		return FAILURE;
	}

	static bool atfork_registered = false;
	if (!atfork_registered) {
		pthread_atfork(NULL, NULL, kafka_atfork_child);
		atfork_registered = true;
	}

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
	php_info_print_table_row(2, "Kafka\\MockCluster", "available");
	php_info_print_table_end();
}

zend_module_entry kafka_module_entry = {
	STANDARD_MODULE_HEADER,
	PHP_KAFKA_EXTNAME,
	NULL,
	PHP_MINIT(kafka),
	NULL,
	NULL,
	NULL,
	PHP_MINFO(kafka),
	PHP_KAFKA_VERSION,
	STANDARD_MODULE_PROPERTIES
};

#ifdef COMPILE_DL_KAFKA
# ifdef ZTS
ZEND_TSRMLS_CACHE_DEFINE()
# endif
ZEND_GET_MODULE(kafka)
#endif
