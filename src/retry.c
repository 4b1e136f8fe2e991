/* Retrying reads of offsets and metadata while partition leaders and group coordinators move.
 *
 * When a broker dies or comes back, leadership of its partitions and the groups it coordinated
 * move to other brokers. A read sent meanwhile by what librdkafka has cached (ListOffsets to the
 * old leader, OffsetFetch or a group admin request to the old coordinator, Metadata while a leader
 * is being elected) is answered with NOT_LEADER_FOR_PARTITION, NOT_COORDINATOR and the like, and
 * librdkafka 2.0.2 gives that answer to the caller as is, without refreshing its cached leader:
 * asking again at once fails the same way. These reads change nothing, so they are asked again,
 * after fresh metadata for the topic, until they succeed, fail for another reason, a signal
 * arrives, or their deadline passes (the last error is then the one reported). */
#include "php_kafka.h"
#include "zend_exceptions.h"

/* The first pause between attempts; it doubles up to the cap. */
#define KAFKA_RETRY_FIRST_BACKOFF_MS 100
#define KAFKA_RETRY_MAX_BACKOFF_MS 1000
/* After NOT_COORDINATOR: librdkafka keeps sending a group's requests to the coordinator it cached
 * until the entry has gone unused for metadata.max.age.ms (Kafka\Admin sets 1 s), which a timer
 * checks once a second; a pause of two seconds lets the entry expire, so the next attempt asks
 * the cluster where the group is now. */
#define KAFKA_RETRY_COORDINATOR_PAUSE_MS 2000
/* While slices of a read time out (a request to a leader that died waits for its own deadline),
 * the topic's metadata is asked anew at most this often, so that the next slice finds the new
 * leader as soon as the cluster has elected one. */
#define KAFKA_RETRY_REFRESH_INTERVAL_MS 1000
/* A broker learns of a topic through the cluster's metadata log, a moment after the controller
 * created it (or, restarted, once it has caught up): for this long after a read began, "unknown
 * topic" is asked again too. Past it, the topic does not exist. */
#define KAFKA_RETRY_UNKNOWN_TOPIC_GRACE_MS 2000

bool kafka_retry_is_transient(rd_kafka_resp_err_t err)
{
	switch (err) {
		/* a partition's leadership moved or is being elected */
		case RD_KAFKA_RESP_ERR_NOT_LEADER_FOR_PARTITION:
		case RD_KAFKA_RESP_ERR_LEADER_NOT_AVAILABLE:
		case RD_KAFKA_RESP_ERR_FENCED_LEADER_EPOCH:
		case RD_KAFKA_RESP_ERR_UNKNOWN_LEADER_EPOCH:
		case RD_KAFKA_RESP_ERR_REPLICA_NOT_AVAILABLE:
		case RD_KAFKA_RESP_ERR_OFFSET_NOT_AVAILABLE: /* a new leader not yet caught up (ListOffsets) */
		/* a group's coordinator moved or is loading the group */
		case RD_KAFKA_RESP_ERR_NOT_COORDINATOR:
		case RD_KAFKA_RESP_ERR_COORDINATOR_LOAD_IN_PROGRESS:
		case RD_KAFKA_RESP_ERR_COORDINATOR_NOT_AVAILABLE:
		case RD_KAFKA_RESP_ERR__WAIT_COORD:
		/* the broker asked went away */
		case RD_KAFKA_RESP_ERR__TRANSPORT:
		case RD_KAFKA_RESP_ERR_NETWORK_EXCEPTION:
			return true;
		default:
			return false;
	}
}

void kafka_retry_start(kafka_retry *r, kafka_client *cl, int64_t deadline, const char *const *topics, int topic_cnt)
{
	r->cl = cl;
	r->retry_transport = true;
	r->unknown_topic_until = kafka_clock_ms() + KAFKA_RETRY_UNKNOWN_TOPIC_GRACE_MS;
	r->deadline = deadline;
	r->backoff_ms = KAFKA_RETRY_FIRST_BACKOFF_MS;
	r->topics = topics;
	r->topic_cnt = topic_cnt;
	r->next_refresh = 0;
}

/* Asks the cluster for the metadata of r's topics (each once): librdkafka updates its cached
 * leaders from the answer. */
static void kafka_retry_refresh(kafka_retry *r)
{
	for (int i = 0; i < r->topic_cnt && kafka_left_ms(r->deadline) > 0; i++) {
		bool seen = false;
		for (int j = 0; j < i && !seen; j++) {
			seen = strcmp(r->topics[i], r->topics[j]) == 0;
		}
		rd_kafka_topic_t *rkt = seen ? NULL : rd_kafka_topic_new(r->cl->rk, r->topics[i], NULL);
		if (!rkt) {
			continue;
		}
		const rd_kafka_metadata_t *md = NULL;
		int64_t left = kafka_left_ms(r->deadline);
		if (rd_kafka_metadata(r->cl->rk, 0, rkt, &md, left < KAFKA_CALL_SLICE_MS ? (int)left : KAFKA_CALL_SLICE_MS) == RD_KAFKA_RESP_ERR_NO_ERROR && md) {
			rd_kafka_metadata_destroy(md);
		}
		rd_kafka_topic_destroy(rkt);
	}
	r->next_refresh = kafka_clock_ms() + KAFKA_RETRY_REFRESH_INTERVAL_MS;
}

/* kafka_retry_is_transient(), and "unknown topic" early in the read. */
static bool kafka_retry_is_due(const kafka_retry *r, rd_kafka_resp_err_t err)
{
	if (err == RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART || err == RD_KAFKA_RESP_ERR__UNKNOWN_TOPIC) {
		return kafka_clock_ms() < r->unknown_topic_until;
	}
	return kafka_retry_is_transient(err) && (err != RD_KAFKA_RESP_ERR__TRANSPORT || r->retry_transport);
}

bool kafka_retry_again(kafka_retry *r, rd_kafka_resp_err_t err)
{
	if (!kafka_retry_is_due(r, err)
			|| kafka_left_ms(r->deadline) == 0 || kafka_vm_interrupted()) {
		return false;
	}
	/* What the client's callbacks reported meanwhile (an authentication or TLS failure, ...) is
	 * the answer: no more attempts. */
	if (kafka_client_poll_main(r->cl)) {
		return false;
	}
	int64_t start = kafka_clock_ms();
	kafka_retry_refresh(r);
	/* The pause counts from before the refresh: a slow refresh was pause enough. In slices, so
	 * that a signal ends it. */
	int64_t pause = err == RD_KAFKA_RESP_ERR_NOT_COORDINATOR || err == RD_KAFKA_RESP_ERR_COORDINATOR_NOT_AVAILABLE
		? MAX(r->backoff_ms, KAFKA_RETRY_COORDINATOR_PAUSE_MS) : r->backoff_ms;
	int64_t until = MIN(start + pause, r->deadline);
	while (kafka_clock_ms() < until && !kafka_vm_interrupted()) {
		usleep((useconds_t)kafka_wait_slice(until - kafka_clock_ms()) * 1000);
	}
	r->backoff_ms = MIN(r->backoff_ms * 2, KAFKA_RETRY_MAX_BACKOFF_MS);
	return kafka_left_ms(r->deadline) > 0 && !kafka_vm_interrupted();
}

bool kafka_retry_again_after_exception(kafka_retry *r)
{
	zend_object *ex = EG(exception);
	if (!ex || !instanceof_function(ex->ce, kafka_ce_exception)
			|| !kafka_retry_is_due(r, kafka_exception_code(ex)) || kafka_left_ms(r->deadline) == 0) {
		return false;
	}
	/* The exception is the call's answer if no attempt is left: kept until that is known. */
	rd_kafka_resp_err_t err = kafka_exception_code(ex);
	GC_ADDREF(ex);
	zend_clear_exception();
	if (kafka_retry_again(r, err)) {
		OBJ_RELEASE(ex);
		return true;
	}
	zval zex;
	ZVAL_OBJ(&zex, ex);
	zend_throw_exception_object(&zex); /* takes over our reference */
	return false;
}

/* Between two slices of a read: what the client's main queue holds is served, and while slices
 * time out the topics' metadata is refreshed now and then. */
static rd_kafka_resp_err_t kafka_retry_between(void *ctx)
{
	kafka_retry *r = ctx;
	rd_kafka_resp_err_t err = kafka_client_poll_main(r->cl);
	if (!err && r->topic_cnt > 0 && kafka_clock_ms() >= r->next_refresh) {
		kafka_retry_refresh(r);
	}
	return err;
}

rd_kafka_resp_err_t kafka_call_retried(kafka_client *cl, kafka_attempt_fn attempt, void *ctx, int64_t deadline, const char *const *topics, int topic_cnt)
{
	kafka_retry retry;
	kafka_retry_start(&retry, cl, deadline, topics, topic_cnt);
	/* A read that names topics got _TRANSPORT from the one broker it asked (a leader that died);
	 * a metadata request gets it when no broker at all could be reached, which is the answer. */
	retry.retry_transport = topic_cnt > 0;
	/* The first refresh between slices waits for a slice or two: most reads need none. */
	retry.next_refresh = kafka_clock_ms() + 2 * KAFKA_CALL_SLICE_MS;
	rd_kafka_resp_err_t err;
	do {
		err = kafka_call_sliced(attempt, ctx, deadline, kafka_retry_between, &retry);
	} while (kafka_retry_again(&retry, err));
	return err;
}

/* The offset at `which` (RD_KAFKA_OFFSET_BEGINNING or _END) in one ListOffsets request. */
static rd_kafka_resp_err_t kafka_list_offset(rd_kafka_t *rk, const char *topic, int32_t partition, int64_t which, int64_t *offset, int timeout_ms)
{
	rd_kafka_topic_partition_list_t *list = rd_kafka_topic_partition_list_new(1);
	rd_kafka_topic_partition_list_add(list, topic, partition)->offset = which;
	rd_kafka_resp_err_t err = rd_kafka_offsets_for_times(rk, list, timeout_ms);
	if (!err) {
		err = list->elems[0].err;
		*offset = list->elems[0].offset;
	}
	rd_kafka_topic_partition_list_destroy(list);
	return err;
}

rd_kafka_resp_err_t kafka_query_watermarks(rd_kafka_t *rk, const char *topic, int32_t partition, int64_t *low, int64_t *high, int timeout_ms)
{
	int64_t deadline = kafka_deadline(timeout_ms);
	rd_kafka_resp_err_t err = kafka_list_offset(rk, topic, partition, RD_KAFKA_OFFSET_BEGINNING, low, timeout_ms);
	if (!err) {
		int64_t left = kafka_left_ms(deadline);
		err = kafka_list_offset(rk, topic, partition, RD_KAFKA_OFFSET_END, high, left > 0 ? (int)left : 1);
	}
	if (!err && *low < 0 && *high >= 0) {
		*low = *high; /* an empty partition */
	}
	return err;
}
