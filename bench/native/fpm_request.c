/* Native baselines of sending one message and waiting for its acknowledgement, on librdkafka's defaults.
 * Usage: fpm_request BROKERS TOPIC REQUESTS [cold|warm [key=value...]]
 *   cold (default): a PHP-FPM style request: create a producer, send one message, wait for its
 *     acknowledgement (rd_kafka_flush), destroy. Prints per request "<total> <create> <send+ack> <destroy>" in ms.
 *   warm: one producer, warmed up by a first acknowledged message; then per request one message and
 *     rd_kafka_flush(). Prints per request "<send+ack>" in ms. */
#include "common.h"

/* The usual C producer has a delivery report callback; rd_kafka_flush() then returns as soon as
 * the report is served (without one it sleeps in 10 ms slices, since no report wakes it). */
static void on_delivery(rd_kafka_t *rk, const rd_kafka_message_t *m, void *opaque)
{
	if (m->err) {
		bench_die("delivery", rd_kafka_err2str(m->err));
	}
}

static rd_kafka_t *new_producer(const char *brokers, int argc, char **argv)
{
	rd_kafka_conf_t *conf = rd_kafka_conf_new();
	bench_conf_set(conf, "bootstrap.servers", brokers);
	bench_conf_args(conf, argc, argv);
	rd_kafka_conf_set_dr_msg_cb(conf, on_delivery);
	return bench_new(RD_KAFKA_PRODUCER, conf);
}

/* Sends one message and waits for its acknowledgement: produce, then rd_kafka_flush() (which
 * sends at once, ignoring linger.ms). */
static void send_and_flush(rd_kafka_t *rk, const char *topic)
{
	rd_kafka_resp_err_t err = rd_kafka_producev(rk, RD_KAFKA_V_TOPIC(topic), RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY),
		RD_KAFKA_V_VALUE("request", 7), RD_KAFKA_V_KEY("k", 1), RD_KAFKA_V_END);
	if (err) {
		bench_die("produce", rd_kafka_err2str(err));
	}
	if (rd_kafka_flush(rk, 10000)) {
		bench_die("flush", "timed out");
	}
}

int main(int argc, char **argv)
{
	if (argc < 4) {
		bench_die("usage", "fpm_request BROKERS TOPIC REQUESTS [cold|warm [key=value...]]");
	}
	int requests = atoi(argv[3]);
	const char *mode = argc > 4 ? argv[4] : "cold";
	int conf_argc = argc > 5 ? argc - 5 : 0;
	char **conf_argv = argv + 5;
	if (strcmp(mode, "warm") == 0) {
		rd_kafka_t *rk = new_producer(argv[1], conf_argc, conf_argv);
		send_and_flush(rk, argv[2]);
		for (int r = 0; r < requests; r++) {
			double start = bench_now();
			send_and_flush(rk, argv[2]);
			printf("%.3f\n", (bench_now() - start) * 1000);
		}
		rd_kafka_destroy(rk);
		return 0;
	}
	if (strcmp(mode, "cold") != 0) {
		bench_die("mode must be cold or warm", mode);
	}
	for (int r = 0; r < requests; r++) {
		double start = bench_now();
		rd_kafka_t *rk = new_producer(argv[1], conf_argc, conf_argv);
		double created = bench_now();
		send_and_flush(rk, argv[2]);
		double acked = bench_now();
		rd_kafka_destroy(rk);
		double end = bench_now();
		printf("%.3f %.3f %.3f %.3f\n", (end - start) * 1000, (created - start) * 1000, (acked - created) * 1000, (end - acked) * 1000);
	}
	return 0;
}
