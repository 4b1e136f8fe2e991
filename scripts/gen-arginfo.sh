#!/usr/bin/env bash
# Regenerates src/*_arginfo.h from src/*.stub.php with php-src's gen_stub.php, and copies the
# stubs to stubs/ for IDEs. gen_stub.php wants PHP-Parser 4.15 next to it and would download it;
# we point it at Debian's php-parser package instead (no network needed).
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

status=0
for stub in src/*.stub.php; do
  base=${stub%.stub.php}
  if [ $check = 1 ]; then
    cp "$stub" "$work/$(basename "$stub")"
    php "$work/gen_stub.php" -f "$work/$(basename "$stub")" >/dev/null
    if ! cmp -s "$work/$(basename "$base")_arginfo.h" "${base}_arginfo.h"; then
      echo "out of date: ${base}_arginfo.h (run scripts/gen-arginfo.sh)" >&2
      status=1
    fi
    if ! cmp -s "$stub" "stubs/$(basename "$stub" .stub.php).php"; then
      echo "out of date: stubs/$(basename "$stub" .stub.php).php differs from $stub (run scripts/gen-arginfo.sh)" >&2
      status=1
    fi
  else
    php "$work/gen_stub.php" -f "$stub"
    cp "$stub" "stubs/$(basename "$stub" .stub.php).php"
  fi
done
exit $status
