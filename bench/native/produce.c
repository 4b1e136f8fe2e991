/* Native baseline: produce N keyed messages of SIZE bytes and wait for every acknowledgement, on
 * librdkafka's defaults (plus the key=value arguments).
 * Usage: produce BROKERS TOPIC N SIZE [key=value...]   Prints: "<seconds> <acked>". */
#include "common.h"

static long acked = 0;
static long failed = 0;

static void on_delivery(rd_kafka_t *rk, const rd_kafka_message_t *m, void *opaque)
{
	if (m->err) {
		failed++;
	} else {
		acked++;
	}
}

int main(int argc, char **argv)
{
	if (argc < 5) {
		bench_die("usage", "produce BROKERS TOPIC N SIZE [key=value...]");
	}
	long n = atol(argv[3]);
	size_t size = (size_t)atol(argv[4]);
	rd_kafka_conf_t *conf = rd_kafka_conf_new();
	bench_conf_set(conf, "bootstrap.servers", argv[1]);
	bench_conf_args(conf, argc - 5, argv + 5);
	rd_kafka_conf_set_dr_msg_cb(conf, on_delivery);
	rd_kafka_t *rk = bench_new(RD_KAFKA_PRODUCER, conf);

	char *payload = malloc(size);
	memset(payload, 'x', size);
	char key[32];
	double start = bench_now();
	for (long i = 0; i < n; i++) {
		int key_len = snprintf(key, sizeof(key), "key-%ld", i % 1000);
		rd_kafka_resp_err_t err;
		while ((err = rd_kafka_producev(rk, RD_KAFKA_V_TOPIC(argv[2]), RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY),
				RD_KAFKA_V_VALUE(payload, size), RD_KAFKA_V_KEY(key, (size_t)key_len), RD_KAFKA_V_END))
				== RD_KAFKA_RESP_ERR__QUEUE_FULL) {
			rd_kafka_poll(rk, 100);
		}
		if (err) {
			bench_die("produce", rd_kafka_err2str(err));
		}
		rd_kafka_poll(rk, 0);
	}
	rd_kafka_flush(rk, 120000);
	double elapsed = bench_now() - start;
	printf("%.6f %ld\n", elapsed, acked);
	if (failed || acked != n) {
		fprintf(stderr, "delivered %ld of %ld (%ld failed)\n", acked, n, failed);
		return 1;
	}
	free(payload);
	rd_kafka_destroy(rk);
	return 0;
}
