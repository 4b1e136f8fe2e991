/* Kafka\Producer's transactions (a producer configured with transactional.id): init, begin,
 * commit, abort, consumed offsets put into a transaction, and transaction() around a callable.
 *
 * librdkafka's transactional calls block. init, commit and abort are resumable (a call that timed
 * out goes on in the background and the next call of the same method picks it up), so they are
 * made in slices: between slices the producer's queue is served (callbacks run), and a signal, a
 * callback's exception or the deadline ends the wait. commit and abort flush inside librdkafka with
 * rd_kafka_flush(), which serves our delivery report callback: onDelivery runs there too, and an
 * exception from it makes the flush return (rd_kafka_yield), so the call stops and rethrows it.
 * sendOffsetsToTransaction() is not resumable (librdkafka waits for its result without a timeout of
 * its own, bounding its requests by $timeoutMs): it is made in one piece.
 *
 * transaction() reports an outcome: its commit (or its abort after $fn threw) is not cut short by
 * a signal (the handler runs once it returns; the wait is bounded by $timeoutMs), since a commit
 * left half-way would leave the application not knowing whether to read its inputs again.
 *
 * The state is kept here (producer.h: kafka_txn_state) so that a call in the wrong state gets an
 * exception saying what to call instead of librdkafka's "Operation not valid in state ...". */
#include "php_kafka.h"
#include "zend_exceptions.h"
#include "producer.h"

/* ---- state and exceptions ---- */

static const char *kafka_txn_state_hint(kafka_txn_state state)
{
	switch (state) {
		case KAFKA_TXN_UNINIT:
			return "initTransactions() has not been called: call it once, after creating the producer";
		case KAFKA_TXN_INITIALIZING:
			return "initTransactions() did not finish: call it again to complete it";
		case KAFKA_TXN_READY:
			return "no transaction is open: call beginTransaction() first";
		case KAFKA_TXN_OPEN:
			return "a transaction is already open: commit or abort it first";
		case KAFKA_TXN_COMMITTING:
			return "the transaction is being committed: commitTransaction() must complete first (if it stopped early, call it again)";
		case KAFKA_TXN_ABORTING:
			return "the transaction is being aborted: abortTransaction() must complete first (if it stopped early, call it again)";
		case KAFKA_TXN_MUST_ABORT:
			return "the transaction failed and must be aborted: call abortTransaction(), then beginTransaction()";
		case KAFKA_TXN_FATAL:
			return "the producer hit a fatal error (fenced by a newer producer with the same transactional.id?) and must be recreated";
		case KAFKA_TXN_NONE:
		default:
			return "this producer has no transactional.id: configure one (e.g. 'transactional.id' => 'order-projector-1') to use transactions";
	}
}

/* Throws a TransactionException with these flags; returns it. */
static zend_object *kafka_txn_throw(rd_kafka_resp_err_t err, bool retriable, bool requires_abort, bool fatal, const char *format, ...)
	ZEND_ATTRIBUTE_FORMAT(printf, 5, 6);

static zend_object *kafka_txn_throw(rd_kafka_resp_err_t err, bool retriable, bool requires_abort, bool fatal, const char *format, ...)
{
	va_list args;
	va_start(args, format);
	zend_string *message = zend_vstrpprintf(0, format, args);
	va_end(args);
	if (err == RD_KAFKA_RESP_ERR__INTR) {
		kafka_run_signal_handlers(); /* before the exception: PHP would skip them after */
	}
	zend_object *ex = kafka_exception_new(kafka_ce_transaction_exception, err, ZSTR_VAL(message), retriable, fatal);
	zend_string_release(message);
	kafka_exception_set_requires_abort(ex, requires_abort);
	zval zex;
	ZVAL_OBJ(&zex, ex);
	zend_throw_exception_object(&zex);
	return ex;
}

/* A method called in a state that does not allow it. */
static void kafka_txn_throw_state(kafka_producer *p, const char *method)
{
	kafka_txn_state state = p->txn;
	rd_kafka_resp_err_t code = state == KAFKA_TXN_NONE ? RD_KAFKA_RESP_ERR__NOT_CONFIGURED
		: state == KAFKA_TXN_FATAL ? RD_KAFKA_RESP_ERR__FATAL : RD_KAFKA_RESP_ERR__STATE;
	kafka_txn_throw(code, false, state == KAFKA_TXN_MUST_ABORT, state == KAFKA_TXN_FATAL,
		"Kafka\\Producer::%s() is not possible now: %s", method, kafka_txn_state_hint(state));
}

/* The fatal error librdkafka raised, if any: the state becomes FATAL. */
static bool kafka_txn_is_fatal(kafka_producer *p)
{
	if (p->txn != KAFKA_TXN_FATAL && (p->client.fatal || rd_kafka_fatal_error(p->client.rk, NULL, 0))) {
		p->txn = KAFKA_TXN_FATAL;
	}
	return p->txn == KAFKA_TXN_FATAL;
}

static void kafka_txn_throw_fatal(kafka_producer *p, const char *method)
{
	char reason[512];
	rd_kafka_resp_err_t err = rd_kafka_fatal_error(p->client.rk, reason, sizeof(reason));
	if (!err) {
		err = p->client.last_err ? p->client.last_err : RD_KAFKA_RESP_ERR__FATAL;
		snprintf(reason, sizeof(reason), "%s", kafka_client_last_error(&p->client));
	}
	kafka_txn_throw(err, false, false, true, "Kafka\\Producer::%s() failed: the producer hit a fatal error and must be recreated: %s",
		method, reason);
}

/* Throws for librdkafka's error object (destroying it) and moves the state on from its flags.
 * resumed: the state to keep when the call may be made again to resume (timed out). */
static void kafka_txn_throw_error(kafka_producer *p, rd_kafka_error_t *error, const char *method, kafka_txn_state resumed)
{
	rd_kafka_resp_err_t code = rd_kafka_error_code(error);
	bool fatal = rd_kafka_error_is_fatal(error) || code == RD_KAFKA_RESP_ERR__FATAL;
	bool requires_abort = rd_kafka_error_txn_requires_abort(error);
	bool retriable = rd_kafka_error_is_retriable(error);
	char reason[512];
	snprintf(reason, sizeof(reason), "%s", rd_kafka_error_string(error));
	rd_kafka_error_destroy(error);
	if (fatal) {
		p->txn = KAFKA_TXN_FATAL;
		char fatal_reason[512];
		rd_kafka_resp_err_t fatal_err = rd_kafka_fatal_error(p->client.rk, fatal_reason, sizeof(fatal_reason));
		if (fatal_err) {
			code = fatal_err; /* the cause (e.g. _FENCED), not the generic _FATAL */
		}
		kafka_txn_throw(code, false, false, true, "Kafka\\Producer::%s() failed: %s (a fatal error: the producer must be recreated)",
			method, fatal_err ? fatal_reason : reason);
		return;
	}
	const char *hint = "";
	if (requires_abort) {
		p->txn = KAFKA_TXN_MUST_ABORT;
		hint = "; the transaction must be aborted: call abortTransaction()";
	} else if (retriable && resumed != KAFKA_TXN_NONE) {
		p->txn = resumed;
		hint = resumed == KAFKA_TXN_COMMITTING ? "; it goes on in the background and its outcome is not known yet: call commitTransaction() again to complete it"
			: resumed == KAFKA_TXN_ABORTING ? "; it goes on in the background: call abortTransaction() again to complete it"
			: "; it goes on in the background: call initTransactions() again to complete it";
	} else if (retriable) {
		hint = "; it may be called again";
	}
	kafka_txn_throw(code, retriable, requires_abort, false, "Kafka\\Producer::%s() failed: %s%s", method, reason, hint);
}

/* The producer behind $this if it is transactional, usable and not fatal; NULL with an exception.
 * The calls that serve the producer's events (init, commit, abort, transaction()) are refused
 * inside its own callbacks; begin and sendOffsetsToTransaction() serve none. */
static kafka_producer *kafka_txn_usable(zval *this_zv, const char *method, kafka_reentry reentry)
{
	kafka_producer *p = kafka_producer_usable(this_zv, reentry);
	if (!p) {
		return NULL;
	}
	if (p->txn == KAFKA_TXN_NONE) {
		kafka_txn_throw_state(p, method);
		return NULL;
	}
	if (kafka_txn_is_fatal(p)) {
		kafka_txn_throw_fatal(p, method);
		return NULL;
	}
	return p;
}

/* ---- hooks called by producer.c ---- */

void kafka_transaction_configure(kafka_producer *p, rd_kafka_conf_t *conf)
{
	size_t len = 0;
	bool transactional = rd_kafka_conf_get(conf, "transactional.id", NULL, &len) == RD_KAFKA_CONF_OK && len > 1;
	p->txn = transactional ? KAFKA_TXN_UNINIT : KAFKA_TXN_NONE;
	if (transactional) {
		p->client.fatal_ce = kafka_ce_transaction_exception; /* fenced: thrown by any call as a TransactionException */
	}
}

bool kafka_transaction_may_send(kafka_producer *p)
{
	if (p->txn == KAFKA_TXN_NONE || p->txn == KAFKA_TXN_OPEN) {
		return true;
	}
	if (kafka_txn_is_fatal(p)) {
		kafka_txn_throw_fatal(p, get_active_function_name());
		return false;
	}
	const char *why = p->txn == KAFKA_TXN_READY
		? "a transactional producer only sends inside a transaction: call beginTransaction() first"
		: kafka_txn_state_hint(p->txn);
	kafka_txn_throw(RD_KAFKA_RESP_ERR__STATE, false, p->txn == KAFKA_TXN_MUST_ABORT, false,
		"Kafka\\Producer::%s() outside an open transaction, the message was not queued: %s", get_active_function_name(), why);
	return false;
}

bool kafka_transaction_send_refused(kafka_producer *p, rd_kafka_resp_err_t err)
{
	if (p->txn == KAFKA_TXN_NONE || (err != RD_KAFKA_RESP_ERR__STATE && err != RD_KAFKA_RESP_ERR__FATAL)) {
		return false;
	}
	if (kafka_txn_is_fatal(p)) {
		kafka_txn_throw_fatal(p, get_active_function_name());
		return true;
	}
	/* In an open transaction librdkafka only refuses messages once the transaction failed (a
	 * message could not be delivered, the coordinator reported an error). */
	p->txn = KAFKA_TXN_MUST_ABORT;
	kafka_txn_throw(err, false, true, false,
		"Kafka\\Producer::%s() refused: the transaction failed and takes no more messages (see the delivery reports); "
		"call abortTransaction(), then beginTransaction()", get_active_function_name());
	return true;
}

/* ---- resumable calls, in slices ---- */

typedef rd_kafka_error_t *(*kafka_txn_call)(rd_kafka_t *rk, int timeout_ms);

typedef enum {
	KAFKA_TXN_CALL_RETURNED,    /* *error is librdkafka's answer (NULL: done) */
	KAFKA_TXN_CALL_NOT_MADE,    /* a callback's exception from earlier was thrown first: nothing started */
	KAFKA_TXN_CALL_THREW,       /* a callback threw (EG(exception)) while the call was under way */
	KAFKA_TXN_CALL_INTERRUPTED, /* a signal arrived */
} kafka_txn_call_result;

/* Makes a resumable call in slices until it completes, fails with an error that is not retriable,
 * the deadline passes (the last error is returned), a callback throws or (interruptible) a signal
 * arrives. A slice's timeout is librdkafka's retriable _TIMED_OUT (or, for init, the coordinator's
 * retriable error it stands for); a retriable error (the coordinator moved or is loading, ...) is
 * retried after a short pause, as librdkafka advises. Serves the producer's queue before each slice
 * (callbacks, deferred reports). */
static kafka_txn_call_result kafka_txn_call_sliced(kafka_producer *p, kafka_txn_call call, int64_t deadline, bool interruptible,
	rd_kafka_error_t **error)
{
	*error = NULL;
	int pause = 0;
	bool made = false;
	for (;;) {
		if (kafka_producer_serve(p, pause) < 0) {
			return made ? KAFKA_TXN_CALL_THREW : KAFKA_TXN_CALL_NOT_MADE;
		}
		made = true;
		int64_t left = kafka_left_ms(deadline);
		int slice = left < KAFKA_WAIT_SLICE_MS ? (int)left : KAFKA_WAIT_SLICE_MS;
		*error = call(p->client.rk, slice > 0 ? slice : 1);
		if (kafka_client_rethrow(&p->client)) {
			/* a callback threw inside librdkafka's flush, which returned early (a timeout to it) */
			if (*error) {
				rd_kafka_error_destroy(*error);
				*error = NULL;
			}
			return KAFKA_TXN_CALL_THREW;
		}
		if (!*error || !rd_kafka_error_is_retriable(*error) || rd_kafka_error_txn_requires_abort(*error)
				|| rd_kafka_error_is_fatal(*error) || kafka_left_ms(deadline) == 0) {
			return KAFKA_TXN_CALL_RETURNED;
		}
		if (interruptible && kafka_vm_interrupted()) {
			rd_kafka_error_destroy(*error);
			*error = NULL;
			return KAFKA_TXN_CALL_INTERRUPTED;
		}
		pause = rd_kafka_error_code(*error) == RD_KAFKA_RESP_ERR__TIMED_OUT ? 0 : kafka_wait_slice(kafka_left_ms(deadline));
		rd_kafka_error_destroy(*error);
	}
}

static rd_kafka_error_t *kafka_txn_init_call(rd_kafka_t *rk, int timeout_ms)
{
	return rd_kafka_init_transactions(rk, timeout_ms);
}

static rd_kafka_error_t *kafka_txn_commit_call(rd_kafka_t *rk, int timeout_ms)
{
	return rd_kafka_commit_transaction(rk, timeout_ms);
}

static rd_kafka_error_t *kafka_txn_abort_call(rd_kafka_t *rk, int timeout_ms)
{
	return rd_kafka_abort_transaction(rk, timeout_ms);
}

/* What a call left behind that was not librdkafka's answer: the exception a callback threw stays
 * thrown; a signal is thrown as _INTR. The state says the call may be made again to resume (or,
 * when it was not made at all, is what it was before). */
static void kafka_txn_unfinished(kafka_producer *p, kafka_txn_call_result result, const char *method, kafka_txn_state before,
	kafka_txn_state resumed)
{
	p->txn = result == KAFKA_TXN_CALL_NOT_MADE ? before : resumed;
	if (result == KAFKA_TXN_CALL_INTERRUPTED) {
		kafka_txn_throw(RD_KAFKA_RESP_ERR__INTR, true, false, false,
			"Kafka\\Producer::%s() was interrupted by a signal before it completed; it goes on in the background: call %s() again to complete it",
			method, method);
	}
}

/* ---- commit and abort, shared by the methods, transaction() and destruction ---- */

/* A failure some delivery report explained: named, since librdkafka only says "see the reports". */
static void kafka_txn_throw_commit_error(kafka_producer *p, rd_kafka_error_t *error)
{
	bool failed_delivery = rd_kafka_error_code(error) == RD_KAFKA_RESP_ERR__INCONSISTENT; /* "N message(s) failed delivery" */
	kafka_txn_throw_error(p, error, "commitTransaction", KAFKA_TXN_COMMITTING);
	if (failed_delivery && p->failed_count > 0) {
		zend_object *first = Z_OBJ_P(zend_hash_index_find(Z_ARRVAL(p->failed_errors), 0));
		zend_object *ex = EG(exception);
		zend_string *text = strpprintf(0, "%s; first delivery error: %s", kafka_exception_text(ex), kafka_exception_text(first));
		zend_update_property_str(zend_ce_exception, ex, ZEND_STRL("message"), text);
		zend_string_release(text);
	}
}

/* Commits within timeout_ms (interruptible: a signal ends the wait); false with an exception thrown. */
static bool kafka_txn_commit(kafka_producer *p, zend_long timeout_ms, bool interruptible)
{
	rd_kafka_error_t *error;
	kafka_txn_state before = p->txn;
	p->txn = KAFKA_TXN_COMMITTING; /* send() from a callback served meanwhile is refused */
	kafka_txn_call_result result = kafka_txn_call_sliced(p, kafka_txn_commit_call, kafka_deadline(timeout_ms), interruptible, &error);
	if (result != KAFKA_TXN_CALL_RETURNED) {
		kafka_txn_unfinished(p, result, "commitTransaction", before, KAFKA_TXN_COMMITTING);
		return false;
	}
	if (error) {
		p->txn = before == KAFKA_TXN_COMMITTING ? KAFKA_TXN_COMMITTING : KAFKA_TXN_OPEN;
		kafka_txn_throw_commit_error(p, error);
		return false;
	}
	p->txn = KAFKA_TXN_READY;
	return true;
}

/* Aborts within timeout_ms (interruptible: a signal ends the wait); false with an exception thrown. */
static bool kafka_txn_abort(kafka_producer *p, zend_long timeout_ms, bool interruptible)
{
	rd_kafka_error_t *error;
	kafka_txn_state before = p->txn;
	p->txn = KAFKA_TXN_ABORTING;
	kafka_txn_call_result result = kafka_txn_call_sliced(p, kafka_txn_abort_call, kafka_deadline(timeout_ms), interruptible, &error);
	if (result != KAFKA_TXN_CALL_RETURNED) {
		kafka_txn_unfinished(p, result, "abortTransaction", before, KAFKA_TXN_ABORTING);
		return false;
	}
	if (error) {
		p->txn = before;
		kafka_txn_throw_error(p, error, "abortTransaction", KAFKA_TXN_ABORTING);
		return false;
	}
	p->txn = KAFKA_TXN_READY;
	/* What the transaction sent is discarded: its failures (and the purged messages) are not
	 * flush()'s to report. */
	kafka_producer_reset_failures(p);
	return true;
}

void kafka_transaction_release(kafka_producer *p, zend_long timeout_ms)
{
	if (kafka_txn_is_fatal(p)) {
		/* Its transaction is dead (the application was told) and nothing it holds can be
		 * delivered any more: discarded, not failures for the destruction warning. */
		rd_kafka_purge(p->client.rk, RD_KAFKA_PURGE_F_QUEUE | RD_KAFKA_PURGE_F_INFLIGHT | RD_KAFKA_PURGE_F_NON_BLOCKING);
		int64_t deadline = kafka_deadline(timeout_ms);
		while (p->in_flight > 0 && kafka_left_ms(deadline) > 0) {
			kafka_producer_serve(p, kafka_wait_slice(kafka_left_ms(deadline)));
		}
		kafka_producer_reset_failures(p);
		return;
	}
	kafka_txn_state state = p->txn;
	zend_object *pending = EG(exception);
	EG(exception) = NULL;
	if (state == KAFKA_TXN_COMMITTING) {
		/* the application asked for this commit: finish it rather than let it time out */
		if (!kafka_txn_commit(p, timeout_ms, false)) {
			kafka_warning("Kafka\\Producer destroyed while its transaction was being committed, and the commit did not complete within " ZEND_LONG_FMT " ms: %s",
				timeout_ms, EG(exception) ? kafka_exception_text(EG(exception)) : "interrupted");
		}
	} else if (state == KAFKA_TXN_OPEN || state == KAFKA_TXN_MUST_ABORT || state == KAFKA_TXN_ABORTING) {
		bool aborted = kafka_txn_abort(p, timeout_ms, false);
		if (!aborted) {
			kafka_warning("Kafka\\Producer destroyed with a transaction open, and aborting it failed: %s; the broker aborts it after transaction.timeout.ms, or when a producer with the same transactional.id calls initTransactions()",
				EG(exception) ? kafka_exception_text(EG(exception)) : "interrupted");
		} else if (state != KAFKA_TXN_ABORTING) {
			kafka_warning("Kafka\\Producer destroyed with a transaction open: the transaction was aborted (what it sent is discarded); commit or abort it before the producer goes");
		}
		kafka_producer_reset_failures(p);
	}
	if (EG(exception)) {
		zend_clear_exception();
	}
	EG(exception) = pending;
}

/* ---- methods ---- */

ZEND_METHOD(Kafka_Producer, initTransactions)
{
	zend_long timeout_ms = 30000;
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(timeout_ms)
	ZEND_PARSE_PARAMETERS_END();

	kafka_producer *p = kafka_txn_usable(ZEND_THIS, "initTransactions", KAFKA_NOT_IN_CALLBACK);
	if (!p || !kafka_timeout_arg(1, &timeout_ms)) {
		RETURN_THROWS();
	}
	if (p->txn != KAFKA_TXN_UNINIT && p->txn != KAFKA_TXN_INITIALIZING) {
		kafka_txn_throw(RD_KAFKA_RESP_ERR__STATE, false, false, false,
			"Kafka\\Producer::initTransactions() was already called: it is called once per producer");
		RETURN_THROWS();
	}
	rd_kafka_error_t *error;
	kafka_txn_call_result result = kafka_txn_call_sliced(p, kafka_txn_init_call, kafka_deadline(timeout_ms), true, &error);
	if (result != KAFKA_TXN_CALL_RETURNED) {
		kafka_txn_unfinished(p, result, "initTransactions", p->txn, KAFKA_TXN_INITIALIZING);
		RETURN_THROWS();
	}
	if (error) {
		p->txn = KAFKA_TXN_UNINIT;
		kafka_txn_throw_error(p, error, "initTransactions", KAFKA_TXN_INITIALIZING);
		RETURN_THROWS();
	}
	p->txn = KAFKA_TXN_READY;
}

/* Opens a transaction; false with an exception thrown. */
static bool kafka_txn_begin(kafka_producer *p)
{
	if (p->txn != KAFKA_TXN_READY) {
		kafka_txn_throw_state(p, "beginTransaction");
		return false;
	}
	rd_kafka_error_t *error = rd_kafka_begin_transaction(p->client.rk);
	if (error) {
		kafka_txn_throw_error(p, error, "beginTransaction", KAFKA_TXN_NONE);
		return false;
	}
	p->txn = KAFKA_TXN_OPEN;
	return true;
}

ZEND_METHOD(Kafka_Producer, beginTransaction)
{
	ZEND_PARSE_PARAMETERS_NONE();
	kafka_producer *p = kafka_txn_usable(ZEND_THIS, "beginTransaction", KAFKA_ANYWHERE);
	if (!p || !kafka_txn_begin(p)) {
		RETURN_THROWS();
	}
}

ZEND_METHOD(Kafka_Producer, commitTransaction)
{
	zend_long timeout_ms = 30000;
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(timeout_ms)
	ZEND_PARSE_PARAMETERS_END();

	kafka_producer *p = kafka_txn_usable(ZEND_THIS, "commitTransaction", KAFKA_NOT_IN_CALLBACK);
	if (!p || !kafka_timeout_arg(1, &timeout_ms)) {
		RETURN_THROWS();
	}
	if (p->txn != KAFKA_TXN_OPEN && p->txn != KAFKA_TXN_COMMITTING) {
		kafka_txn_throw_state(p, "commitTransaction");
		RETURN_THROWS();
	}
	if (!kafka_txn_commit(p, timeout_ms, true)) {
		RETURN_THROWS();
	}
}

ZEND_METHOD(Kafka_Producer, abortTransaction)
{
	zend_long timeout_ms = 30000;
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(timeout_ms)
	ZEND_PARSE_PARAMETERS_END();

	kafka_producer *p = kafka_txn_usable(ZEND_THIS, "abortTransaction", KAFKA_NOT_IN_CALLBACK);
	if (!p || !kafka_timeout_arg(1, &timeout_ms)) {
		RETURN_THROWS();
	}
	if (p->txn != KAFKA_TXN_OPEN && p->txn != KAFKA_TXN_MUST_ABORT && p->txn != KAFKA_TXN_ABORTING) {
		kafka_txn_throw_state(p, "abortTransaction");
		RETURN_THROWS();
	}
	if (!kafka_txn_abort(p, timeout_ms, true)) {
		RETURN_THROWS();
	}
}

ZEND_METHOD(Kafka_Producer, sendOffsetsToTransaction)
{
	zval *group_zv;
	HashTable *offsets = NULL;
	zend_long timeout_ms = 30000;
	ZEND_PARSE_PARAMETERS_START(1, 3)
		Z_PARAM_OBJECT_OF_CLASS(group_zv, kafka_ce_consumer_group)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT_OR_NULL(offsets)
		Z_PARAM_LONG(timeout_ms)
	ZEND_PARSE_PARAMETERS_END();

	kafka_producer *p = kafka_txn_usable(ZEND_THIS, "sendOffsetsToTransaction", KAFKA_ANYWHERE);
	if (!p || !kafka_timeout_arg(3, &timeout_ms)) {
		RETURN_THROWS();
	}
	/* The group may be inside one of its own callbacks (committing the transaction from onRevoke). */
	kafka_consumer *c = kafka_consumer_usable(group_zv, KAFKA_ANYWHERE);
	if (!c) {
		RETURN_THROWS();
	}
	if (c->auto_commit) {
		kafka_throw(kafka_ce_config_exception, RD_KAFKA_RESP_ERR__INVALID_ARG,
			"Kafka\\Producer::sendOffsetsToTransaction() needs a Kafka\\ConsumerGroup created with 'enable.auto.commit' => false: "
			"with auto commit the group also commits offsets by itself, outside the transaction");
		RETURN_THROWS();
	}
	if (p->txn != KAFKA_TXN_OPEN) {
		kafka_txn_throw_state(p, "sendOffsetsToTransaction");
		RETURN_THROWS();
	}
	rd_kafka_topic_partition_list_t *list = kafka_consumer_transaction_offsets(c, offsets);
	if (!list) {
		RETURN_THROWS();
	}
	rd_kafka_consumer_group_metadata_t *metadata = rd_kafka_consumer_group_metadata(c->client.rk);
	rd_kafka_error_t *error = rd_kafka_send_offsets_to_transaction(p->client.rk, list, metadata,
		timeout_ms > 0 ? (int)timeout_ms : 1);
	rd_kafka_consumer_group_metadata_destroy(metadata);
	if (error) {
		kafka_txn_throw_error(p, error, "sendOffsetsToTransaction", KAFKA_TXN_NONE);
	} else {
		kafka_consumer_transaction_offsets_sent(c, list, offsets == NULL);
	}
	rd_kafka_topic_partition_list_destroy(list);
	/* callbacks that came due meanwhile run at the next call that serves */
}

/* transaction(): $fn threw. Aborts, then lets $fn's exception go on (or the abort's failure, with
 * $fn's exception as its previous). */
static void kafka_txn_abort_after_throw(kafka_producer *p, zend_long timeout_ms)
{
	if (kafka_txn_is_fatal(p) || (p->txn != KAFKA_TXN_OPEN && p->txn != KAFKA_TXN_MUST_ABORT && p->txn != KAFKA_TXN_ABORTING)) {
		return; /* nothing left to abort (or nothing that can be) */
	}
	zend_object *thrown = EG(exception);
	if (zend_is_unwind_exit(thrown) || zend_is_graceful_exit(thrown)) {
		return; /* exit() inside $fn: the producer's destruction aborts the transaction */
	}
	GC_ADDREF(thrown);
	zend_clear_exception();
	if (kafka_txn_abort(p, timeout_ms, false)) {
		zval zex;
		ZVAL_OBJ(&zex, thrown);
		zend_throw_exception_object(&zex);
		return;
	}
	zend_exception_set_previous(EG(exception), thrown);
}

/* transaction(): commits (retriable failures are retried within the timeout by the commit itself);
 * a failure that requires an abort is aborted here and thrown as retriable: the whole transaction
 * may be run again. */
static bool kafka_txn_commit_or_abort(kafka_producer *p, zend_long timeout_ms)
{
	if (kafka_txn_commit(p, timeout_ms, false)) {
		return true;
	}
	zend_object *ex = EG(exception);
	if (p->txn != KAFKA_TXN_MUST_ABORT || !instanceof_function(ex->ce, kafka_ce_transaction_exception)) {
		return false; /* fatal, timed out (resumable), or a callback's exception */
	}
	rd_kafka_resp_err_t code = kafka_exception_code(ex);
	GC_ADDREF(ex);
	zend_clear_exception();
	if (kafka_txn_abort(p, timeout_ms, false)) {
		kafka_txn_throw(code, true, false, false,
			"Kafka\\Producer::transaction() could not commit, and aborted the transaction (%s); it may be run again from its inputs",
			kafka_exception_text(ex));
	}
	zend_exception_set_previous(EG(exception), ex);
	return false;
}

ZEND_METHOD(Kafka_Producer, transaction)
{
	zend_fcall_info fci;
	zend_fcall_info_cache fcc;
	zend_long timeout_ms = 30000;
	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_FUNC(fci, fcc)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(timeout_ms)
	ZEND_PARSE_PARAMETERS_END();

	kafka_producer *p = kafka_txn_usable(ZEND_THIS, "transaction", KAFKA_NOT_IN_CALLBACK);
	if (!p || !kafka_timeout_arg(2, &timeout_ms) || !kafka_txn_begin(p)) {
		RETURN_THROWS();
	}
	zval self;
	ZVAL_OBJ_COPY(&self, &p->std); /* $fn($this), and the producer stays alive while it runs */
	fci.retval = return_value;
	fci.param_count = 1;
	fci.params = &self;
	fci.named_params = NULL;
	zend_call_function(&fci, &fcc);
	if (EG(exception)) {
		zval_ptr_dtor(return_value);
		ZVAL_UNDEF(return_value);
		if (p->client.rk) {
			kafka_txn_abort_after_throw(p, timeout_ms);
		}
		zval_ptr_dtor(&self);
		kafka_run_signal_handlers(); /* a signal that came during the abort */
		RETURN_THROWS();
	}
	zval_ptr_dtor(&self);
	if (!p->client.rk) {
		zval_ptr_dtor(return_value);
		kafka_throw(kafka_ce_exception, RD_KAFKA_RESP_ERR__STATE, "Kafka\\Producer::transaction(): the callable closed the producer");
		RETURN_THROWS();
	}
	if (p->txn != KAFKA_TXN_OPEN && p->txn != KAFKA_TXN_MUST_ABORT) {
		zval_ptr_dtor(return_value);
		if (kafka_txn_is_fatal(p)) {
			kafka_txn_throw_fatal(p, "transaction");
		} else {
			kafka_txn_throw(RD_KAFKA_RESP_ERR__STATE, false, false, false,
				"Kafka\\Producer::transaction(): the callable ended the transaction itself (commitTransaction() or abortTransaction() inside it); transaction() commits or aborts it");
		}
		RETURN_THROWS();
	}
	if (!kafka_txn_commit_or_abort(p, timeout_ms)) {
		zval_ptr_dtor(return_value);
		kafka_run_signal_handlers(); /* a signal that came during the commit or abort */
		RETURN_THROWS();
	}
}
