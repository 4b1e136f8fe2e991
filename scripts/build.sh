#!/usr/bin/env bash
# Builds modules/kafka.so in the source tree (phpize, configure, make). Incremental: configure
# runs again only when config.m4 changed. Warnings are errors (-Wall -Wextra).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -f configure ] || [ config.m4 -nt configure ]; then
  log=$(mktemp)
  phpize >"$log" 2>&1 || { cat "$log" >&2; exit 1; }
  rm -f "$log"
  rm -f Makefile
fi
if [ ! -f Makefile ]; then
  ./configure --with-kafka CFLAGS="${CFLAGS:--O2 -g -Wall -Wextra -Werror}" >/dev/null
fi
make -j"$(nproc)" >/dev/null
echo "built $(pwd)/modules/kafka.so" >&2
