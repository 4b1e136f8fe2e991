#!/usr/bin/env bash
# Packaging check: versions agree (C header, package.xml, composer.json), package.xml lists every
# file, `pecl package` builds the archive, `pecl install` builds and installs it into this machine's
# PHP, and PHP loads it. The installed copy is removed again at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

header=$(sed -n 's/^#define PHP_KAFKA_VERSION "\(.*\)"/\1/p' src/php_kafka.h)
composer=$(php -r 'echo json_decode(file_get_contents("composer.json"), true)["version"];')
package=$(php -r '$x = simplexml_load_file("package.xml"); echo $x->version->release;')
if [ "$header" != "$composer" ] || [ "$header" != "$package" ]; then
  echo "version mismatch: src/php_kafka.h $header, composer.json $composer, package.xml $package" >&2
  exit 1
fi
php -r '$c = json_decode(file_get_contents("composer.json"), true);
  ($c["type"] ?? "") === "php-ext" && ($c["php-ext"]["extension-name"] ?? "") === "kafka" or exit(1);' \
  || { echo "composer.json must have type php-ext and php-ext.extension-name kafka" >&2; exit 1; }
php scripts/package-xml.php --check
scripts/gen-arginfo.sh --check

work=$(mktemp -d)
trap 'rm -rf "$work"; pecl uninstall kafka >/dev/null 2>&1 || true' EXIT
pecl package package.xml >"$work/package.log" 2>&1 || { cat "$work/package.log" >&2; exit 1; }
archive="kafka-$header.tgz"
mv "$archive" "$work/"
echo "package: $archive ($(du -k "$work/$archive" | cut -f1) KiB)"

# pecl asks for the configure option; an empty answer keeps the default (pkg-config).
if ! printf '\n' | MAKEFLAGS="-j$(nproc)" pecl install -f "$work/$archive" >"$work/install.log" 2>&1; then
  tail -n 40 "$work/install.log" >&2
  exit 1
fi
so="$(php-config --extension-dir)/kafka.so"
[ -f "$so" ] || { echo "pecl install did not produce $so" >&2; exit 1; }
php -n -d "extension=$so" -r '
  foreach (["Kafka\\Producer", "Kafka\\Consumer", "Kafka\\ConsumerGroup", "Kafka\\Message", "Kafka\\MockCluster", "Kafka\\TopicPartition", "Kafka\\Exception"] as $c) {
      class_exists($c) or exit("missing class $c\n");
  }
  echo "pecl-installed kafka ", phpversion("kafka"), " loads: ok\n";'
