/* Native baseline: consume N messages from the beginning of TOPIC in a fresh group, on librdkafka's
 * defaults (plus the key=value arguments): offsets stored as messages are handed over, auto commit.
 * Usage: consume BROKERS TOPIC GROUP N [key=value...]   Prints: "<seconds> <consumed> <peak_rss_kb> <rss_growth_kb> - <rss_at_first_message_kb>"
 * (growth from the N/2th message to the last: the steady state, with the prefetch buffer in use). */
#include "common.h"
#include <sys/resource.h>

/* Current resident set size in KiB, from /proc/self/statm. */
static long rss_kb(void)
{
	long pages = 0, resident = 0;
	FILE *f = fopen("/proc/self/statm", "r");
	if (f) {
		if (fscanf(f, "%ld %ld", &pages, &resident) != 2) {
			resident = 0;
		}
		fclose(f);
	}
	return resident * 4;
}

int main(int argc, char **argv)
{
	if (argc < 5) {
		bench_die("usage", "consume BROKERS TOPIC GROUP N [key=value...]");
	}
	long n = atol(argv[4]);
	rd_kafka_conf_t *conf = rd_kafka_conf_new();
	bench_conf_set(conf, "bootstrap.servers", argv[1]);
	bench_conf_set(conf, "group.id", argv[3]);
	bench_conf_set(conf, "auto.offset.reset", "earliest");
	bench_conf_args(conf, argc - 5, argv + 5);
	rd_kafka_t *rk = bench_new(RD_KAFKA_CONSUMER, conf);
	rd_kafka_poll_set_consumer(rk);
	rd_kafka_topic_partition_list_t *topics = rd_kafka_topic_partition_list_new(1);
	rd_kafka_topic_partition_list_add(topics, argv[2], RD_KAFKA_PARTITION_UA);
	rd_kafka_subscribe(rk, topics);
	rd_kafka_topic_partition_list_destroy(topics);

	long consumed = 0;
	long rss_start = 0;
	long rss_first = 0;
	double start = 0;
	size_t bytes = 0;
	while (consumed < n) {
		rd_kafka_message_t *m = rd_kafka_consumer_poll(rk, 1000);
		if (!m) {
			continue;
		}
		if (!m->err) {
			if (consumed == 0) {
				start = bench_now(); /* from the first message: group join is not the client's speed */
				rss_first = rss_kb();
			}
			consumed++;
			if (consumed == n / 2) {
				rss_start = rss_kb();
			}
			bytes += m->len;
		}
		rd_kafka_message_destroy(m);
	}
	double elapsed = bench_now() - start;
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	printf("%.6f %ld %ld %ld - %ld\n", elapsed, consumed, ru.ru_maxrss, rss_kb() - rss_start, rss_first);
	rd_kafka_consumer_close(rk);
	rd_kafka_destroy(rk);
	return bytes > 0 ? 0 : 1;
}
