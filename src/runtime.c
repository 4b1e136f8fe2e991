/* The extension's small runtime: clocks and deadlines, user timeouts, waiting in slices, signals,
 * fork detection and keeping the module mapped. Every class uses these; none calls into the module. */
#include "php_kafka.h"
#include "zend_exceptions.h"
#include "SAPI.h"
#include <pthread.h>
#include <time.h>
#include <sys/time.h>
#ifdef HAVE_DLFCN_H
# include <dlfcn.h>
#endif

uint32_t kafka_fork_generation = 0;

static void kafka_atfork_child(void)
{
	kafka_fork_generation++;
}

void kafka_runtime_startup(void)
{
	static bool atfork_registered = false;
	if (!atfork_registered) {
		pthread_atfork(NULL, NULL, kafka_atfork_child);
		atfork_registered = true;
	}
}

/* ---- clocks ---- */

int64_t kafka_clock_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

int64_t kafka_wall_ms(void)
{
	struct timeval tv;
	gettimeofday(&tv, NULL);
	return (int64_t)tv.tv_sec * 1000 + tv.tv_usec / 1000;
}

int64_t kafka_deadline(zend_long timeout_ms)
{
	/* the monotonic clock starts near boot: now + KAFKA_TIMEOUT_MAX_MS never overflows */
	return kafka_clock_ms() + kafka_timeout_clamp(timeout_ms);
}

int64_t kafka_left_ms(int64_t deadline)
{
	int64_t left = deadline - kafka_clock_ms();
	return left > 0 ? left : 0;
}

int kafka_wait_slice(int64_t left_ms)
{
	if (left_ms <= 0) {
		return 0;
	}
	return left_ms < KAFKA_WAIT_SLICE_MS ? (int)left_ms : KAFKA_WAIT_SLICE_MS;
}

/* ---- user timeouts ---- */

zend_long kafka_timeout_clamp(zend_long timeout_ms)
{
	if (timeout_ms < 0) {
		return 0;
	}
	return timeout_ms > KAFKA_TIMEOUT_MAX_MS ? KAFKA_TIMEOUT_MAX_MS : timeout_ms;
}

bool kafka_timeout_arg(uint32_t arg_num, zend_long *timeout_ms)
{
	if (*timeout_ms < 0) {
		zend_argument_value_error(arg_num, "must be 0 or more milliseconds (larger than %d is treated as %d)",
			KAFKA_TIMEOUT_MAX_MS, KAFKA_TIMEOUT_MAX_MS);
		return false;
	}
	*timeout_ms = kafka_timeout_clamp(*timeout_ms);
	return true;
}

/* ---- signals ---- */

bool kafka_vm_interrupted(void)
{
#if PHP_VERSION_ID >= 80200
	return zend_atomic_bool_load_ex(&EG(vm_interrupt));
#else
	return EG(vm_interrupt);
#endif
}

void kafka_run_signal_handlers(void)
{
	if (!kafka_vm_interrupted() || zend_atomic_bool_load_ex(&EG(timed_out)) || !zend_interrupt_function) {
		return;
	}
	/* PHP calls no function while an exception is pending: the handler would be skipped */
	zend_object *pending = EG(exception);
	if (pending) {
		GC_ADDREF(pending);
		zend_clear_exception();
	}
	zend_atomic_bool_store_ex(&EG(vm_interrupt), false);
	zend_interrupt_function(EG(current_execute_data));
	if (pending) {
		zval zex;
		ZVAL_OBJ(&zex, pending);
		zend_throw_exception_object(&zex); /* what a handler threw becomes its previous */
	}
}

void kafka_throw_interrupted(const char *what)
{
	kafka_throw(kafka_ce_exception, RD_KAFKA_RESP_ERR__INTR,
		"%s was interrupted by a signal before it completed; call it again to go on waiting", what);
}

/* ---- waiting for another thread ---- */

bool kafka_wait_flag_until(pthread_mutex_t *lock, pthread_cond_t *cond, const bool *flag, int64_t deadline, bool interruptible)
{
	/* cond was created with CLOCK_MONOTONIC (kafka_cond_init_monotonic), like our deadlines; waits
	 * in slices so that a signal can end it */
	pthread_mutex_lock(lock);
	while (!*flag && kafka_left_ms(deadline) > 0 && !(interruptible && kafka_vm_interrupted())) {
		int64_t until_ms = kafka_clock_ms() + kafka_wait_slice(kafka_left_ms(deadline));
		struct timespec until;
		until.tv_sec = (time_t)(until_ms / 1000);
		until.tv_nsec = (long)(until_ms % 1000) * 1000000;
		pthread_cond_timedwait(cond, lock, &until); /* a timeout or an error just ends this slice */
	}
	bool done = *flag;
	pthread_mutex_unlock(lock);
	return done;
}

void kafka_cond_init_monotonic(pthread_cond_t *cond)
{
	pthread_condattr_t attr;
	pthread_condattr_init(&attr);
	pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
	pthread_cond_init(cond, &attr);
	pthread_condattr_destroy(&attr);
}

/* ---- the module stays mapped while a thread of ours runs ---- */

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

/* ---- blocking librdkafka calls, in slices ---- */

rd_kafka_resp_err_t kafka_call_sliced(kafka_attempt_fn attempt, void *ctx, int64_t deadline, kafka_between_fn between, void *between_ctx)
{
	rd_kafka_resp_err_t err;
	do {
		int64_t left = kafka_left_ms(deadline);
		int slice = left < KAFKA_CALL_SLICE_MS ? (int)left : KAFKA_CALL_SLICE_MS;
		err = attempt(ctx, slice > 0 ? slice : 1);
		if (err != RD_KAFKA_RESP_ERR__TIMED_OUT || kafka_left_ms(deadline) == 0) {
			return err;
		}
		if (between && (err = between(between_ctx))) {
			return err;
		}
	} while (!kafka_vm_interrupted());
	return RD_KAFKA_RESP_ERR__INTR;
}

/* ---- exit status ---- */

void kafka_exit_status_on_loss(void)
{
	/* A command-line script that lost messages must not look successful to its caller (cron, a
	 * supervisor, CI); kafka.exit_on_loss=0 turns this off. An exit status already set stays. */
	if (strcmp(sapi_module.name, "cli") == 0 && KAFKA_G(exit_on_loss) && EG(exit_status) == 0) {
		EG(exit_status) = KAFKA_EXIT_STATUS_LOSS;
	}
}
