dnl ext-kafka: configure script fragment for phpize / php-src builds.
PHP_ARG_WITH([kafka],
  [for Kafka support (librdkafka)],
  [AS_HELP_STRING([[--with-kafka[=DIR]]],
    [Include Kafka support. DIR is the librdkafka install prefix; by default it is found with pkg-config])],
  [yes])

dnl Alias kept for users of other librdkafka-based extensions: --with-rdkafka=DIR
PHP_ARG_WITH([rdkafka],
  [for librdkafka install prefix],
  [AS_HELP_STRING([[--with-rdkafka=DIR]],
    [Use the librdkafka installed under DIR (same as --with-kafka=DIR)])],
  [no], [no])

dnl Keep in step with KAFKA_MIN_RDKAFKA_VERSION in src/php_kafka.h.
KAFKA_MIN_RDKAFKA="2.0.0"
KAFKA_MIN_RDKAFKA_HEX="0x020000ff"

if test "$PHP_KAFKA" != "no"; then
  KAFKA_PREFIX=""
  if test "$PHP_RDKAFKA" != "no" && test "$PHP_RDKAFKA" != "yes"; then
    KAFKA_PREFIX="$PHP_RDKAFKA"
  elif test "$PHP_KAFKA" != "yes"; then
    KAFKA_PREFIX="$PHP_KAFKA"
  fi

  dnl librdkafka's headers are included as system headers (-isystem), so that -Wall -Wextra
  dnl (and -Werror in our builds) judge this extension's code only: rdkafka.h of librdkafka 2.14
  dnl declares a "const int" return type, which -Wextra reports.
  if test -z "$KAFKA_PREFIX"; then
    PKG_CHECK_MODULES([RDKAFKA], [rdkafka >= $KAFKA_MIN_RDKAFKA], [
      for kafka_flag in $RDKAFKA_CFLAGS; do
        if test "x`echo $kafka_flag | cut -c 1-2`" = "x-I"; then
          INCLUDES="$INCLUDES -isystem `echo $kafka_flag | cut -c 3-`"
        fi
      done
      PHP_EVAL_LIBLINE($RDKAFKA_LIBS, KAFKA_SHARED_LIBADD)
    ], [
      AC_MSG_ERROR([librdkafka >= $KAFKA_MIN_RDKAFKA was not found by pkg-config ($RDKAFKA_PKG_ERRORS). Install it (Debian/Ubuntu: apt-get install librdkafka-dev) or pass --with-rdkafka=DIR])
    ])
  else
    AC_MSG_CHECKING([for librdkafka headers in $KAFKA_PREFIX])
    if test ! -r "$KAFKA_PREFIX/include/librdkafka/rdkafka.h"; then
      AC_MSG_RESULT([not found])
      AC_MSG_ERROR([$KAFKA_PREFIX/include/librdkafka/rdkafka.h does not exist: pass the librdkafka install prefix to --with-rdkafka])
    fi
    AC_MSG_RESULT([found])
    INCLUDES="$INCLUDES -isystem $KAFKA_PREFIX/include"
    PHP_ADD_LIBRARY_WITH_PATH(rdkafka, $KAFKA_PREFIX/$PHP_LIBDIR, KAFKA_SHARED_LIBADD)
    CPPFLAGS="$CPPFLAGS -isystem $KAFKA_PREFIX/include"
  fi

  dnl The header's version is what the code is compiled for; check it, not only pkg-config's word.
  AC_MSG_CHECKING([that librdkafka is at least $KAFKA_MIN_RDKAFKA])
  old_CPPFLAGS="$CPPFLAGS"
  CPPFLAGS="$CPPFLAGS $INCLUDES"
  AC_COMPILE_IFELSE([AC_LANG_PROGRAM([[#include <librdkafka/rdkafka.h>]], [[
#if RD_KAFKA_VERSION < $KAFKA_MIN_RDKAFKA_HEX
#error librdkafka too old
#endif
  ]])], [AC_MSG_RESULT([yes])], [
    AC_MSG_RESULT([no])
    AC_MSG_ERROR([ext-kafka needs librdkafka >= $KAFKA_MIN_RDKAFKA; the rdkafka.h found is older (or missing)])
  ])
  CPPFLAGS="$old_CPPFLAGS"

  AC_CHECK_HEADER([librdkafka/rdkafka_mock.h], [], [
    AC_MSG_ERROR([librdkafka/rdkafka_mock.h not found: Kafka\\MockCluster needs librdkafka's mock cluster header (shipped with librdkafka-dev >= 2.0)])
  ], [#include <librdkafka/rdkafka.h>])

  PHP_SUBST(KAFKA_SHARED_LIBADD)
  PHP_NEW_EXTENSION(kafka, [ \
    src/kafka.c \
    src/runtime.c \
    src/client.c \
    src/config.c \
    src/exception.c \
    src/message.c \
    src/topic_partition.c \
    src/producer.c \
    src/transaction.c \
    src/persistent.c \
    src/consumer.c \
    src/consumer_group.c \
    src/mock_cluster.c \
    src/admin.c \
    src/retry.c \
  ], $ext_shared,, [-DZEND_ENABLE_STATIC_TSRMLS_CACHE=1 -Wall -Wextra])
  PHP_ADD_BUILD_DIR($ext_builddir/src)
fi
