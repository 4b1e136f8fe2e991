#!/usr/bin/env bash
# The demo from a fresh Debian/Ubuntu machine: installs what is missing, builds the extension and
# runs examples/quickstart.php on the embedded Kafka\MockCluster (no broker needed).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
exec php -d "extension=$(pwd)/modules/kafka.so" examples/quickstart.php "$@"
