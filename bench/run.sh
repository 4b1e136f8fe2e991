#!/usr/bin/env bash
# Benchmarks: the extension against native librdkafka programs (and php-rdkafka with --with-rdkafka),
# side by side in one run, each on its own defaults, on the real broker of the test harness. Builds
# what it needs, starts the broker (and stops it if it started it), runs the sides in turn several
# times and prints one table of medians (bench/run.php says what each row does).
#   bench/run.sh [--with-rdkafka PATH/rdkafka.so] [--count N] [--consume-counts N,N] [--lifted-count N]
#                [--size BYTES] [--runs R] [--fpm-requests N] [--send-requests N]
#                [--latency-count N] [--latency-rate R] [--fpm-server-requests N] [--fpm-server-warmup N]
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh
scripts/build.sh
mkdir -p bench/out
for program in produce consume fpm_request latency; do
  if [ ! -x "bench/out/$program" ] || [ "bench/native/$program.c" -nt "bench/out/$program" ] || [ bench/native/common.h -nt "bench/out/$program" ]; then
    cc -O2 -g -Wall -Wextra -Werror -Wno-unused-parameter -o "bench/out/$program" "bench/native/$program.c" $(pkg-config --cflags --libs rdkafka)
  fi
done

export KAFKA_PORT=${KAFKA_PORT:-29492} KAFKA_CONTROLLER_PORT=${KAFKA_CONTROLLER_PORT:-29493}
started=0
if ! tests/kafka-broker.sh status >/dev/null 2>&1; then
  started=1
fi
trap '[ $started = 1 ] && tests/kafka-broker.sh stop >&2 || true' EXIT
brokers=$(tests/kafka-broker.sh start | tail -n1)

php -d "extension=$(pwd)/modules/kafka.so" bench/run.php --brokers "$brokers" "$@"
