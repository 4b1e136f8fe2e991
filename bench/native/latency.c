/* Native baseline of end-to-end latency: one thread produces at RATE msg/s and consumes the same
 * topic (assigned from the end), recording produce->consume latency from the timestamp in each payload.
 * librdkafka's defaults but for the two settings every side of this row gets: linger.ms=0 (producer)
 * and fetch.wait.max.ms=10 (consumer).
 * Usage: latency BROKERS TOPIC COUNT RATE   Prints every latency in ms, one per line. */
#include "common.h"
#include <stdbool.h>

int main(int argc, char **argv)
{
	if (argc < 5) {
		bench_die("usage", "latency BROKERS TOPIC COUNT RATE");
	}
	long count = atol(argv[3]);
	double rate = atof(argv[4]);

	rd_kafka_conf_t *pconf = rd_kafka_conf_new();
	bench_conf_set(pconf, "bootstrap.servers", argv[1]);
	bench_conf_set(pconf, "linger.ms", "0");
	rd_kafka_t *producer = bench_new(RD_KAFKA_PRODUCER, pconf);

	rd_kafka_conf_t *cconf = rd_kafka_conf_new();
	bench_conf_set(cconf, "bootstrap.servers", argv[1]);
	bench_conf_set(cconf, "group.id", "latency-native");
	bench_conf_set(cconf, "fetch.wait.max.ms", "10");
	rd_kafka_t *consumer = bench_new(RD_KAFKA_CONSUMER, cconf);
	rd_kafka_poll_set_consumer(consumer); /* as the extension: one queue for messages and events */
	rd_kafka_topic_partition_list_t *parts = rd_kafka_topic_partition_list_new(1);
	rd_kafka_topic_partition_list_add(parts, argv[2], 0)->offset = RD_KAFKA_OFFSET_END;
	rd_kafka_assign(consumer, parts);
	rd_kafka_topic_partition_list_destroy(parts);
	/* warm up both sides alike before the clock starts (metadata, connections, fetch position):
	 * a warm-up message every 100 ms until one is consumed */
	for (bool warm = false; !warm;) {
		rd_kafka_producev(producer, RD_KAFKA_V_TOPIC(argv[2]), RD_KAFKA_V_PARTITION(0),
			RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY), RD_KAFKA_V_VALUE("warm-up", 7), RD_KAFKA_V_END);
		rd_kafka_poll(producer, 0);
		rd_kafka_message_t *m = rd_kafka_consumer_poll(consumer, 100);
		if (m) {
			warm = !m->err;
			rd_kafka_message_destroy(m);
		}
	}
	/* drain the other warm-up messages */
	for (rd_kafka_message_t *m; (m = rd_kafka_consumer_poll(consumer, 200));) {
		rd_kafka_message_destroy(m);
	}

	double interval = 1.0 / rate;
	double next = bench_now();
	long sent = 0, received = 0;
	char payload[64];
	while (received < count) {
		if (sent < count && bench_now() >= next) {
			int len = snprintf(payload, sizeof(payload), "%.6f", bench_now());
			rd_kafka_producev(producer, RD_KAFKA_V_TOPIC(argv[2]), RD_KAFKA_V_PARTITION(0),
				RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY), RD_KAFKA_V_VALUE(payload, (size_t)len), RD_KAFKA_V_END);
			sent++;
			next += interval;
		}
		rd_kafka_poll(producer, 0);
		rd_kafka_message_t *m = rd_kafka_consumer_poll(consumer, 1);
		if (m) {
			if (!m->err) {
				char buf[64];
				size_t n = m->len < sizeof(buf) - 1 ? m->len : sizeof(buf) - 1;
				memcpy(buf, m->payload, n);
				buf[n] = '\0';
				printf("%.3f\n", (bench_now() - atof(buf)) * 1000);
				received++;
			}
			rd_kafka_message_destroy(m);
		}
	}
	rd_kafka_flush(producer, 10000);
	rd_kafka_destroy(producer);
	rd_kafka_consumer_close(consumer);
	rd_kafka_destroy(consumer);
	return 0;
}
