/* Native baseline of one PHP-FPM style request: create a producer, send one message, wait for its
 * acknowledgement, tear down. Usage: fpm_request BROKERS TOPIC REQUESTS   Prints the per-request ms, one per line. */
#include "common.h"

int main(int argc, char **argv)
{
	if (argc < 4) {
		bench_die("usage", "fpm_request BROKERS TOPIC REQUESTS");
	}
	int requests = atoi(argv[3]);
	for (int r = 0; r < requests; r++) {
		double start = bench_now();
		rd_kafka_conf_t *conf = rd_kafka_conf_new();
		bench_conf_set(conf, "bootstrap.servers", argv[1]);
		bench_conf_set(conf, "enable.idempotence", "true");
		bench_conf_set(conf, "partitioner", "murmur2_random");
		rd_kafka_t *rk = bench_new(RD_KAFKA_PRODUCER, conf);
		rd_kafka_resp_err_t err = rd_kafka_producev(rk, RD_KAFKA_V_TOPIC(argv[2]), RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY),
			RD_KAFKA_V_VALUE("request", 7), RD_KAFKA_V_KEY("k", 1), RD_KAFKA_V_END);
		if (err) {
			bench_die("produce", rd_kafka_err2str(err));
		}
		if (rd_kafka_flush(rk, 10000)) {
			bench_die("flush", "timed out");
		}
		rd_kafka_destroy(rk);
		printf("%.3f\n", (bench_now() - start) * 1000);
	}
	return 0;
}
