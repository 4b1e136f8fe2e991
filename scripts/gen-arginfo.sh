#!/usr/bin/env bash
# Regenerates src/*_arginfo.h from src/*.stub.php with php-src's gen_stub.php, and copies the
# stubs to stubs/ for IDEs (without the generator's tags). gen_stub.php wants PHP-Parser 4.15 next
# to it and would download it; we point it at Debian's php-parser package instead (no network needed).
# Usage: scripts/gen-arginfo.sh [--check]   (--check: fail if anything is out of date, change nothing)
set -euo pipefail
cd "$(dirname "$0")/.."

# php8.2-dev ships gen_stub.php in PHP's build dir (/usr/lib/php/<api>/build on Debian).
gen_stub=${GEN_STUB:-/usr/lib/php/$(php-config --phpapi)/build/gen_stub.php}
if [ ! -f "$gen_stub" ]; then
  echo "gen_stub.php not found at $gen_stub: install php8.2-dev or set GEN_STUB" >&2
  exit 1
fi
if [ ! -f /usr/share/php/PhpParser/Parser.php ]; then
  if [ "$(id -u)" = 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq php-parser >/dev/null
  else
    echo "install Debian's php-parser package (apt-get install php-parser)" >&2
    exit 1
  fi
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$gen_stub" "$work/gen_stub.php"
version=$(sed -n 's/^ *\$version = "\([0-9.]*\)";/\1/p' "$gen_stub" | head -n1)
mkdir -p "$work/PHP-Parser-$version"
ln -s /usr/share/php "$work/PHP-Parser-$version/lib"

check=0
[ "${1:-}" = "--check" ] && check=1

# gen_stub.php reads a copy without the @param tags its parser refuses (typed lists); stubs/ gets a
# copy without the generator's own tags (scripts/stubs.php).
status=0
for stub in src/*.stub.php; do
  base=${stub%.stub.php}
  name=$(basename "$stub")
  ide=stubs/$(basename "$stub" .stub.php).php
  php scripts/stubs.php gen-stub "$stub" "$work/$name"
  php "$work/gen_stub.php" -f "$work/$name" >/dev/null || { echo "gen_stub.php failed on $stub" >&2; exit 1; }
  php scripts/stubs.php ide "$stub" "$work/$(basename "$ide")"
  if [ $check = 1 ]; then
    if ! cmp -s "$work/$(basename "$base")_arginfo.h" "${base}_arginfo.h"; then
      echo "out of date: ${base}_arginfo.h (run scripts/gen-arginfo.sh)" >&2
      status=1
    fi
    if ! cmp -s "$work/$(basename "$ide")" "$ide"; then
      echo "out of date: $ide differs from $stub (run scripts/gen-arginfo.sh)" >&2
      status=1
    fi
  else
    cp "$work/$(basename "$base")_arginfo.h" "${base}_arginfo.h"
    cp "$work/$(basename "$ide")" "$ide"
  fi
done
exit $status
