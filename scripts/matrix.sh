#!/usr/bin/env bash
# Builds ext-kafka against other builds than the machine's own and runs the whole test suite
# (embedded-cluster and real-broker groups) on each:
#   scripts/matrix.sh [librdkafka-2.8|librdkafka-2.14|php-debug-zts|all]...   (default: all)
#
#   librdkafka-2.8    Debian trixie's librdkafka 2.8.0 source package, with the machine's PHP
#   librdkafka-2.14   Debian sid's librdkafka 2.14.2 source package, with the machine's PHP
#   php-debug-zts     Debian bookworm's php8.2 8.2.32 source package built --enable-debug
#                     --enable-zts (minimal: the extensions the tests and examples use), with the
#                     machine's librdkafka. A crash: gdb -x <cache>/php-*/prefix/php.gdbinit (zbacktrace).
#
# The source packages come through apt-get source with deb-src entries written into a private apt
# directory (derived from the machine's own sources: the machine's apt configuration is not
# touched). Each is built once into ${XDG_CACHE_HOME:-~/.cache}/ext-kafka/<name>/ (KAFKA_MATRIX_CACHE
# overrides the base) and reused; a build that did not complete is redone. The extension is built
# out of tree, in <cache>/matrix-build/<row>/ (the work tree's modules/kafka.so is not touched), with
# -Wall -Wextra -Werror. Debian's patches are not applied: the upstream tree of each package is built.
# Prints one line per row and ends with "N passed, N failed" counting rows; exits non-zero if any
# row failed. KAFKA_PORT / KAFKA_CONTROLLER_PORT choose the test broker's ports as for tests/run.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

CACHE=${KAFKA_MATRIX_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/ext-kafka}
JOBS=2
RDKAFKA_PACKAGES=(librdkafka=2.8.0-1 librdkafka=2.14.2-1)
PHP_PACKAGE=php8.2=8.2.32-1~deb12u1
# Build dependencies (Debian names): dpkg-source, librdkafka's optional features (SSL, SASL,
# zstd, lz4, OIDC through libcurl; zlib and snappy), PHP's pdo_sqlite and sqlite3.
BUILD_PACKAGES=(dpkg-dev gcc make pkg-config libssl-dev libsasl2-dev zlib1g-dev libzstd-dev liblz4-dev
                libcurl4-openssl-dev libsqlite3-dev xz-utils)
ALL_ROWS=(librdkafka-2.8 librdkafka-2.14 php-debug-zts)
# Version of build_php's configure line: a cached PHP built by another recipe is not reused.
PHP_RECIPE=2

log() { echo "matrix: $*" >&2; }
die() { log "$*"; exit 1; }
now() { date +%s; }

# --- private apt directory ---------------------------------------------------------------------

# Prints "URI KEYRING" of the machine's main Debian archive: the first deb entry whose suite is a
# release name (no "-updates"/"-security"), from deb822 .sources files or one-line sources.list.
debian_archive() {
  local file
  for file in /etc/apt/sources.list.d/*.sources; do
    [ -f "$file" ] || continue
    awk -v RS= -F'\n' '
      {
        types = uris = suites = key = ""
        for (i = 1; i <= NF; i++) {
          if ($i ~ /^Types:/) types = $i
          if ($i ~ /^URIs:/) { uris = $i; sub(/^URIs:[ \t]*/, "", uris) }
          if ($i ~ /^Suites:/) suites = " " $i " "
          if ($i ~ /^Signed-By:/) { key = $i; sub(/^Signed-By:[ \t]*/, "", key) }
        }
        split(uris, u, /[ \t]+/)
        if (types ~ /[ \t]deb([ \t]|$)/ && suites ~ /[ \t][a-z]+[ \t]/ && u[1] ~ /^https?:/) {
          if (key !~ /^\//) key = ""
          print u[1], key
          exit
        }
      }' "$file"
  done
  for file in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -f "$file" ] || continue
    sed -e 's/\[[^]]*\]//' "$file" | awk '$1 == "deb" && $2 ~ /^https?:/ && $3 ~ /^[a-z]+$/ { print $2; exit }'
  done
}

APT_DIR=$CACHE/matrix-apt
APT_OPTS=(-o "Dir::Etc::sourcelist=$APT_DIR/sources.list" -o "Dir::Etc::sourceparts=$APT_DIR/parts"
          -o "Dir::State::Lists=$APT_DIR/lists" -o "Dir::Cache=$APT_DIR/cache")
# Writes the private deb-src entries and updates their lists (again only after an hour).
apt_private() {
  local archive uri key
  if [ -n "$(find "$APT_DIR/updated" -mmin -60 2>/dev/null)" ]; then return; fi
  archive=$(debian_archive | head -n1)
  [ -n "$archive" ] || { log "no Debian archive in /etc/apt/sources.list{,.d/*}: cannot fetch source packages"; return 1; }
  read -r uri key <<< "$archive"
  [ -n "$key" ] || key=/usr/share/keyrings/debian-archive-keyring.gpg
  mkdir -p "$APT_DIR/parts" "$APT_DIR/lists/partial" "$APT_DIR/cache/archives/partial" &&
  : > "$APT_DIR/sources.list" &&
  printf 'Types: deb-src\nURIs: %s\nSuites: bookworm trixie sid\nComponents: main\nSigned-By: %s\n' \
    "$uri" "$key" > "$APT_DIR/parts/matrix.sources" || return 1
  log "apt-get update (private lists in $APT_DIR, deb-src from the machine's archive $uri)"
  apt-get "${APT_OPTS[@]}" update -qq || { log "apt-get update failed"; return 1; }
  touch "$APT_DIR/updated"
}

# Downloads PACKAGE=VERSION's source package and unpacks it (without Debian's patches) into DIR.
fetch_source() {
  local spec=$1 dir=$2 dl status=0
  apt_private || return 1
  dl=$(mktemp -d)
  # (dpkg-source leaves a copy of the upstream tarball beside the tree: unpack inside $dl)
  (cd "$dl" && apt-get "${APT_OPTS[@]}" source --download-only -qq "$spec") &&
    dpkg-source --skip-patches -x "$dl"/*.dsc "$dl/tree" && mv "$dl/tree" "$dir" || status=1
  rm -rf "$dl"
  [ $status = 0 ] || log "could not fetch and unpack the source package $spec"
  return $status
}

# --- cached builds -----------------------------------------------------------------------------

# Runs BUILDER DIR ARGS... (in a subshell, output to DIR/build.log) unless $CACHE/NAME/.complete
# exists; holds a lock meanwhile so two runs never build the same thing at once. A directory
# without the marker (an interrupted build) is built again from scratch.
# Builders chain their steps with && (errexit does not apply inside a function called in a test).
cached() {
  local builder=$1 name=$2; shift 2
  local dir=$CACHE/$name start status=0
  mkdir -p "$CACHE"
  exec 7>"$CACHE/$name.lock"
  flock -w 3600 7 || { log "timed out waiting for the lock on $CACHE/$name"; exec 7>&-; return 1; }
  if [ ! -f "$dir/.complete" ]; then
    rm -rf "$dir"
    mkdir -p "$dir"
    start=$(now)
    log "building $name (log: $dir/build.log)"
    ("$builder" "$dir" "$@") >"$dir/build.log" 2>&1 || status=$?
    if [ $status = 0 ]; then
      echo "$(( $(now) - start ))" > "$dir/.complete"
      log "built $name in $(cat "$dir/.complete")s"
    else
      tail -n 40 "$dir/build.log" >&2
      log "building $name failed"
    fi
  fi
  exec 7>&-
  return $status
}

build_librdkafka() {
  local dir=$1 spec=$2
  # Every optional feature must be found (fail rather than build a smaller library silently);
  # snappy and the SASL mechanisms PLAIN, SCRAM and OAUTHBEARER are built in.
  fetch_source "$spec" "$dir/src" &&
  cd "$dir/src" &&
  ./configure --prefix="$dir/prefix" --enable-ssl --enable-gssapi --enable-zlib --enable-zstd \
    --enable-lz4-ext --enable-curl &&
  make -j"$JOBS" -C src &&
  make -C src install &&
  cd "$dir" && rm -rf "$dir/src"
}

build_php() {
  local dir=$1 spec=$2
  # Only what the tests, examples and bin/kafka-admin use: pcntl and posix (workers, signals,
  # forks), PDO SQLite (examples), filter (filter_var), tokenizer (the stubs check); json, pcre,
  # random, spl are always built. Changing this list changes PHP_RECIPE (a new cache entry).
  fetch_source "$spec" "$dir/src" &&
  cd "$dir/src" &&
  ./configure --prefix="$dir/prefix" --enable-debug --enable-zts --disable-all --disable-cgi \
    --disable-phpdbg --without-pear --enable-cli --enable-pcntl --enable-posix --enable-filter \
    --enable-pdo --with-pdo-sqlite --with-sqlite3 --enable-tokenizer &&
  make -j"$JOBS" &&
  make install &&
  cp .gdbinit "$dir/prefix/php.gdbinit" &&
  cd "$dir" && rm -rf "$dir/src"
}

# --- rows ----------------------------------------------------------------------------------------

# Row settings: PHP binary, its php-config and the librdkafka prefix ("" = the machine's).
ROW_PHP="" ROW_PHP_CONFIG="" ROW_RDKAFKA="" ROW_RDKAFKA_VERSION=""
prepare_row() {
  local row=$1 version
  ROW_PHP=$(command -v php) ROW_PHP_CONFIG=$(command -v php-config) ROW_RDKAFKA="" ROW_RDKAFKA_VERSION=""
  case $row in
    librdkafka-2.8|librdkafka-2.14)
      local spec
      for spec in "${RDKAFKA_PACKAGES[@]}"; do
        version=${spec#*=}; version=${version%-*}
        [ "${version%.*}" = "${row#librdkafka-}" ] && break
      done
      cached build_librdkafka "librdkafka-$version" "$spec" || return 1
      ROW_RDKAFKA=$CACHE/librdkafka-$version/prefix
      ROW_RDKAFKA_VERSION=$version
      ;;
    php-debug-zts)
      version=${PHP_PACKAGE#*=}; version=${version%%-*}
      cached build_php "php-$version-debug-zts-$PHP_RECIPE" "$PHP_PACKAGE" || return 1
      ROW_PHP=$CACHE/php-$version-debug-zts-$PHP_RECIPE/prefix/bin/php
      ROW_PHP_CONFIG=$CACHE/php-$version-debug-zts-$PHP_RECIPE/prefix/bin/php-config
      ;;
    *) log "unknown row $row"; return 1 ;;
  esac
}

# Builds the extension from the work tree's sources in BUILD_DIR (copied there first).
build_extension() {
  local build=$1
  rm -rf "$build" && mkdir -p "$build" && cp -a config.m4 config.w32 src "$build/" && cd "$build" || return 1
  "$(dirname "$ROW_PHP_CONFIG")/phpize" >phpize.log 2>&1 || { cat phpize.log >&2; return 1; }
  local with=--with-kafka
  [ -z "$ROW_RDKAFKA" ] || with=--with-kafka=$ROW_RDKAFKA
  ./configure --with-php-config="$ROW_PHP_CONFIG" "$with" CFLAGS="-O2 -g -Wall -Wextra -Werror" >configure.log 2>&1 \
    || { tail -n 30 configure.log >&2; return 1; }
  make -j"$JOBS" >make.log 2>&1 || { grep -E 'error|warning' make.log >&2 || tail -n 30 make.log >&2; return 1; }
  cd "$root"
}

# Checks `php --ri kafka`: the librdkafka loaded at run time is the one built against, and the
# features asked for are there.
check_module_info() {
  local so=$1 info
  info=$("$ROW_PHP" -n -d "extension=$so" --ri kafka) || { log "PHP does not load $so"; return 1; }
  echo "$info" | sed -n 's/^\(librdkafka .*\)$/    \1/p' >&2
  if [ -n "$ROW_RDKAFKA_VERSION" ]; then
    echo "$info" | grep -q "^librdkafka build version => $ROW_RDKAFKA_VERSION\$" || { log "built against the wrong librdkafka"; return 1; }
    echo "$info" | grep -q "^librdkafka run-time version => $ROW_RDKAFKA_VERSION\$" || { log "loads the wrong librdkafka at run time"; return 1; }
    local feature
    for feature in gzip snappy ssl sasl_scram sasl_oauthbearer zstd lz4; do
      echo "$info" | grep -E -q "^librdkafka features => (.*,)?$feature(,|\$)" || { log "librdkafka lacks $feature"; return 1; }
    done
  fi
}

ROW_LINES=()
rows_passed=0 rows_failed=0
row_result() {
  local row=$1 status=$2 detail=$3
  ROW_LINES+=("$(printf '%-16s %-4s %s' "$row" "$status" "$detail")")
  if [ "$status" = PASS ]; then rows_passed=$((rows_passed + 1)); else rows_failed=$((rows_failed + 1)); fi
}

run_row() {
  local row=$1 start build so tests_log result t_build t_tests failures
  start=$(now)
  log "=== $row"
  if ! prepare_row "$row"; then
    row_result "$row" FAIL "dependency build failed (see the log above)"
    return
  fi
  build=$CACHE/matrix-build/$row
  if ! (build_extension "$build"); then
    row_result "$row" FAIL "extension build failed (-Werror; $build/make.log)"
    return
  fi
  so=$build/modules/kafka.so
  t_build=$(( $(now) - start ))
  if ! check_module_info "$so"; then
    row_result "$row" FAIL "php --ri kafka check failed"
    return
  fi
  tests_log=$build/tests.log
  start=$(now)
  KAFKA_TEST_PHP=$ROW_PHP KAFKA_TEST_EXT=$so tests/run.sh extension 2>&1 | tee "$tests_log" || true
  t_tests=$(( $(now) - start ))
  result=$(grep -E '^[0-9]+ passed, [0-9]+ failed, [0-9]+ skipped$' "$tests_log" | tail -n1 || true)
  failures=$(grep -E '^(FAIL|LEAK|BORK)' "$tests_log" | sed -n 's/.*\[\(tests\/[^]]*\)\].*/\1/p' | sort -u | tr '\n' ' ' || true)
  local php_desc rk_desc
  php_desc="PHP $("$ROW_PHP" -n -r 'echo PHP_VERSION, ZEND_THREAD_SAFE ? " ZTS" : " NTS", ZEND_DEBUG_BUILD ? " debug" : "";')"
  rk_desc="librdkafka $("$ROW_PHP" -n -d "extension=$so" --ri kafka | sed -n 's/^librdkafka run-time version => //p')"
  local detail="$php_desc, $rk_desc: ${result:-no test summary} (build ${t_build}s, tests ${t_tests}s)"
  # The diffs of the first few failures (run-tests.php leaves them beside the tests).
  local test shown=0 count=0 listed=""
  for test in $failures; do
    count=$((count + 1))
    if [ $count -le 10 ]; then listed+="${listed:+ }$test"; fi
    if [ $shown -lt 5 ] && [ -f "${test%.phpt}.diff" ]; then
      echo "--- $row: ${test%.phpt}.diff" >&2
      head -n 40 "${test%.phpt}.diff" >&2; echo >&2
      shown=$((shown + 1))
    fi
  done
  if [ $count -gt 10 ]; then listed+=" and $((count - 10)) more (see $tests_log)"; fi
  failures=$listed
  if [ -n "$result" ] && [[ $result =~ ^[1-9][0-9]*\ passed,\ 0\ failed,\ 0\ skipped$ ]]; then
    row_result "$row" PASS "$detail"
  else
    row_result "$row" FAIL "$detail${failures:+; failing: $failures}"
  fi
}

main() {
  local rows=("$@") row
  [ ${#rows[@]} -gt 0 ] || rows=(all)
  if [ "${rows[*]}" = all ]; then rows=("${ALL_ROWS[@]}"); fi
  for row in "${rows[@]}"; do
    case " ${ALL_ROWS[*]} " in *" $row "*) ;; *) die "unknown row $row (rows: ${ALL_ROWS[*]} all)" ;; esac
  done
  scripts/setup.sh "${BUILD_PACKAGES[@]}"
  for row in "${rows[@]}"; do
    run_row "$row"
  done
  echo
  printf '%s\n' "${ROW_LINES[@]}"
  echo "$rows_passed passed, $rows_failed failed"
  [ "$rows_failed" = 0 ]
}

main "$@"
