#!/usr/bin/env bash
# Draft flood: does a flood of anonymous POST /api/related drafts (heavy ~200 KB bodies, 100 pinned ids)
# starve the readers' searches? Builds the Release service, serves the cached synthetic corpus and index
# (shared with loadtest.sh), and measures search latency with wrk (search.lua) alone, then the same
# search run while a second wrk floods POST /api/related (flood.lua). Prints search p50/p99 alone and
# under flood, the ratio of the p50s (target: the flood raises search p50 at most 3x), and the flood's
# status counts (2xx, 429 from the draft concurrency limiter, other). Answer caches are off by default so
# both search runs are computed by the engine (the same seeded queries would otherwise hit the cache the
# second time); --cached keeps them as shipped.
#
# usage: benchmarks/load/flood.sh [--size 20000] [--duration 20] [--connections 4] [--flood-connections 32]
#                                 [--body-kb 200] [--warmup 5] [--seed 42] [--cached]
set -euo pipefail
source "$(dirname "$0")/lib.sh"

SIZE=20000 DURATION=20 CONNECTIONS=4 FLOOD_CONNECTIONS=32 BODY_KB=200 WARMUP=5 SEED=42 CACHED=0
ORIG_ARGS=("$@")
while [[ $# -gt 0 ]]; do
  case "$1" in
    --size) SIZE="$2"; shift 2 ;;
    --duration) DURATION="$2"; shift 2 ;;
    --connections) CONNECTIONS="$2"; shift 2 ;;
    --flood-connections) FLOOD_CONNECTIONS="$2"; shift 2 ;;
    --body-kb) BODY_KB="$2"; shift 2 ;;
    --warmup) WARMUP="$2"; shift 2 ;;
    --seed) SEED="$2"; shift 2 ;;
    --cached) CACHED=1; shift ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
for v in "$SIZE" "$DURATION" "$CONNECTIONS" "$FLOOD_CONNECTIONS" "$BODY_KB" "$WARMUP" "$SEED"; do
  [[ "$v" =~ ^[0-9]+$ ]] || { echo "numbers only" >&2; exit 2; }
done
(( DURATION >= 1 && DURATION <= 300 )) || { echo "--duration must be 1..300 s" >&2; exit 2; }
(( CONNECTIONS >= 1 && CONNECTIONS <= 256 && FLOOD_CONNECTIONS >= 1 && FLOOD_CONNECTIONS <= 256 )) || { echo "connections 1..256" >&2; exit 2; }
(( BODY_KB >= 1 && BODY_KB <= 1024 && WARMUP <= 60 )) || { echo "--body-kb 1..1024, --warmup 0..60" >&2; exit 2; }

# Hard bound: generation + a slow build (200 articles/s) + warmup + two search runs + the flood's lead-in + slack.
hard_limit $(( 900 + SIZE / 200 + WARMUP + 2 * DURATION + 10 )) "${ORIG_ARGS[@]}"
install_traps

ensure_tool wrk
ensure_tool jq
ensure_tool curl
build_release

RUN_DIR="$SCRATCH/runs/flood-$(date +%Y%m%d-%H%M%S)-$$"
mkdir -p "$RUN_DIR"
CORPUS_DIR=$(ensure_corpus "$SIZE" "$SEED")
# Drafts write nothing, so the load test's cached index is reused as it is.
INDEX_DIR="$SCRATCH/index/n${SIZE}-s${SEED}-g$(generator_version)"
mkdir -p "$INDEX_DIR"

PORT=$(free_port)
URL="http://$HOST:$PORT"
EXTRA=("--Logging:LogLevel:Search.Api.Infrastructure.TimingBehavior=Warning")
(( CACHED )) || EXTRA+=("--Search:Cache:SearchResults=0" "--Search:Cache:RelatedLists=0")

log "starting the service on $URL (index $INDEX_DIR)"
T0=$(now)
start_service "$PORT" "$CORPUS_DIR" "$INDEX_DIR" "$RUN_DIR/service.log" "" "${EXTRA[@]}"
start_rss_sampler "$SERVICE_PID" 1 "$RUN_DIR/rss.txt"
wait_ready "$PORT" $(( 300 + SIZE / 100 )) "$RUN_DIR/ready.json" || { tail -n 30 "$RUN_DIR/service.log" >&2; die "service not ready"; }
READY_S=$(elapsed "$T0")
ARTICLES=$(jq -r '.checks.index.data.articles' "$RUN_DIR/ready.json")
log "ready in ${READY_S}s with $ARTICLES articles"

# One probe draft first: the flood must be accepted work (2xx), not a 400/413 answered without scoring.
awk -v kb="$BODY_KB" 'BEGIN { printf "{\"title\":\"Probe draft\",\"body\":\""; for (i = 0; i < (kb * 1024 - 200) / 15; i++) printf "election trade "; printf "\",\"section\":\"world\",\"related\":[\"syn-0000001\"]}" }' >"$RUN_DIR/probe.json"
PROBE=$(curl -s -m 30 -o "$RUN_DIR/probe-answer.json" -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
  --data-binary @"$RUN_DIR/probe.json" "$URL/api/related?count=10" || true)
log "probe draft ($(( $(stat -c %s "$RUN_DIR/probe.json") / 1024 )) KB): HTTP $PROBE"
[[ "$PROBE" == 2?? ]] || log "warning: the probe draft was not accepted (HTTP $PROBE): the flood may be measuring refusals only"

wrk_search() { # wrk_search LABEL SECONDS
  log "wrk search ($1): -t1 -c$CONNECTIONS -d${2}s"
  timeout $(( $2 + 60 )) wrk -t1 -c"$CONNECTIONS" -d"${2}s" --timeout 5s --latency \
    -s "$LOAD_DIR/search.lua" "$URL" >"$RUN_DIR/wrk-$1.txt" 2>&1 \
    || { cat "$RUN_DIR/wrk-$1.txt" >&2; die "wrk $1 failed"; }
  grep '^RESULT' "$RUN_DIR/wrk-$1.txt" >&2
}
field() { # field FILE_LABEL PREFIX KEY
  grep "^$2 " "$RUN_DIR/wrk-$1.txt" | tr ' ' '\n' | awk -F= -v k="$3" '$1 == k { print $2 }'
}

(( WARMUP > 0 )) && wrk_search warmup "$WARMUP"
LOAD_ALONE=$(cut -d' ' -f1-3 /proc/loadavg)
wrk_search alone "$DURATION"

# The flood runs 2 s before and 2 s after the measured search run, so the search sees it throughout.
FLOOD_SECS=$(( DURATION + 4 ))
log "wrk flood: -t2 -c$FLOOD_CONNECTIONS -d${FLOOD_SECS}s POST /api/related (~${BODY_KB} KB drafts)"
timeout $(( FLOOD_SECS + 60 )) wrk -t2 -c"$FLOOD_CONNECTIONS" -d"${FLOOD_SECS}s" --timeout 10s \
  -s "$LOAD_DIR/flood.lua" "$URL" -- "$SIZE" "$BODY_KB" >"$RUN_DIR/wrk-flood.txt" 2>&1 &
FLOOD_PID=$!
EXTRA_PIDS+=("$FLOOD_PID")
sleep 2
LOAD_FLOOD=$(cut -d' ' -f1-3 /proc/loadavg)
wrk_search underflood "$DURATION"
wait "$FLOOD_PID" || { cat "$RUN_DIR/wrk-flood.txt" >&2; die "wrk flood failed"; }
grep '^FLOOD' "$RUN_DIR/wrk-flood.txt" >&2
READY_AFTER=$(curl -s -m 10 -o /dev/null -w '%{http_code}' "$URL/health/ready" || true)
stop_rss_sampler
HWM_KB=$(awk '$3 > m { m = $3 } END { print m + 0 }' "$RUN_DIR/rss.txt")
stop_service TERM

P50_ALONE=$(field alone RESULT p50_ms); P99_ALONE=$(field alone RESULT p99_ms)
P50_FLOOD=$(field underflood RESULT p50_ms); P99_FLOOD=$(field underflood RESULT p99_ms)
RATIO=$(awk -v a="$P50_ALONE" -v b="$P50_FLOOD" 'BEGIN { if (a > 0) printf "%.2f", b / a; else print "n/a" }')
if awk -v r="$RATIO" 'BEGIN { exit !(r != "n/a" && r <= 3) }'; then VERDICT=PASS; else VERDICT=FAIL; fi

row() { # row LABEL
  printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$1" "$(field "$1" RESULT requests)" "$(field "$1" RESULT rps)" \
    "$(field "$1" RESULT p50_ms)" "$(field "$1" RESULT p99_ms)" "$(field "$1" RESULT non2xx)" "$(field "$1" RESULT socket_errors)"
}

{
  echo
  echo "===== SUMMARY: draft flood, $(printf "%'d" "$SIZE") articles ====="
  echo "$(machine_line)"
  echo "command: benchmarks/load/flood.sh ${ORIG_ARGS[*]}"
  echo "service: ready in ${READY_S}s, $ARTICLES articles; answer caches $( (( CACHED )) && echo 'on (as shipped)' || echo 'off (every search computed)'); request log at Warning"
  echo "search: wrk -t1 -c$CONNECTIONS -d${DURATION}s search.lua | flood: wrk -t2 -c$FLOOD_CONNECTIONS -d${FLOOD_SECS}s flood.lua, POST /api/related?count=10, $(field flood FLOOD body_bytes) byte body, 100 pins; probe draft: HTTP $PROBE"
  echo "load avg at start of run: alone $LOAD_ALONE | under flood $LOAD_FLOOD"
  echo
  echo "| search run | requests | req/s | p50 ms | p99 ms | non-2xx | socket errors |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
  row alone
  row underflood
  echo
  echo "flood: $(field flood FLOOD requests) requests ($(field flood FLOOD rps)/s): 2xx $(field flood FLOOD s2xx), 429 $(field flood FLOOD s429), other $(field flood FLOOD other) ($(field flood FLOOD other_statuses)), socket errors $(field flood FLOOD socket_errors); flood p50 $(field flood FLOOD p50_ms) ms, p99 $(field flood FLOOD p99_ms) ms"
  echo "search p50 under flood / alone: $RATIO -> $VERDICT (target <= 3x); p99 $P99_ALONE -> $P99_FLOOD ms"
  echo "ready after the flood: $READY_AFTER; service VmHWM $(mib "$HWM_KB") MiB"
  echo "raw output: $RUN_DIR"
  echo "====="
} | tee "$RUN_DIR/summary.txt"
