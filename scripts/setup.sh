#!/usr/bin/env bash
# Installs what building and testing ext-kafka needs on Debian/Ubuntu, if it is missing:
# PHP 8.2 headers and tools, librdkafka, kcat, valgrind, PEAR, Java (for the test broker), Maven,
# openssl (the test broker's certificates), PHP-FPM, a FastCGI client (cgi-fcgi) and ss for the FPM
# tests, and for the Laravel package's tests Laravel 8 (Debian's php-laravel-framework), Composer
# and PHPUnit.
# Runs apt-get only when something is missing; needs root (or sudo) for that.
#   scripts/setup.sh [PACKAGE...]   also installs the named packages (scripts/matrix.sh passes the
#                                   build dependencies of librdkafka and PHP)
set -euo pipefail

packages=(php8.2-dev php8.2-cli php8.2-sqlite3 php-pear php-parser librdkafka-dev kcat pkg-config valgrind openssl
          make gcc openjdk-17-jre-headless maven php-laravel-framework composer phpunit php8.2-fpm libfcgi-bin iproute2 "$@")

missing=()
for pkg in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done
# A JDK or Maven installed outside dpkg (e.g. in an image) is fine too.
if command -v java >/dev/null 2>&1; then missing=("${missing[@]/openjdk-17-jre-headless}"); fi
if command -v mvn >/dev/null 2>&1; then missing=("${missing[@]/maven}"); fi
read -r -a missing <<< "${missing[*]}"

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "setup: installing ${missing[*]}" >&2
sudo=""
if [ "$(id -u)" != 0 ]; then
  sudo="sudo"
fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
