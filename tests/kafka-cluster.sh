#!/usr/bin/env bash
# Runs a throw-away three-broker Apache Kafka cluster (KRaft) on 127.0.0.1 for
# the ext-kafka replication and failover tests (tests/cluster). Same jars as
# tests/kafka-broker.sh (Maven Central, cached; no Docker).
#
# Layout: one KRaft controller (node 9) and three brokers (nodes 1, 2, 3).
# The controller has a process of its own and is never killed by the tests,
# so the cluster can still fence a dead broker, shrink ISRs and elect leaders
# with any two brokers down: that is what makes a write to a partition whose
# in-sync replicas fell below min.insync.replicas fail with
# NOT_ENOUGH_REPLICAS instead of hanging. (With three combined
# broker+controller nodes, two nodes down would also take the controller
# quorum down and freeze the metadata.)
#
# Usage:
#   tests/kafka-cluster.sh start       start (or reuse) the cluster; last stdout line is the bootstrap list
#   tests/kafka-cluster.sh stop        stop every node and delete the data
#   tests/kafka-cluster.sh status      one line per node; exit 0 if all four are up and answering
#   tests/kafka-cluster.sh bootstrap   print host:port,host:port,host:port
#   tests/kafka-cluster.sh kill N      SIGKILL broker N (1-3), as a crash would; returns once it is gone
#   tests/kafka-cluster.sh restart N   start broker N again on its data (SIGKILLing it first if it runs);
#                                      returns once it serves requests
#   tests/kafka-cluster.sh create-topic NAME PARTITIONS RF [KEY=VALUE...]
#
# Environment (defaults in brackets):
#   KAFKA_CLUSTER_PORTS            the brokers' PLAINTEXT ports, nodes 1 2 3 [29192 29193 29194; below
#                                  Linux's ephemeral range, so no outgoing connection holds them]
#   KAFKA_CLUSTER_CONTROLLER_PORT  the controller's port [29195]
#   KAFKA_CLUSTER_RUN_DIR          configs, data, pids, logs [${TMPDIR:-/tmp}/ext-kafka-cluster-<uid>-<port of node 1>]
#   KAFKA_CLUSTER_HEAP_OPTS        heap flags of each broker [-Xmx384m -Xms384m]
#   KAFKA_CONTROLLER_HEAP_OPTS     heap flags of the controller [-Xmx256m -Xms256m]
#   KAFKA_SESSION_TIMEOUT_MS       how long after its last heartbeat a broker is fenced [6000]
#   KAFKA_START_TIMEOUT            seconds to wait for nodes to serve requests [150]
#   KAFKA_STOP_TIMEOUT             seconds to wait after SIGTERM before SIGKILL [10]
#   KAFKA_JVM_OPTS                 other JVM flags [-XX:+UseSerialGC -XX:TieredStopAtLevel=1]
#   KAFKA_LOG_LEVEL                log4j level of the node logs [WARN]
#   KAFKA_VERSION, KAFKA_CACHE_DIR, JAVA_HOME, MVN: as for tests/kafka-broker.sh

set -euo pipefail

KAFKA_LOG_NAME=kafka-cluster
# shellcheck source=tests/lib/kafka-common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/kafka-common.sh"

KAFKA_CLUSTER_PORTS=${KAFKA_CLUSTER_PORTS:-29192 29193 29194}
KAFKA_CLUSTER_CONTROLLER_PORT=${KAFKA_CLUSTER_CONTROLLER_PORT:-29195}
read -r -a BROKER_PORTS <<<"$KAFKA_CLUSTER_PORTS"
KAFKA_CLUSTER_RUN_DIR=${KAFKA_CLUSTER_RUN_DIR:-${TMPDIR:-/tmp}/ext-kafka-cluster-$(id -u)-${BROKER_PORTS[0]:-none}}
KAFKA_CLUSTER_HEAP_OPTS=${KAFKA_CLUSTER_HEAP_OPTS:--Xmx384m -Xms384m}
KAFKA_CONTROLLER_HEAP_OPTS=${KAFKA_CONTROLLER_HEAP_OPTS:--Xmx256m -Xms256m}
KAFKA_SESSION_TIMEOUT_MS=${KAFKA_SESSION_TIMEOUT_MS:-6000}
KAFKA_START_TIMEOUT=${KAFKA_START_TIMEOUT:-150}
KAFKA_STOP_TIMEOUT=${KAFKA_STOP_TIMEOUT:-10}
KAFKA_JVM_OPTS=${KAFKA_JVM_OPTS:--XX:+UseSerialGC -XX:TieredStopAtLevel=1}
KAFKA_LOG_LEVEL=${KAFKA_LOG_LEVEL:-WARN}

readonly CONTROLLER_ID=9
readonly RUN_DIR=$KAFKA_CLUSTER_RUN_DIR
readonly TOOLS_LOG4J=$RUN_DIR/tools-log4j.properties
readonly NODE_LOG4J=$RUN_DIR/log4j.properties

usage() {
    cat >&2 <<EOF
usage: $0 start | stop | status | bootstrap | kill N | restart N
       $0 create-topic NAME PARTITIONS RF [KEY=VALUE...]
(N: broker 1, 2 or 3)
EOF
    exit 2
}

check_settings() {
    local name port
    ((${#BROKER_PORTS[@]} == 3)) || die "KAFKA_CLUSTER_PORTS must list three ports, got '$KAFKA_CLUSTER_PORTS'"
    for port in "${BROKER_PORTS[@]}" "$KAFKA_CLUSTER_CONTROLLER_PORT"; do
        is_uint "$port" || die "ports must be non-negative integers, got '$port'"
    done
    for name in KAFKA_SESSION_TIMEOUT_MS KAFKA_START_TIMEOUT KAFKA_STOP_TIMEOUT; do
        is_uint "${!name}" || die "$name must be a non-negative integer, got '${!name}'"
    done
    [[ $(printf '%s\n' "${BROKER_PORTS[@]}" "$KAFKA_CLUSTER_CONTROLLER_PORT" | sort -u | wc -l) == 4 ]] ||
        die "the four ports must differ"
}

bootstrap() {
    local port list=""
    for port in "${BROKER_PORTS[@]}"; do
        list+=${list:+,}$HOST:$port
    done
    printf '%s\n' "$list"
}

# Serialises the commands that start or stop nodes on the same run dir. fd 9
# is closed for the nodes, otherwise they would hold the lock forever.
lock_run_dir() {
    mkdir -p "$RUN_DIR"
    exec 9>"$RUN_DIR/.lock"
    flock -w 600 9 || die "timed out waiting for the lock on $RUN_DIR"
}

# ---------------------------------------------------------------------------
# Nodes: "c" is the controller, 1 2 3 the brokers.

node_dir() { printf '%s/node-%s\n' "$RUN_DIR" "$1"; }
node_config() { printf '%s/server.properties\n' "$(node_dir "$1")"; }
node_log() { printf '%s/node.log\n' "$(node_dir "$1")"; }
node_pid_file() { printf '%s/node.pid\n' "$(node_dir "$1")"; }

node_name() {
    if [[ $1 == c ]]; then printf 'controller\n'; else printf 'broker %s\n' "$1"; fi
}

node_port() {
    if [[ $1 == c ]]; then printf '%s\n' "$KAFKA_CLUSTER_CONTROLLER_PORT"; else printf '%s\n' "${BROKER_PORTS[$1 - 1]}"; fi
}

node_pid() {
    kafka_pid "$(node_pid_file "$1")" "$(node_config "$1")"
}

# A broker is ready when it lists itself in its own metadata (registered and
# unfenced); the controller when its listener accepts connections.
node_ready() {
    if [[ $1 == c ]]; then
        port_in_use "$KAFKA_CLUSTER_CONTROLLER_PORT"
    else
        probe_broker "$(node_port "$1")" "$1"
    fi
}

check_broker_arg() {
    [[ ${1:-} =~ ^[123]$ ]] || die "N must be a broker number 1, 2 or 3, got '${1:-}'"
}

write_common_config() {
    cat <<EOF
controller.quorum.voters=$CONTROLLER_ID@$HOST:$KAFKA_CLUSTER_CONTROLLER_PORT
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$(node_dir "$1")/data
num.network.threads=2
num.io.threads=2
num.recovery.threads.per.data.dir=1
background.threads=2
EOF
}

write_controller_config() {
    {
        printf '# Generated by tests/kafka-cluster.sh on each start.\n'
        printf 'process.roles=controller\nnode.id=%s\n' "$CONTROLLER_ID"
        printf 'listeners=CONTROLLER://%s:%s\n' "$HOST" "$KAFKA_CLUSTER_CONTROLLER_PORT"
        write_common_config c
        cat <<EOF
# A broker that stops heart-beating (killed) is fenced after this long: its
# partitions get new leaders and it leaves their ISRs. Kafka's default is 9 s.
broker.session.timeout.ms=$KAFKA_SESSION_TIMEOUT_MS
# Leadership moves only when a broker fails, never back on a timer: the tests
# decide which broker leads what.
auto.leader.rebalance.enable=false
EOF
    } >"$(node_config c)"
}

write_broker_config() {
    local n=$1 port
    port=$(node_port "$n")
    {
        printf '# Generated by tests/kafka-cluster.sh on each start.\n'
        printf 'process.roles=broker\nnode.id=%s\n' "$n"
        printf 'listeners=PLAINTEXT://%s:%s\nadvertised.listeners=PLAINTEXT://%s:%s\n' "$HOST" "$port" "$HOST" "$port"
        printf 'inter.broker.listener.name=PLAINTEXT\n'
        write_common_config "$n"
        cat <<EOF
# The handbook's replication settings as the cluster's defaults: three copies
# of everything, a write acknowledged (acks=all) only once two are in sync.
default.replication.factor=3
min.insync.replicas=2
offsets.topic.replication.factor=3
offsets.topic.num.partitions=3
transaction.state.log.replication.factor=3
transaction.state.log.min.isr=2
transaction.state.log.num.partitions=3
num.partitions=3
auto.create.topics.enable=true
unclean.leader.election.enable=false
group.initial.rebalance.delay.ms=0
broker.heartbeat.interval.ms=1000
num.replica.fetchers=1
log.cleaner.dedupe.buffer.size=16777216
EOF
    } >"$(node_config "$n")"
}

# Starts a node's JVM on its (formatted) data dir without waiting.
spawn_node() {
    local n=$1 heap pid
    if [[ $n == c ]]; then heap=$KAFKA_CONTROLLER_HEAP_OPTS; else heap=$KAFKA_CLUSTER_HEAP_OPTS; fi
    printf '\n==== %s: starting\n' "$(date '+%F %T')" >>"$(node_log "$n")"
    pid=$(spawn_kafka "$(node_config "$n")" "$(node_log "$n")" "$heap $KAFKA_JVM_OPTS" "$NODE_LOG4J" "$(node_dir "$n")")
    printf '%s\n' "$pid" >"$(node_pid_file "$n")"
}

# Waits (up to 30 s) until no socket but TIME-WAIT ones uses the node's port
# on this machine. After a SIGKILL the kernel may keep the dead broker's
# connections half-closed for a while, and a client that keeps reconnecting
# to a dead port in the ephemeral range can end up connected to itself on it;
# either makes the restarted broker's bind fail with "Address already in use".
wait_port_free() {
    local port=$1 deadline=$((SECONDS + 30))
    command -v ss >/dev/null || return 0
    while ss -Htan "( sport = :$port )" 2>/dev/null | grep -qv '^TIME-WAIT'; do
        ((SECONDS < deadline)) || return 0
        sleep 0.5
    done
}

# The node exited during startup because its port was taken.
bind_failed() {
    tail -n 60 "$(node_log "$1")" | grep -q 'Address already in use'
}

# Starts broker $1 on its data and waits until it serves requests; a start
# that fails to bind its port is tried again (three times in all).
start_broker() {
    local n=$1 attempt rc
    for attempt in 1 2 3; do
        wait_port_free "$(node_port "$n")"
        ! port_in_use "$(node_port "$n")" || die "port $(node_port "$n") is in use by another process"
        spawn_node "$n"
        rc=0
        wait_ready_quietly "$n" || rc=$?
        case $rc in
        0) return 0 ;;
        2) fail "broker $n did not answer on port $(node_port "$n") within ${KAFKA_START_TIMEOUT}s" "$n" ;;
        esac
        if ! bind_failed "$n" || ((attempt == 3)); then
            fail "broker $n exited during startup" "$n"
        fi
        log "broker $n could not bind its port (attempt $attempt); trying again"
        sleep 2
    done
}

# Waits until node $1 is ready: 0 when it is, 1 if it died, 2 after KAFKA_START_TIMEOUT.
wait_ready_quietly() {
    local deadline=$((SECONDS + KAFKA_START_TIMEOUT))
    until node_ready "$1"; do
        node_pid "$1" >/dev/null || return 1
        ((SECONDS < deadline)) || return 2
        sleep 0.25
    done
}

# Waits until every given node is ready; on failure shows its log and exits.
wait_ready() {
    local deadline=$((SECONDS + KAFKA_START_TIMEOUT)) n pending
    while :; do
        pending=()
        for n in "$@"; do
            node_ready "$n" && continue
            node_pid "$n" >/dev/null || fail "$(node_name "$n") exited during startup" "$n"
            pending+=("$n")
        done
        ((${#pending[@]} == 0)) && return 0
        ((SECONDS < deadline)) ||
            fail "$(node_name "${pending[0]}") did not answer on port $(node_port "${pending[0]}") within ${KAFKA_START_TIMEOUT}s" "${pending[0]}"
        sleep 0.25
    done
}

fail() {
    local message=$1 n=${2:-} file
    log "error: $message"
    if [[ -n $n ]] && file=$(node_log "$n") && [[ -s $file ]]; then
        log "last lines of $file:"
        tail -n 40 "$file" >&2
    fi
    exit 1
}

stop_all_locked() {
    local n pid
    # Brokers first, all at once, while the controller still runs: a broker's
    # clean shutdown asks the controller to move its leaderships away, and
    # without a controller it waits until it is killed.
    for n in 1 2 3; do
        if pid=$(node_pid "$n"); then
            log "stopping $(node_name "$n") (pid $pid)"
            terminate "$pid" "$KAFKA_STOP_TIMEOUT" &
        fi
    done
    wait
    if pid=$(node_pid c); then
        log "stopping $(node_name c) (pid $pid)"
        terminate "$pid" "$KAFKA_STOP_TIMEOUT"
    fi
    # The logs stay for a post-mortem; the next start empties them.
    rm -rf "$RUN_DIR"/node-*/data
}

# ---------------------------------------------------------------------------
# Commands

all_running() {
    local n
    for n in c 1 2 3; do
        node_pid "$n" >/dev/null && node_ready "$n" || return 1
    done
}

cmd_start() {
    check_settings
    lock_run_dir
    local started=$SECONDS n port
    if all_running; then
        log "cluster already running"
        bootstrap
        return 0
    fi
    stop_all_locked

    command -v "$JAVA" >/dev/null || die "java not found (set JAVA_HOME or put java on PATH)"
    ensure_libs
    for n in c 1 2 3; do
        port=$(node_port "$n")
        ! port_in_use "$port" ||
            die "port $port on $HOST is already in use by another process (set KAFKA_CLUSTER_PORTS / KAFKA_CLUSTER_CONTROLLER_PORT)"
    done

    write_log4j "$NODE_LOG4J" "$KAFKA_LOG_LEVEL" out
    write_log4j "$TOOLS_LOG4J" WARN err
    local cluster_id
    cluster_id=$(run_tool 60 kafka.tools.StorageTool random-uuid) || die "kafka.tools.StorageTool random-uuid failed"
    # KRaft log dirs are formatted with the cluster id before the first start,
    # the four at once (a tool JVM takes a couple of seconds).
    local -a formats=()
    for n in c 1 2 3; do
        mkdir -p "$(node_dir "$n")/data"
        : >"$(node_log "$n")"
        if [[ $n == c ]]; then write_controller_config; else write_broker_config "$n"; fi
        run_tool 90 kafka.tools.StorageTool format -t "$cluster_id" -c "$(node_config "$n")" >>"$(node_log "$n")" 2>&1 &
        formats+=($!)
    done
    for n in 0 1 2 3; do
        wait "${formats[$n]}" || fail "formatting the data dir of node $n failed" "$([[ $n == 0 ]] && echo c || echo "$n")"
    done

    log "starting Kafka $KAFKA_VERSION: controller on $HOST:$KAFKA_CLUSTER_CONTROLLER_PORT, brokers on $(bootstrap) (run dir $RUN_DIR)"
    for n in c 1 2 3; do
        spawn_node "$n"
    done
    wait_ready c 1 2 3
    log "cluster ready after $((SECONDS - started))s"
    bootstrap
}

cmd_stop() {
    lock_run_dir
    stop_all_locked
}

cmd_status() {
    local n pid all=0
    for n in c 1 2 3; do
        if pid=$(node_pid "$n"); then
            if node_ready "$n"; then
                printf '%s: running (pid %s) on %s:%s\n' "$(node_name "$n")" "$pid" "$HOST" "$(node_port "$n")"
            else
                printf '%s: running (pid %s) on %s:%s, not answering\n' "$(node_name "$n")" "$pid" "$HOST" "$(node_port "$n")"
                all=1
            fi
        else
            printf '%s: down\n' "$(node_name "$n")"
            all=1
        fi
    done
    return $all
}

cmd_kill() {
    check_broker_arg "${1:-}"
    lock_run_dir
    local pid
    if pid=$(node_pid "$1"); then
        log "SIGKILL broker $1 (pid $pid)"
        kill_now "$pid"
        printf '\n==== %s: killed (SIGKILL)\n' "$(date '+%F %T')" >>"$(node_log "$1")"
    else
        log "broker $1 is not running"
    fi
}

cmd_restart() {
    check_broker_arg "${1:-}"
    check_settings
    lock_run_dir
    [[ -f $(node_config "$1") ]] || die "the cluster was never started (run '$0 start' first)"
    node_pid c >/dev/null || die "the controller is not running (run '$0 start')"
    local pid started=$SECONDS
    if pid=$(node_pid "$1"); then
        log "SIGKILL broker $1 (pid $pid) before restarting it"
        kill_now "$pid"
    fi
    start_broker "$1"
    log "broker $1 ready (pid $(node_pid "$1")) after $((SECONDS - started))s"
}

cmd_create_topic() {
    (($# >= 3)) || usage
    local name=$1 partitions=$2 rf=$3
    shift 3
    check_topic_args "$name" "$partitions" "$@"
    [[ $rf =~ ^[1-3]$ ]] || die "RF must be 1, 2 or 3, got '$rf'"
    [[ -f $LIBS_MARKER ]] || die "Kafka $KAFKA_VERSION jars are not in $KAFKA_CACHE_DIR"
    [[ -f $TOOLS_LOG4J ]] || die "the cluster was never started (run '$0 start' first)"
    create_topic "$(bootstrap)" "$name" "$partitions" "$rf" "$@"
}

# One line per command that starts or stops nodes, for a post-mortem.
record() {
    mkdir -p "$RUN_DIR"
    printf '%s %s (pid %s, parent %s)\n' "$(date '+%F %T.%3N')" "$*" "$$" "$PPID" >>"$RUN_DIR/events.log"
}

main() {
    (($# >= 1)) || usage
    local cmd=$1
    shift
    case $cmd in start | stop | kill | restart) record "$cmd" "$@" ;; esac
    case $cmd in
    start) (($# == 0)) || usage; cmd_start ;;
    stop) (($# == 0)) || usage; cmd_stop ;;
    status) (($# == 0)) || usage; cmd_status ;;
    bootstrap) (($# == 0)) || usage; bootstrap ;;
    kill) (($# == 1)) || usage; cmd_kill "$1" ;;
    restart) (($# == 1)) || usage; cmd_restart "$1" ;;
    create-topic) cmd_create_topic "$@" ;;
    *) usage ;;
    esac
}

main "$@"
