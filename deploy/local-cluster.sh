#!/usr/bin/env bash
# The replicated topology on one machine, loopback only: a 3-node NATS JetStream cluster, three search replicas
# (Search:Replication) and HAProxy in front (health checks on /health/ready). A bounded mixed load runs through
# HAProxy (wrk readers, curl writers) while one replica and then one NATS node are killed with SIGKILL and
# restarted; then every replica is checked for every write that was acknowledged (2xx).
# Prints: requests, non-2xx, acknowledged writes, and writes found on each replica. Exit 1 if one is missing.
#
# usage: deploy/local-cluster.sh [--duration 40] [--writers 2] [--connections 8] [--size 0] [--semantic]
#   --size N     a synthetic corpus of N articles (Search.Cli generate) instead of the shipped seed corpus
#   --semantic   keep sentence embeddings on (as shipped); off by default, so three replicas fit on small machines
set -euo pipefail
source "$(dirname "$0")/../benchmarks/load/lib.sh"

DURATION=40 WRITERS=2 CONNECTIONS=8 SIZE=0 SEMANTIC=false
ORIG_ARGS=("$@")
while [[ $# -gt 0 ]]; do
  case "$1" in
    --duration) DURATION="$2"; shift 2 ;;
    --writers) WRITERS="$2"; shift 2 ;;
    --connections) CONNECTIONS="$2"; shift 2 ;;
    --size) SIZE="$2"; shift 2 ;;
    --semantic) SEMANTIC=true; shift ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
[[ "$DURATION" =~ ^[0-9]+$ && "$WRITERS" =~ ^[0-9]+$ && "$CONNECTIONS" =~ ^[0-9]+$ && "$SIZE" =~ ^[0-9]+$ ]] || { echo "numbers only" >&2; exit 2; }
(( DURATION >= 20 && DURATION <= 3600 && WRITERS >= 1 && WRITERS <= 16 && CONNECTIONS >= 1 && CONNECTIONS <= 256 )) \
  || { echo "--duration 20..3600, --writers 1..16, --connections 1..256" >&2; exit 2; }

hard_limit $(( 900 + 3 * DURATION + SIZE / 100 )) "${ORIG_ARGS[@]}"

NATS_PIDS=() REPLICA_PIDS=() HAPROXY_PID="" WRK_PID="" WRITER_PIDS=()
cluster_cleanup() {
  local rc=$? p
  for p in "$WRK_PID" "${WRITER_PIDS[@]:-}" "$HAPROXY_PID" "${REPLICA_PIDS[@]:-}" "${NATS_PIDS[@]:-}"; do
    [[ -n "$p" ]] && kill -KILL "$p" 2>/dev/null || true
  done
  wait 2>/dev/null || true
  exit "$rc"
}
trap cluster_cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

ensure_tool nats-server
ensure_tool haproxy
ensure_tool wrk
ensure_tool curl
ensure_tool jq
if (( SIZE > 0 )); then
  build_release
  CORPUS_DIR=$(ensure_corpus "$SIZE" 42)
else
  log "building Release (Search.Api)"
  (cd "$REPO_ROOT" && timeout 900 dotnet build -c Release -nologo -v q src/Search.Api >/dev/null) || die "Release build failed"
  CORPUS_DIR="$REPO_ROOT/index/corpus"
fi

RUN_DIR="$SCRATCH/runs/cluster-$(date +%Y%m%d-%H%M%S)-$$"
mkdir -p "$RUN_DIR"
KEY="cluster-$(date +%s)-$RANDOM$RANDOM"
log "run folder $RUN_DIR"

# ---- NATS: three JetStream servers in one cluster -------------------------------------------------------------
NATS_PORTS=() ROUTE_PORTS=()
for i in 0 1 2; do NATS_PORTS+=("$(free_port)"); ROUTE_PORTS+=("$(free_port)"); done
NATS_URL=$(printf "nats://$HOST:%s," "${NATS_PORTS[@]}"); NATS_URL=${NATS_URL%,}

start_nats() { # start_nats I
  local i="$1" dir="$RUN_DIR/nats-$1" routes=() j
  mkdir -p "$dir"
  for j in 0 1 2; do [[ $j != "$i" ]] && routes+=("\"nats://$HOST:${ROUTE_PORTS[$j]}\""); done
  cat >"$dir/nats.conf" <<CONF
server_name: "n$i"
listen: "$HOST:${NATS_PORTS[$i]}"
jetstream { store_dir: "$dir/store", max_memory_store: 64MB, max_file_store: 4GB }
cluster { name: "search", listen: "$HOST:${ROUTE_PORTS[$i]}", routes: [$(IFS=,; echo "${routes[*]}")] }
CONF
  nats-server -c "$dir/nats.conf" -l "$dir/nats.log" >/dev/null 2>&1 &
  NATS_PIDS[$i]=$!
}

# ---- replicas: the service in replicated mode, each with its own index folder ----------------------------------
REPLICA_PORTS=()
for i in 0 1 2; do REPLICA_PORTS+=("$(free_port)"); done

start_replica() { # start_replica I
  local i="$1"
  mkdir -p "$RUN_DIR/replica-$i"
  "$API_BIN" --contentRoot "$API_DIR" --urls "http://$HOST:${REPLICA_PORTS[$i]}" \
    "--Search:CorpusPath=$CORPUS_DIR" "--Search:IndexPath=$RUN_DIR/replica-$i/index" "--Search:ApiKey=$KEY" \
    "--Search:Replication:NatsUrl=$NATS_URL" "--Search:Replication:ReplicaId=r$i" \
    "--Search:Semantic:Enabled=$SEMANTIC" "--Logging:LogLevel:Search.Api.Infrastructure.TimingBehavior=Warning" \
    >>"$RUN_DIR/replica-$i/service.log" 2>&1 &
  REPLICA_PIDS[$i]=$!
}

replica_ready() { # replica_ready I LIMIT_S
  local i="$1" limit="$2" start; start=$(now)
  until [[ $(curl -s -m 2 -o /dev/null -w '%{http_code}' "http://$HOST:${REPLICA_PORTS[$i]}/health/ready" || true) == 200 ]]; do
    awk -v s="$start" -v n="$(now)" -v l="$limit" 'BEGIN { exit !(n - s > l) }' && { log "replica r$i not ready after ${limit}s"; return 1; }
    sleep 0.2
  done
}

applied() { # applied I -> the replica's applied stream sequence
  curl -s -m 5 "http://$HOST:${REPLICA_PORTS[$1]}/health/ready" | jq -r '.checks.replication.data.appliedSequence // -1'
}

for i in 0 1 2; do start_nats "$i"; done
sleep 1
for i in 0 1 2; do start_replica "$i"; done
for i in 0 1 2; do replica_ready "$i" $(( 120 + SIZE / 200 )) || die "replica r$i did not start (see $RUN_DIR/replica-$i/service.log)"; done
log "NATS on ${NATS_PORTS[*]}, replicas on ${REPLICA_PORTS[*]}"

# ---- HAProxy: round robin over the replicas that answer 200 on /health/ready ------------------------------------
LB_PORT=$(free_port)
cat >"$RUN_DIR/haproxy.cfg" <<CONF
global
  maxconn 4096
defaults
  mode http
  timeout connect 2s
  timeout client 30s
  timeout server 30s
  retries 2
  option redispatch
  # A request that never reached a replica (connection refused: killed) goes to another; by-id writes are idempotent.
  retry-on conn-failure empty-response
frontend search
  bind $HOST:$LB_PORT
  default_backend replicas
backend replicas
  balance roundrobin
  option httpchk GET /health/ready
  http-check expect status 200
  default-server inter 500ms fall 2 rise 2
$(for i in 0 1 2; do echo "  server r$i $HOST:${REPLICA_PORTS[$i]} check"; done)
CONF
haproxy -f "$RUN_DIR/haproxy.cfg" -db >"$RUN_DIR/haproxy.log" 2>&1 &
HAPROXY_PID=$!
LB="http://$HOST:$LB_PORT"
for _ in $(seq 1 50); do curl -s -m 1 -o /dev/null "$LB/health/live" && break; sleep 0.1; done
log "HAProxy on $LB_PORT"

# ---- load: wrk readers and curl writers for DURATION seconds, with the faults in the middle ---------------------
writer() { # writer W: PUTs new stories until the deadline; one "id status seconds" line per write
  local w="$1" n=0 end=$(( $(date +%s) + DURATION )) code
  while (( $(date +%s) < end )); do
    n=$((n + 1))
    code=$(curl -s -m 30 -o /dev/null -w '%{http_code} %{time_total}' -X PUT -H "X-Api-Key: $KEY" -H 'Content-Type: application/json' \
      --data "{\"title\":\"Cluster story $w-$n\",\"body\":\"Writer $w filed story $n while replicas and servers were killed.\",\"section\":\"Local\"}" \
      "$LB/api/articles/cluster-$w-$n" || true)
    echo "cluster-$w-$n ${code:-000 0}"
  done >"$RUN_DIR/writes-$w.txt"
}

wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" -s "$LOAD_DIR/search.lua" "$LB" >"$RUN_DIR/wrk.txt" 2>&1 &
WRK_PID=$!
for w in $(seq 1 "$WRITERS"); do writer "$w" & WRITER_PIDS+=($!); done

fault_at() { sleep "$(awk -v d="$DURATION" -v f="$1" 'BEGIN { printf "%.1f", d * f }')"; }
fault_at 0.2; kill -KILL "${REPLICA_PIDS[1]}"; wait "${REPLICA_PIDS[1]}" 2>/dev/null || true; echo "$(date +%T) kill -9 replica r1" >>"$RUN_DIR/faults.txt"
fault_at 0.2; start_replica 1; echo "$(date +%T) restarted replica r1" >>"$RUN_DIR/faults.txt"
( t0=$(now); replica_ready 1 120 && echo "$(date +%T) replica r1 ready again after $(elapsed "$t0") s" >>"$RUN_DIR/faults.txt" ) &
READY_WATCH=$!
VICTIM=$(( RANDOM % 3 ))
fault_at 0.15; kill -KILL "${NATS_PIDS[$VICTIM]}"; wait "${NATS_PIDS[$VICTIM]}" 2>/dev/null || true; echo "$(date +%T) kill -9 NATS node n$VICTIM" >>"$RUN_DIR/faults.txt"
fault_at 0.2; start_nats "$VICTIM"; echo "$(date +%T) restarted NATS node n$VICTIM" >>"$RUN_DIR/faults.txt"

wait "$WRK_PID" || true; WRK_PID=""
for p in "${WRITER_PIDS[@]}"; do wait "$p" || true; done; WRITER_PIDS=()
wait "$READY_WATCH" || true

# ---- check: every acknowledged write on every replica ------------------------------------------------------------
for i in 0 1 2; do replica_ready "$i" 120 || die "replica r$i not ready after the load"; done
for _ in $(seq 1 120); do
  a0=$(applied 0); a1=$(applied 1); a2=$(applied 2)
  [[ "$a0" == "$a1" && "$a1" == "$a2" && "$a0" != -1 ]] && break
  sleep 0.5
done
log "applied stream sequence per replica: $a0 $a1 $a2"

cat "$RUN_DIR"/writes-*.txt >"$RUN_DIR/writes.txt"
awk '$2 ~ /^2/ { print $1 }' "$RUN_DIR/writes.txt" >"$RUN_DIR/acked.txt"
WRITES=$(wc -l <"$RUN_DIR/writes.txt"); ACKED=$(wc -l <"$RUN_DIR/acked.txt")
WRITE_NON2XX=$(( WRITES - ACKED ))
READS=$(awk '/requests in/ { print $1 }' "$RUN_DIR/wrk.txt"); READS=${READS:-0}
READ_NON2XX=$(awk '/Non-2xx/ { print $NF }' "$RUN_DIR/wrk.txt"); READ_NON2XX=${READ_NON2XX:-0}
SOCKET_ERRORS=$(awk '/Socket errors/ { gsub(",", ""); print $4 + $6 + $8 + $10 }' "$RUN_DIR/wrk.txt"); SOCKET_ERRORS=${SOCKET_ERRORS:-0}

write_latency() { # p50, p99 and max of the acknowledged writes' curl time
  awk '$2 ~ /^2/ { print $3 * 1000 }' "$RUN_DIR/writes.txt" | sort -n | awk '
    { v[NR] = $1 }
    END {
      if (NR == 0) exit
      p50 = int(NR * 0.50) + 1; if (p50 > NR) p50 = NR
      p99 = int(NR * 0.99) + 1; if (p99 > NR) p99 = NR
      printf "p50 %.0f ms, p99 %.0f ms, max %.0f ms", v[p50], v[p99], v[NR]
    }'
}

found_on() { # found_on I -> acknowledged ids the replica serves (GET /api/articles/{id} is 200), in one curl
  local i="$1"
  awk -v base="http://$HOST:${REPLICA_PORTS[$i]}/api/articles/" '{ printf "url = \"%s%s\"\noutput = \"/dev/null\"\n", base, $1 }' \
    "$RUN_DIR/acked.txt" >"$RUN_DIR/found-$i.curl"
  curl -s -m 600 -K "$RUN_DIR/found-$i.curl" -w '%{http_code}\n' | grep -c '^200$' || true
}
FOUND=()
for i in 0 1 2; do FOUND+=("$(found_on "$i")"); done

{
  machine_line
  echo "topology: 3 NATS (JetStream, stream replicas 3), 3 replicas, HAProxy; ${DURATION}s; $CONNECTIONS wrk connections; $WRITERS writers; corpus $( ((SIZE > 0)) && echo "$SIZE synthetic" || echo "seed (9 stories)" ); semantic $SEMANTIC"
  sed 's/^/fault: /' "$RUN_DIR/faults.txt"
  echo "requests: $(( READS + WRITES )) (reads $READS, writes $WRITES)"
  echo "non-2xx: $(( READ_NON2XX + WRITE_NON2XX )) (reads $READ_NON2XX, writes $WRITE_NON2XX); read socket errors $SOCKET_ERRORS"
  echo "acknowledged writes: $ACKED (latency through HAProxy, stream acknowledgement and the replica's apply: $(write_latency))"
  echo "found: r0 ${FOUND[0]}/$ACKED, r1 ${FOUND[1]}/$ACKED, r2 ${FOUND[2]}/$ACKED"
  grep -E 'Requests/sec|Latency ' "$RUN_DIR/wrk.txt" | sed 's/^ */reads: /'
} | tee "$RUN_DIR/summary.txt"

for i in 0 1 2; do
  [[ "${FOUND[$i]}" == "$ACKED" ]] || { echo "FAIL: replica r$i is missing $(( ACKED - FOUND[i] )) acknowledged writes"; exit 1; }
done
echo "PASS: every acknowledged write is on all three replicas"
