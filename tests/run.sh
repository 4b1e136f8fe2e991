#!/usr/bin/env bash
# Runs the phpt suite with php-src's run-tests.php against modules/kafka.so.
#   tests/run.sh [--memcheck] [mock|broker|fpm|laravel|cluster|all|extension] [TEST...]
#   tests/run.sh cluster --soak MINUTES
# mock:    tests/mock, on Kafka\MockCluster (embedded); --memcheck runs them under valgrind.
# broker:  tests/broker, on a real Apache Kafka broker that this script starts and always stops
#          (with its secured listeners: tests/kafka-broker.sh start --secure).
# fpm:     tests/fpm, persistent producers in a real PHP-FPM (Debian's php8.2-fpm, started by the
#          tests on a unix socket, driven with cgi-fcgi), on embedded clusters and on the real broker.
# laravel: tests/laravel, the Laravel package (laravel/) in a Laravel application (tests/laravel/app,
#          Debian's php-laravel-framework), on embedded clusters and on the real broker.
# cluster: tests/cluster, on a three-broker cluster (tests/kafka-cluster.sh) that this script starts
#          and always stops; the tests SIGKILL and restart brokers, so they run one at a time.
#          With --soak MINUTES, instead of the tests: tests/cluster-soak.php (producers and a
#          consumer group while brokers are killed and restarted at random), which prints a table.
# all:     the five.
# extension: mock and broker (what scripts/matrix.sh runs on other PHP and librdkafka builds: the fpm
#          group needs a php-fpm of the same build, the Laravel group Debian's PHP with its extensions).
# Environment (scripts/matrix.sh sets them to test other builds):
#   KAFKA_TEST_PHP        PHP binary running the tests and their child processes [php on PATH]
#   KAFKA_TEST_EXT        the extension to load [modules/kafka.so]
#   KAFKA_TEST_RUN_TESTS  run-tests.php [the one installed with that PHP's php-config]
#   KAFKA_TEST_FPM        php-fpm for the fpm group [php-fpm8.2 or php-fpm on PATH or in /usr/sbin]
# Ends with one line "N passed, N failed, N skipped" and exits non-zero if anything failed.
set -euo pipefail
cd "$(dirname "$0")/.."

memcheck=0
if [ "${1:-}" = "--memcheck" ]; then memcheck=1; shift; fi
group=${1:-all}
shift || true

php=${KAFKA_TEST_PHP:-$(command -v php)}
ext=${KAFKA_TEST_EXT:-$(pwd)/modules/kafka.so}
[ -f "$ext" ] || { echo "$ext is missing: run scripts/build.sh" >&2; exit 1; }

# run-tests.php of the PHP under test: php-config beside the binary knows where it was installed
# (<prefix>/lib/php/build for a php-src build, /usr/lib/php/<api>/build on Debian).
find_run_tests() {
  local config candidate
  config=$(dirname "$php")/php-config
  [ -x "$config" ] || config=php-config
  for candidate in "$("$config" --prefix)/lib/php/build/run-tests.php" \
                   "/usr/lib/php/$("$config" --phpapi)/build/run-tests.php"; do
    if [ -f "$candidate" ]; then echo "$candidate"; return; fi
  done
  echo "run-tests.php not found for $php (set KAFKA_TEST_RUN_TESTS)" >&2
  exit 1
}
run_tests=${KAFKA_TEST_RUN_TESTS:-$(find_run_tests)}

passed=0 failed=0 skipped=0
run_group() {
  local dir=$1; shift
  local log
  log=$(mktemp)
  export KAFKA_EXTENSION_SO=$ext
  local args=(-q --no-color -p "$php" -d "extension=$ext" --show-diff)
  if [ $memcheck = 1 ]; then
    args+=(-m -d pcre.jit=0) # PCRE JIT code reads past string ends on purpose: false reports under valgrind
    # valgrind runs glibc's clean-up (__libc_freeres) at every exit, which a normal exit does not: in a
    # child forked while a librdkafka thread held one of glibc's locks (resolving a broker's name),
    # it waits for that lock forever (seen: tests/mock/admin_closed_fork_and_timeouts.phpt).
    export VALGRIND_OPTS="${VALGRIND_OPTS:-} --run-libc-freeres=no"
  elif [ "$dir" != cluster ]; then
    args+=(-j2)
  fi
  # Failover tests wait for brokers to be fenced, elected and restarted.
  [ "$dir" != cluster ] || args+=(--set-timeout 300)
  local targets=("$@")
  [ ${#targets[@]} -gt 0 ] || targets=("tests/$dir")
  # run-tests.php's own exit code is not reliable across versions: read its summary instead.
  NO_INTERACTION=1 REPORT_EXIT_STATUS=1 "$php" "$run_tests" "${args[@]}" "${targets[@]}" 2>&1 | tee "$log" || true
  local p f s b l w
  p=$(sed -n 's/^Tests passed *: *\([0-9]*\).*/\1/p' "$log" | tail -n1)
  f=$(sed -n 's/^Tests failed *: *\([0-9]*\).*/\1/p' "$log" | tail -n1)
  s=$(sed -n 's/^Tests skipped *: *\([0-9]*\).*/\1/p' "$log" | tail -n1)
  b=$(sed -n 's/^Tests borked *: *\([0-9]*\).*/\1/p' "$log" | tail -n1)
  l=$(sed -n 's/^Tests leaked *: *\([0-9]*\).*/\1/p' "$log" | tail -n1)
  # run-tests.php retries a failure whose output looks transient ("connection refused", "timed
  # out") and reports a pass on retry as a warning: count it as passed, but name it.
  w=$(sed -n 's/^Tests warned *: *\([0-9]*\).*/\1/p' "$log" | tail -n1)
  if [ "${w:-0}" -gt 0 ]; then
    echo "passed only on retry:" >&2
    grep -a '^WARN' "$log" >&2 || true
  fi
  if [ -z "$p" ] && [ -z "$f" ]; then
    # A run of a single test prints no summary block: count its result line.
    p=$(grep -c '^PASS' "$log" || true)
    f=$(grep -c -E '^(FAIL|LEAK|BORK)' "$log" || true)
    s=$(grep -c '^SKIP' "$log" || true)
  fi
  passed=$((passed + ${p:-0} + ${w:-0}))
  failed=$((failed + ${f:-0} + ${b:-0} + ${l:-0}))
  skipped=$((skipped + ${s:-0}))
  rm -f "$log"
}

broker_started=0
cluster_started=0
stop_broker() {
  if [ $broker_started = 1 ]; then
    tests/kafka-broker.sh stop >&2 || true
  fi
  broker_started=0
}
stop_cluster() {
  if [ $cluster_started = 1 ]; then
    tests/kafka-cluster.sh stop >&2 || true
  fi
  cluster_started=0
}
trap 'stop_broker; stop_cluster' EXIT

usage() {
  echo "usage: tests/run.sh [--memcheck] [mock|broker|fpm|laravel|cluster|all|extension] [TEST...]" >&2
  echo "       tests/run.sh cluster --soak MINUTES" >&2
  exit 2
}
soak_minutes=""
case $group in
  mock|broker|fpm|laravel|all|extension) ;;
  cluster)
    if [ "${1:-}" = "--soak" ]; then
      soak_minutes=${2:-}
      [[ $soak_minutes =~ ^[1-9][0-9]*$ ]] && [ $# = 2 ] || usage
    fi
    ;;
  *) usage ;;
esac

start_cluster() {
  KAFKA_BROKERS=$(tests/kafka-cluster.sh start | tail -n1)
  cluster_started=1
  export KAFKA_BROKERS
}
if [ -n "$soak_minutes" ]; then
  start_cluster
  # The soak prints its table; its exit status is the result.
  status=0
  "$php" -d "extension=$ext" tests/cluster-soak.php --minutes "$soak_minutes" || status=$?
  stop_cluster
  exit $status
fi
if [ "$group" = mock ] || [ "$group" = all ] || [ "$group" = extension ]; then
  run_group mock "$@"
fi
if [ "$group" != mock ] && [ "$group" != cluster ]; then
  # One broker for the whole group, with its TLS/SASL listeners too (tests/broker/secure_*):
  # KAFKA_SECURE_* describe them.
  KAFKA_BROKERS=$(tests/kafka-broker.sh start --secure | tail -n1)
  broker_started=1
  export KAFKA_BROKERS
  secure_env=$(tests/kafka-broker.sh secure-env)
  eval "$secure_env"
  if [ "$group" = broker ] || [ "$group" = all ] || [ "$group" = extension ]; then
    run_group broker "$@"
  fi
  if [ "$group" = fpm ] || [ "$group" = all ]; then
    run_group fpm "$@"
  fi
  if [ "$group" = laravel ] || [ "$group" = all ]; then
    run_group laravel "$@"
  fi
  stop_broker   # before the summary, so the summary stays the last line
fi
if [ "$group" = cluster ] || [ "$group" = all ]; then
  start_cluster
  run_group cluster "$@"
  stop_cluster
fi

echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" = 0 ] && [ "$passed" -gt 0 ]
