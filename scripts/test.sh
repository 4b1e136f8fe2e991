#!/usr/bin/env bash
# The whole test suite from a fresh Debian/Ubuntu machine: installs what is missing, builds the
# extension, then runs the embedded-cluster tests and the real-broker tests (the broker is started
# from Maven Central jars and stopped again by tests/run.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
exec tests/run.sh all "$@"
