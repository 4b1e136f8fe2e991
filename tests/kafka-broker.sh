#!/usr/bin/env bash
# Runs a throw-away single-node Apache Kafka broker (KRaft, combined
# broker+controller) on 127.0.0.1 for the ext-kafka test suite.
#
# No Docker and no Kafka tarball: the broker's jars are resolved from Maven
# Central with `mvn` and cached, so only a JDK (17+) and Maven are needed.
#
# Usage:
#   tests/kafka-broker.sh start        start (or reuse) the broker; last stdout line is host:port
#   tests/kafka-broker.sh start --secure
#                                      the same broker with TLS/SASL listeners as well (see
#                                      "Secured listeners" below); also KAFKA_SECURE=1
#   tests/kafka-broker.sh secure-env   print `export` lines describing the secured listeners
#   tests/kafka-broker.sh stop         stop the broker and delete its data
#   tests/kafka-broker.sh status       exit 0 if the broker is running
#   tests/kafka-broker.sh bootstrap    print host:port
#   tests/kafka-broker.sh create-topic NAME PARTITIONS [KEY=VALUE...]
#
# Environment (defaults in brackets):
#   KAFKA_VERSION          Kafka release to run [3.9.2]
#   KAFKA_PORT             PLAINTEXT listener port [29092; below Linux's ephemeral range, so no outgoing connection holds it]
#   KAFKA_CONTROLLER_PORT  KRaft controller listener port [29093]
#   KAFKA_CACHE_DIR        jar cache [${XDG_CACHE_HOME:-$HOME/.cache}/ext-kafka]
#   KAFKA_RUN_DIR          config, data, pid and log files [${TMPDIR:-/tmp}/ext-kafka-broker-<uid>-<port>]
#   KAFKA_START_TIMEOUT    seconds to wait for the broker to serve requests [90]
#   KAFKA_STOP_TIMEOUT     seconds to wait after SIGTERM before SIGKILL [30]
#   KAFKA_HEAP_OPTS        broker heap flags [-Xmx512m -Xms512m]
#   KAFKA_JVM_OPTS         other broker JVM flags [-XX:+UseSerialGC -XX:TieredStopAtLevel=1]
#   KAFKA_LOG_LEVEL        log4j level of the broker log [WARN]
#   JAVA_HOME / MVN        JDK to use / Maven command [java on PATH / mvn]
#   KAFKA_SECURE           1: start with the secured listeners too [0]
#   KAFKA_SSL_PORT         SSL listener port [KAFKA_PORT+2]
#   KAFKA_MTLS_PORT        SSL listener requiring a client certificate [KAFKA_PORT+3]
#   KAFKA_SASL_PLAINTEXT_PORT  SASL_PLAINTEXT listener port [KAFKA_PORT+4]
#   KAFKA_SASL_SSL_PORT    SASL_SSL listener port [KAFKA_PORT+5]
#
# Secured listeners (start --secure), all in the one broker process, on 127.0.0.1:
#   SSL             server certificate from a CA generated at each start (openssl, EC P-256)
#   MTLS            SSL with ssl.client.auth=required: clients need a certificate from that CA
#   SASL_PLAINTEXT  PLAIN, SCRAM-SHA-256, SCRAM-SHA-512
#   SASL_SSL        PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER (Kafka's unsecured,
#                   test-only token validator: unsigned JWTs with "sub" and "exp" are accepted)
# Users, with passwords generated at each start: PLAIN "alice", SCRAM-SHA-256 "bob",
# SCRAM-SHA-512 "carol" (SCRAM credentials are written at storage format time, KRaft-style).
# PLAINTEXT (inter-broker) and CONTROLLER stay unauthenticated. `secure-env` prints the ports,
# the CA, a client certificate and key, an untrusted CA and the users as KAFKA_SECURE_* exports.

set -euo pipefail

KAFKA_LOG_NAME=kafka-broker
# shellcheck source=tests/lib/kafka-common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/kafka-common.sh"

KAFKA_PORT=${KAFKA_PORT:-29092}
KAFKA_CONTROLLER_PORT=${KAFKA_CONTROLLER_PORT:-29093}
KAFKA_RUN_DIR=${KAFKA_RUN_DIR:-${TMPDIR:-/tmp}/ext-kafka-broker-$(id -u)-$KAFKA_PORT}
KAFKA_START_TIMEOUT=${KAFKA_START_TIMEOUT:-90}
KAFKA_STOP_TIMEOUT=${KAFKA_STOP_TIMEOUT:-30}
KAFKA_HEAP_OPTS=${KAFKA_HEAP_OPTS:--Xmx512m -Xms512m}
# SerialGC and C1-only JIT: fastest startup and least CPU next to the tests on
# small machines; a test broker never needs peak throughput.
KAFKA_JVM_OPTS=${KAFKA_JVM_OPTS:--XX:+UseSerialGC -XX:TieredStopAtLevel=1}
KAFKA_LOG_LEVEL=${KAFKA_LOG_LEVEL:-WARN}
KAFKA_SECURE=${KAFKA_SECURE:-0}
KAFKA_SSL_PORT=${KAFKA_SSL_PORT:-$((KAFKA_PORT + 2))}
KAFKA_MTLS_PORT=${KAFKA_MTLS_PORT:-$((KAFKA_PORT + 3))}
KAFKA_SASL_PLAINTEXT_PORT=${KAFKA_SASL_PLAINTEXT_PORT:-$((KAFKA_PORT + 4))}
KAFKA_SASL_SSL_PORT=${KAFKA_SASL_SSL_PORT:-$((KAFKA_PORT + 5))}

readonly NODE_ID=1
readonly BOOTSTRAP=$HOST:$KAFKA_PORT

readonly DATA_DIR=$KAFKA_RUN_DIR/data
readonly SERVER_CONFIG=$KAFKA_RUN_DIR/server.properties
readonly BROKER_LOG4J=$KAFKA_RUN_DIR/log4j.properties
readonly TOOLS_LOG4J=$KAFKA_RUN_DIR/tools-log4j.properties
readonly PID_FILE=$KAFKA_RUN_DIR/broker.pid
readonly BROKER_LOG=$KAFKA_RUN_DIR/broker.log
# "plain" or "secure": which listeners the running broker has.
readonly MODE_FILE=$KAFKA_RUN_DIR/mode
readonly SECURE_DIR=$KAFKA_RUN_DIR/secure
readonly SECURE_ENV=$KAFKA_RUN_DIR/secure.env

usage() {
    cat >&2 <<EOF
usage: $0 start [--secure] | stop | status | bootstrap | secure-env | create-topic NAME PARTITIONS [KEY=VALUE...]
EOF
    exit 2
}

# Names of the port settings in use (the secured listeners only with KAFKA_SECURE=1).
port_settings() {
    printf '%s\n' KAFKA_PORT KAFKA_CONTROLLER_PORT
    if [[ $KAFKA_SECURE == 1 ]]; then
        printf '%s\n' KAFKA_SSL_PORT KAFKA_MTLS_PORT KAFKA_SASL_PLAINTEXT_PORT KAFKA_SASL_SSL_PORT
    fi
}

check_settings() {
    local name
    [[ $KAFKA_SECURE == 0 || $KAFKA_SECURE == 1 ]] || die "KAFKA_SECURE must be 0 or 1, got '$KAFKA_SECURE'"
    for name in KAFKA_START_TIMEOUT KAFKA_STOP_TIMEOUT $(port_settings); do
        is_uint "${!name}" || die "$name must be a non-negative integer, got '${!name}'"
    done
    local -A seen=()
    for name in $(port_settings); do
        [[ -z ${seen[${!name}]:-} ]] || die "$name and ${seen[${!name}]} are both ${!name}; every listener needs its own port"
        seen[${!name}]=$name
    done
}

# Serialises start/stop/create-topic on the same run dir, so that e.g. two
# test runners calling `start` at once do not launch two brokers. fd 9 is
# closed for the broker process, otherwise it would hold the lock forever.
lock_run_dir() {
    mkdir -p "$KAFKA_RUN_DIR"
    exec 9>"$KAFKA_RUN_DIR/.lock"
    flock -w 600 9 || die "timed out waiting for the lock on $KAFKA_RUN_DIR"
}

# ---------------------------------------------------------------------------
# Process handling

broker_pid() {
    kafka_pid "$PID_FILE" "$SERVER_CONFIG"
}

probe() {
    probe_broker "$KAFKA_PORT" "$NODE_ID"
}


# "secure" or "plain": the listeners of the broker of this run dir (plain if unknown).
running_mode() {
    if [[ -r $MODE_FILE && $(<"$MODE_FILE") == secure ]]; then
        echo secure
    else
        echo plain
    fi
}

stop_locked() {
    local pid
    if pid=$(broker_pid); then
        log "stopping broker (pid $pid)"
        terminate "$pid" "$KAFKA_STOP_TIMEOUT"
    fi
    rm -f "$PID_FILE" "$MODE_FILE" "$SECURE_ENV"
    rm -rf "$DATA_DIR" "$SECURE_DIR"
}

# ---------------------------------------------------------------------------
# Secured listeners: certificates, users

# Random password: 24 hex digits (no character JAAS or a shell would need quoting for).
random_secret() {
    od -An -N12 -tx1 /dev/urandom | tr -d ' \n'
}

# A self-signed CA: $1 key file, $2 certificate file, $3 common name.
make_ca() {
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 30 \
        -keyout "$1" -out "$2" -subj "/CN=$3" \
        -addext basicConstraints=critical,CA:TRUE \
        -addext keyUsage=critical,keyCertSign,cRLSign 2>>"$SECURE_DIR/openssl.log"
}

# A certificate signed by the test CA: $1 key file, $2 certificate file, $3 common name,
# $4 extensions (openssl x509 -extfile syntax). Keys are unencrypted PKCS#8 PEM.
make_leaf() {
    local key=$1 cert=$2 cn=$3 ext=$4 csr
    csr=$SECURE_DIR/$cn.csr
    openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
        -keyout "$key" -out "$csr" -subj "/CN=$cn" 2>>"$SECURE_DIR/openssl.log" || return 1
    openssl x509 -req -in "$csr" -CA "$SECURE_DIR/ca.pem" -CAkey "$SECURE_DIR/ca.key" \
        -CAcreateserial -days 30 -out "$cert" -extfile <(printf '%s\n' "$ext") 2>>"$SECURE_DIR/openssl.log" || return 1
    rm -f "$csr"
}

# Generates the CA, the broker's and a client's certificates, a second CA nobody trusts, and the
# users' passwords; writes $SECURE_ENV (read by secure-env and by secure_config).
make_secure_material() {
    command -v openssl >/dev/null || die "openssl not found; it generates the test certificates"
    rm -rf "$SECURE_DIR"
    mkdir -p "$SECURE_DIR"
    chmod 700 "$SECURE_DIR"
    local failed="(see $SECURE_DIR/openssl.log)"
    make_ca "$SECURE_DIR/ca.key" "$SECURE_DIR/ca.pem" "ext-kafka test CA" ||
        die "openssl could not create the test CA $failed"
    make_leaf "$SECURE_DIR/broker.key" "$SECURE_DIR/broker.pem" localhost \
        "basicConstraints=CA:FALSE
keyUsage=critical,digitalSignature
extendedKeyUsage=serverAuth
subjectAltName=IP:$HOST,DNS:localhost" || die "openssl could not create the broker certificate $failed"
    make_leaf "$SECURE_DIR/client.key" "$SECURE_DIR/client.pem" ext-kafka-test-client \
        "basicConstraints=CA:FALSE
keyUsage=critical,digitalSignature
extendedKeyUsage=clientAuth" || die "openssl could not create the client certificate $failed"
    make_ca "$SECURE_DIR/untrusted-ca.key" "$SECURE_DIR/untrusted-ca.pem" "ext-kafka untrusted CA" ||
        die "openssl could not create the untrusted CA $failed"
    # Kafka's PEM key store: the private key, then the certificate chain.
    cat "$SECURE_DIR/broker.key" "$SECURE_DIR/broker.pem" "$SECURE_DIR/ca.pem" >"$SECURE_DIR/broker-keystore.pem"

    cat >"$SECURE_ENV" <<EOF
export KAFKA_SECURE_SSL_BROKERS=$HOST:$KAFKA_SSL_PORT
export KAFKA_SECURE_MTLS_BROKERS=$HOST:$KAFKA_MTLS_PORT
export KAFKA_SECURE_SASL_PLAINTEXT_BROKERS=$HOST:$KAFKA_SASL_PLAINTEXT_PORT
export KAFKA_SECURE_SASL_SSL_BROKERS=$HOST:$KAFKA_SASL_SSL_PORT
export KAFKA_SECURE_CA=$SECURE_DIR/ca.pem
export KAFKA_SECURE_UNTRUSTED_CA=$SECURE_DIR/untrusted-ca.pem
export KAFKA_SECURE_CLIENT_CERT=$SECURE_DIR/client.pem
export KAFKA_SECURE_CLIENT_KEY=$SECURE_DIR/client.key
export KAFKA_SECURE_PLAIN_USER=alice
export KAFKA_SECURE_PLAIN_PASSWORD=$(random_secret)
export KAFKA_SECURE_SCRAM256_USER=bob
export KAFKA_SECURE_SCRAM256_PASSWORD=$(random_secret)
export KAFKA_SECURE_SCRAM512_USER=carol
export KAFKA_SECURE_SCRAM512_PASSWORD=$(random_secret)
EOF
    chmod 600 "$SECURE_ENV"
}

# StorageTool format arguments creating the SCRAM users (after make_secure_material).
scram_format_args() {
    # shellcheck source=/dev/null
    source "$SECURE_ENV"
    printf '%s ' --add-scram "SCRAM-SHA-256=[name=$KAFKA_SECURE_SCRAM256_USER,password=$KAFKA_SECURE_SCRAM256_PASSWORD]" \
        --add-scram "SCRAM-SHA-512=[name=$KAFKA_SECURE_SCRAM512_USER,password=$KAFKA_SECURE_SCRAM512_PASSWORD]"
    printf '\n'
}

# server.properties lines for the secured listeners (after make_secure_material).
secure_config() {
    # shellcheck source=/dev/null
    source "$SECURE_ENV"
    local scram="org.apache.kafka.common.security.scram.ScramLoginModule required;"
    local plain="org.apache.kafka.common.security.plain.PlainLoginModule required user_$KAFKA_SECURE_PLAIN_USER=\"$KAFKA_SECURE_PLAIN_PASSWORD\";"
    local oauth='org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule required unsecuredLoginStringClaim_sub="broker";'
    local name
    cat <<EOF

# Secured listeners (start --secure). One key store and trust store (PEM) for every TLS listener.
ssl.keystore.type=PEM
ssl.keystore.location=$SECURE_DIR/broker-keystore.pem
ssl.truststore.type=PEM
ssl.truststore.location=$SECURE_DIR/ca.pem
listener.name.mtls.ssl.client.auth=required
sasl.enabled.mechanisms=PLAIN,SCRAM-SHA-256,SCRAM-SHA-512
listener.name.sasl_plaintext.sasl.enabled.mechanisms=PLAIN,SCRAM-SHA-256,SCRAM-SHA-512
listener.name.sasl_ssl.sasl.enabled.mechanisms=PLAIN,SCRAM-SHA-256,SCRAM-SHA-512,OAUTHBEARER
# No server callback handler for OAUTHBEARER: Kafka then uses its unsecured validator.
listener.name.sasl_ssl.oauthbearer.sasl.jaas.config=$oauth
# An OAUTHBEARER session ends when its token expires: the broker closes a connection that has not
# re-authenticated by then (librdkafka before 2.2 never does), so the client's next connection
# must bring a refreshed token. PLAIN and SCRAM sessions never expire.
listener.name.sasl_ssl.oauthbearer.connections.max.reauth.ms=3600000
EOF
    for name in sasl_plaintext sasl_ssl; do
        cat <<EOF
listener.name.$name.plain.sasl.jaas.config=$plain
listener.name.$name.scram-sha-256.sasl.jaas.config=$scram
listener.name.$name.scram-sha-512.sasl.jaas.config=$scram
EOF
    done
}

# ---------------------------------------------------------------------------
# Configuration

write_config() {
    local listeners="PLAINTEXT://$HOST:$KAFKA_PORT"
    local protocols="PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"
    if [[ $KAFKA_SECURE == 1 ]]; then
        listeners+=",SSL://$HOST:$KAFKA_SSL_PORT,MTLS://$HOST:$KAFKA_MTLS_PORT"
        listeners+=",SASL_PLAINTEXT://$HOST:$KAFKA_SASL_PLAINTEXT_PORT,SASL_SSL://$HOST:$KAFKA_SASL_SSL_PORT"
        protocols+=",SSL:SSL,MTLS:SSL,SASL_PLAINTEXT:SASL_PLAINTEXT,SASL_SSL:SASL_SSL"
    fi
    cat >"$SERVER_CONFIG" <<EOF
# Generated by tests/kafka-broker.sh on each start.
process.roles=broker,controller
node.id=$NODE_ID
controller.quorum.voters=$NODE_ID@$HOST:$KAFKA_CONTROLLER_PORT
listeners=$listeners,CONTROLLER://$HOST:$KAFKA_CONTROLLER_PORT
advertised.listeners=$listeners
listener.security.protocol.map=$protocols
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
log.dirs=$DATA_DIR

# Single node: internal topics cannot be replicated, and one partition each
# makes the first group/transaction use fast.
offsets.topic.replication.factor=1
offsets.topic.num.partitions=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
transaction.state.log.num.partitions=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=true
num.partitions=1
default.replication.factor=1

# Small machine (CI, 2 cores): fewer threads than the defaults (3/8), and a
# 16 MiB instead of 128 MiB log-cleaner dedupe buffer, which would otherwise
# take a quarter of the heap.
num.network.threads=2
num.io.threads=2
num.recovery.threads.per.data.dir=1
background.threads=2
log.cleaner.dedupe.buffer.size=16777216
EOF
    if [[ $KAFKA_SECURE == 1 ]]; then
        # A subshell: the passwords it reads stay out of the broker's environment.
        (secure_config) >>"$SERVER_CONFIG"
    fi

    # The broker's stdout goes to broker.log, so a console appender is
    # enough.
    write_log4j "$BROKER_LOG4J" "$KAFKA_LOG_LEVEL" out
    write_log4j "$TOOLS_LOG4J" WARN err
}

# ---------------------------------------------------------------------------
# Commands

fail_start() {
    log "error: $*"
    if [[ -s $BROKER_LOG ]]; then
        log "last lines of $BROKER_LOG:"
        tail -n 40 "$BROKER_LOG" >&2
    fi
    stop_locked
    exit 1
}

cmd_start() {
    check_settings
    lock_run_dir

    local pid deadline started=$SECONDS
    if pid=$(broker_pid); then
        # Give a broker that is still coming up (e.g. started by a run that
        # was interrupted) a moment before declaring it broken.
        deadline=$((SECONDS + 10))
        until probe; do
            if ((SECONDS >= deadline)) || ! kill -0 "$pid" 2>/dev/null; then
                log "broker (pid $pid) is not answering; restarting it"
                stop_locked
                break
            fi
            sleep 0.5
        done
        # A secured broker serves plain clients too; a plain one lacks the listeners asked for.
        if pid=$(broker_pid) && [[ $KAFKA_SECURE == 0 || $(running_mode) == secure ]]; then
            log "broker already running (pid $pid, $(running_mode))"
            printf '%s\n' "$BOOTSTRAP"
            return 0
        fi
        if pid=$(broker_pid); then
            log "broker (pid $pid) has no secured listeners; restarting it with them"
            stop_locked
        fi
    fi

    command -v "$JAVA" >/dev/null || die "java not found (set JAVA_HOME or put java on PATH)"
    ensure_libs

    local name
    for name in $(port_settings); do
        ! port_in_use "${!name}" ||
            die "port ${!name} on $HOST is already in use by another process (set $name)"
    done

    rm -f "$PID_FILE" "$MODE_FILE" "$SECURE_ENV"
    rm -rf "$DATA_DIR" "$SECURE_DIR"
    mkdir -p "$DATA_DIR"
    local -a format_args=()
    if [[ $KAFKA_SECURE == 1 ]]; then
        make_secure_material
        read -r -a format_args < <(scram_format_args)
    fi
    write_config
    : >"$BROKER_LOG"

    # KRaft log dirs must be formatted with a cluster id before first start.
    local cluster_id
    cluster_id=$(run_tool 60 kafka.tools.StorageTool random-uuid 2>>"$BROKER_LOG") ||
        fail_start "kafka.tools.StorageTool random-uuid failed"
    run_tool 60 kafka.tools.StorageTool format -t "$cluster_id" -c "$SERVER_CONFIG" "${format_args[@]}" >>"$BROKER_LOG" 2>&1 ||
        fail_start "formatting $DATA_DIR failed"

    log "starting Kafka $KAFKA_VERSION on $BOOTSTRAP (run dir $KAFKA_RUN_DIR)"
    pid=$(spawn_kafka "$SERVER_CONFIG" "$BROKER_LOG" "$KAFKA_HEAP_OPTS $KAFKA_JVM_OPTS" "$BROKER_LOG4J" "$KAFKA_RUN_DIR")
    printf '%s\n' "$pid" >"$PID_FILE"
    if [[ $KAFKA_SECURE == 1 ]]; then
        echo secure >"$MODE_FILE"
    else
        echo plain >"$MODE_FILE"
    fi

    deadline=$((SECONDS + KAFKA_START_TIMEOUT))
    until probe; do
        kill -0 "$pid" 2>/dev/null || fail_start "broker exited during startup"
        ((SECONDS < deadline)) || fail_start "broker did not answer on $BOOTSTRAP within ${KAFKA_START_TIMEOUT}s"
        sleep 0.25
    done
    # Every listener is bound before the broker is unfenced; check anyway, cheaply.
    for name in $(port_settings); do
        port_in_use "${!name}" || fail_start "broker is not listening on $HOST:${!name} ($name)"
    done
    log "broker ready (pid $pid, $(running_mode)) after $((SECONDS - started))s"
    printf '%s\n' "$BOOTSTRAP"
}

cmd_secure_env() {
    broker_pid >/dev/null || die "broker is not running (run '$0 start --secure' first)"
    [[ $(running_mode) == secure && -r $SECURE_ENV ]] ||
        die "the running broker has no secured listeners (run '$0 start --secure')"
    cat "$SECURE_ENV"
}

cmd_stop() {
    lock_run_dir
    stop_locked
}

cmd_status() {
    local pid
    if pid=$(broker_pid); then
        if probe; then
            printf 'running (pid %s, %s) on %s\n' "$pid" "$(running_mode)" "$BOOTSTRAP"
        else
            printf 'running (pid %s, %s) on %s, not answering yet\n' "$pid" "$(running_mode)" "$BOOTSTRAP"
        fi
        return 0
    fi
    printf 'not running\n'
    return 1
}

cmd_create_topic() {
    (($# >= 2)) || usage
    local name=$1 partitions=$2
    shift 2
    check_topic_args "$name" "$partitions" "$@"
    broker_pid >/dev/null || die "broker is not running (run '$0 start' first)"
    [[ -f $LIBS_MARKER ]] || die "Kafka $KAFKA_VERSION jars are not in $KAFKA_CACHE_DIR"
    create_topic "$BOOTSTRAP" "$name" "$partitions" 1 "$@"
}

main() {
    (($# >= 1)) || usage
    local cmd=$1
    shift
    case $cmd in
    start)
        case ${1:-} in
        '') ;;
        --secure) KAFKA_SECURE=1 ;;
        *) usage ;;
        esac
        (($# <= 1)) || usage
        cmd_start
        ;;
    secure-env) (($# == 0)) || usage; cmd_secure_env ;;
    stop) (($# == 0)) || usage; cmd_stop ;;
    status) (($# == 0)) || usage; cmd_status ;;
    bootstrap) (($# == 0)) || usage; printf '%s\n' "$BOOTSTRAP" ;;
    create-topic) cmd_create_topic "$@" ;;
    *) usage ;;
    esac
}

main "$@"
