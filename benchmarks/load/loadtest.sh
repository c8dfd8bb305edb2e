#!/usr/bin/env bash
# HTTP load test (issue 5.3): builds the Release service, serves a generated corpus, and runs wrk on
# 127.0.0.1 with a reader mix (mix.lua) and a search-only run (search.lua) as shipped (answer caches on),
# then restarts the service with its caches off (Search:Cache sizes 0) and runs search-only again, so
# the engine's own rate is shown beside the cached one. Prints req/s, p50/p99/p99.9, non-2xx counts,
# the service's peak RSS, and the restart time on an unchanged corpus.
#
# usage: benchmarks/load/loadtest.sh [--size 100000|1000000] [--duration 60] [--connections 32]
#                                    [--threads 2] [--warmup 10] [--seed 42] [--fresh-index]
#                                    [--quiet-request-log]
set -euo pipefail
source "$(dirname "$0")/lib.sh"

SIZE=100000 DURATION=60 CONNECTIONS=32 THREADS=2 WARMUP=10 SEED=42 FRESH=0 QUIET_LOG=0
ORIG_ARGS=("$@")
while [[ $# -gt 0 ]]; do
  case "$1" in
    --size) SIZE="$2"; shift 2 ;;
    --duration) DURATION="$2"; shift 2 ;;
    --connections) CONNECTIONS="$2"; shift 2 ;;
    --threads) THREADS="$2"; shift 2 ;;
    --warmup) WARMUP="$2"; shift 2 ;;
    --seed) SEED="$2"; shift 2 ;;
    --fresh-index) FRESH=1; shift ;;
    --quiet-request-log) QUIET_LOG=1; shift ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
[[ "$SIZE" =~ ^[0-9]+$ && "$DURATION" =~ ^[0-9]+$ && "$WARMUP" =~ ^[0-9]+$ ]] || { echo "size, duration and warmup must be whole numbers" >&2; exit 2; }
(( DURATION >= 1 && DURATION <= 600 )) || { echo "--duration must be 1..600 s" >&2; exit 2; }

# Hard bound for the whole run: generation + a slow build (200 articles/s) + the wrk runs + slack.
hard_limit $(( 900 + SIZE / 200 + 2 * WARMUP + 3 * DURATION )) "${ORIG_ARGS[@]}"
install_traps

ensure_tool wrk
ensure_tool jq
ensure_tool curl
build_release

RUN_DIR="$SCRATCH/runs/loadtest-$(date +%Y%m%d-%H%M%S)-$$"
mkdir -p "$RUN_DIR"
CORPUS_DIR=$(ensure_corpus "$SIZE" "$SEED")
INDEX_DIR="$SCRATCH/index/n${SIZE}-s${SEED}-g$(generator_version)"
if (( FRESH )); then rm -rf "$INDEX_DIR"; fi
mkdir -p "$INDEX_DIR"
# A load test writes nothing: an API journal here would mean someone wrote to the cached index.
[[ -s "$INDEX_DIR/api-writes.journal" ]] && log "warning: $INDEX_DIR has API writes; use --fresh-index for a clean corpus"

PORT=$(free_port)
URL="http://$HOST:$PORT"
EXTRA=()
(( QUIET_LOG )) && EXTRA+=("--Logging:LogLevel:Search.Api.Infrastructure.TimingBehavior=Warning")

log "starting the service on $URL (index $INDEX_DIR)"
T0=$(now)
start_service "$PORT" "$CORPUS_DIR" "$INDEX_DIR" "$RUN_DIR/service.log" "" "${EXTRA[@]}"
start_rss_sampler "$SERVICE_PID" 1 "$RUN_DIR/rss.txt"
wait_ready "$PORT" $(( 300 + SIZE / 100 )) "$RUN_DIR/ready.json" || { tail -n 30 "$RUN_DIR/service.log" >&2; die "service not ready"; }
READY_S=$(elapsed "$T0")
ARTICLES=$(jq -r '.checks.index.data.articles' "$RUN_DIR/ready.json")
await_corpus_verdict() { # await_corpus_verdict LOG: ready comes before the corpus is hashed; wait for the verdict
  for _ in $(seq 1 120); do
    grep -qE 'no rebuild|Building a new index generation|Indexed [0-9]+ articles' "$1" && return 0
    sleep 0.5
  done
}
await_corpus_verdict "$RUN_DIR/service.log"
if grep -q 'no rebuild' "$RUN_DIR/service.log"; then
  BUILD_NOTE="reused the cached index (no rebuild)"
else
  BUILD_NOTE=$(grep -o 'Indexed [0-9]* articles in [0-9]* ms ([0-9]* articles/s)' "$RUN_DIR/service.log" | tail -n 1 || true)
  BUILD_NOTE="built: ${BUILD_NOTE:-see service.log}"
fi
log "ready in ${READY_S}s with $ARTICLES articles; $BUILD_NOTE"
(( ARTICLES == SIZE )) || log "warning: serving $ARTICLES articles, expected $SIZE"

run_wrk() { # run_wrk LABEL SCRIPT SECONDS
  local label="$1" script="$2" secs="$3"
  log "wrk $label: -t$THREADS -c$CONNECTIONS -d${secs}s"
  timeout $(( secs + 60 )) wrk -t"$THREADS" -c"$CONNECTIONS" -d"${secs}s" --timeout 5s --latency \
    -s "$LOAD_DIR/$script" "$URL" -- "$SIZE" >"$RUN_DIR/wrk-$label.txt" 2>&1 \
    || { cat "$RUN_DIR/wrk-$label.txt" >&2; die "wrk $label failed"; }
  grep '^RESULT' "$RUN_DIR/wrk-$label.txt" >&2
}
field() { # field LABEL KEY: a value from a wrk RESULT line
  grep "^RESULT " "$RUN_DIR/wrk-$1.txt" | tr ' ' '\n' | awk -F= -v k="$2" '$1 == k { print $2 }'
}

(( WARMUP > 0 )) && run_wrk warmup mix.lua "$WARMUP"
LOAD_START=$(now)
run_wrk mix mix.lua "$DURATION"
run_wrk search search.lua "$DURATION"
LOAD_END=$(now)

PEAK_LOAD_KB=$(awk -v a="$LOAD_START" -v b="$LOAD_END" '$1 >= a && $1 <= b && $2 > m { m = $2 } END { print m + 0 }' "$RUN_DIR/rss.txt")
HWM_KB=$(awk '$3 > m { m = $3 } END { print m + 0 }' "$RUN_DIR/rss.txt")
READY_RSS_KB=$(awk -v a="$LOAD_START" '$1 <= a { r = $2 } END { print r + 0 }' "$RUN_DIR/rss.txt")

log "stopping the service; restarting on the same index (unchanged corpus)"
stop_rss_sampler
stop_service TERM
T1=$(now)
start_service "$PORT" "$CORPUS_DIR" "$INDEX_DIR" "$RUN_DIR/service-restart.log" "" "${EXTRA[@]}"
wait_ready "$PORT" $(( 300 + SIZE / 100 )) "$RUN_DIR/ready-restart.json" || { tail -n 30 "$RUN_DIR/service-restart.log" >&2; die "restart not ready"; }
RESTART_S=$(elapsed "$T1")
await_corpus_verdict "$RUN_DIR/service-restart.log"
if grep -q 'no rebuild' "$RUN_DIR/service-restart.log"; then RESTART_REBUILT=no; else RESTART_REBUILT=YES; fi
stop_service TERM

log "starting the service with its answer caches off (every search computed)"
start_service "$PORT" "$CORPUS_DIR" "$INDEX_DIR" "$RUN_DIR/service-uncached.log" "" "${EXTRA[@]}" \
  "--Search:Cache:SearchResults=0" "--Search:Cache:RelatedLists=0" "--Search:Cache:StoredArticles=0"
wait_ready "$PORT" $(( 300 + SIZE / 100 )) "$RUN_DIR/ready-uncached.json" || { tail -n 30 "$RUN_DIR/service-uncached.log" >&2; die "uncached service not ready"; }
(( WARMUP > 0 )) && run_wrk warmup-uncached search.lua "$WARMUP"
run_wrk search-uncached search.lua "$DURATION"
stop_service TERM

verdict() { # verdict LABEL: the 100k search target for one wrk run
  if (( SIZE != 100000 )); then echo "n/a (the stated target is for 100,000 articles)"; return; fi
  if awk -v r="$(field "$1" rps)" -v p="$(field "$1" p99_ms)" 'BEGIN { exit !(r >= 3000 && p < 25) }'; then echo PASS; else echo FAIL; fi
}
if awk -v s="$RESTART_S" 'BEGIN { exit !(s < 3) }' && [[ $RESTART_REBUILT == no ]]; then RESTART_NOTE=PASS; else RESTART_NOTE=FAIL; fi

row() { # row LABEL
  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$1" "$(field "$1" requests)" "$(field "$1" rps)" \
    "$(field "$1" p50_ms)" "$(field "$1" p99_ms)" "$(field "$1" p999_ms)" "$(field "$1" max_ms)" \
    "$(field "$1" non2xx)" "$(field "$1" socket_errors)"
}

{
  echo
  echo "===== SUMMARY: HTTP load test, $(printf "%'d" "$SIZE") articles ====="
  echo "$(machine_line)"
  echo "command: benchmarks/load/loadtest.sh ${ORIG_ARGS[*]}"
  echo "wrk: -t$THREADS -c$CONNECTIONS -d${DURATION}s --latency, on $URL (client and service share the machine)"
  echo "request log: $( (( QUIET_LOG )) && echo 'TimingBehavior at Warning (--quiet-request-log)' || echo 'as shipped (Debug per request, Warning when slow)')"
  echo "first start: ready in ${READY_S}s, $ARTICLES articles, $BUILD_NOTE"
  echo
  echo "| run | requests | req/s | p50 ms | p99 ms | p99.9 ms | max ms | non-2xx | socket errors |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  row mix
  row search
  row search-uncached
  echo
  echo "mix statuses: $(grep '^STATUS mix' "$RUN_DIR/wrk-mix.txt" | cut -d' ' -f3-)"
  echo "service RSS: $(mib "$READY_RSS_KB") MiB when load started, peak $(mib "$PEAK_LOAD_KB") MiB under load (VmRSS, 1 s samples); lifetime VmHWM $(mib "$HWM_KB") MiB (includes the build when there was one)"
  echo "restart on the unchanged corpus: ready in ${RESTART_S}s, rebuilt: $RESTART_REBUILT -> $RESTART_NOTE (target < 3 s, no rebuild)"
  echo "search target at 100k (>= 3,000 req/s, p99 < 25 ms): as shipped (caches on) $(verdict search); caches off $(verdict search-uncached)"
  echo "raw output: $RUN_DIR"
  echo "====="
} | tee "$RUN_DIR/summary.txt"
