#!/usr/bin/env bash
# Crash safety (issue 6.4): kill -9 the Release service at a random moment of an index build, restart
# it, and check that the index it serves is usable and identical in content to a clean build: no
# stale-lock failure, no corruption, exactly one gen-* folder with `current` naming it. Rounds alternate
# between a cold build (empty index folder) and a rebuild while serving (POST /api/admin/reindex);
# a last round kills the service during a burst of authenticated PUTs and checks that every write
# acknowledged with a 2xx before the kill is there after the restart.
#
# usage: benchmarks/load/crash.sh [--size 20000] [--kills 5] [--seed 42] [--max-delay 8] [--writers 4]
set -euo pipefail
source "$(dirname "$0")/lib.sh"

SIZE=20000 KILLS=5 SEED=42 MAX_DELAY=8 WRITERS=4
ORIG_ARGS=("$@")
while [[ $# -gt 0 ]]; do
  case "$1" in
    --size) SIZE="$2"; shift 2 ;;
    --kills) KILLS="$2"; shift 2 ;;
    --seed) SEED="$2"; shift 2 ;;
    --max-delay) MAX_DELAY="$2"; shift 2 ;;
    --writers) WRITERS="$2"; shift 2 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
[[ "$SIZE" =~ ^[0-9]+$ && "$KILLS" =~ ^[0-9]+$ && "$SEED" =~ ^[0-9]+$ && "$MAX_DELAY" =~ ^[0-9]+$ && "$WRITERS" =~ ^[0-9]+$ ]] || { echo "numbers only" >&2; exit 2; }
(( KILLS >= 1 && KILLS <= 50 && MAX_DELAY >= 1 && MAX_DELAY <= 600 && WRITERS >= 1 && WRITERS <= 16 )) || { echo "--kills 1..50, --max-delay 1..600, --writers 1..16" >&2; exit 2; }

hard_limit $(( 900 + (KILLS + 3) * (60 + MAX_DELAY + SIZE / 200) )) "${ORIG_ARGS[@]}"
install_traps

ensure_tool jq
ensure_tool curl
build_release

RUN_DIR="$SCRATCH/runs/crash-$(date +%Y%m%d-%H%M%S)-$$"
mkdir -p "$RUN_DIR"
CORPUS_DIR=$(ensure_corpus "$SIZE" "$SEED")
KEY="crash-$(date +%s)-$RANDOM$RANDOM"
PORT=$(free_port)
URL="http://$HOST:$PORT"
READY_LIMIT=$(( 300 + SIZE / 100 ))
RANDOM=$SEED   # the kill moments are reproducible for a seed

mid=$(( (SIZE + 1) / 2 ))
IDS=(syn-0000001 syn-0000002 "$(printf 'syn-%07d' "$mid")" "$(printf 'syn-%07d' "$SIZE")" "$(printf 'syn-%07d' $(( SIZE > 7 ? SIZE - 7 : 1 )))")
QUERIES=("q=election" "q=trade" "q=China%20trade" "q=wildfire" "q=earthquake" "q=football"
         "q=%22snap%20election%22" "q=markets%20-China" "q=electon" "q=Kremlin" "q=energy&section=business" "q=vaccine&sort=newest")

# snapshot OUT: what a reader can see, as comparable lines (counts, query totals, article hashes).
snapshot() {
  local out="$1" q id code
  : >"$out"
  curl -s -m 10 "$URL/health/ready" | jq -r '"articles \(.checks.index.data.articles)"' >>"$out"
  for q in "${QUERIES[@]}"; do
    printf 'search %s total %s\n' "$q" "$(curl -s -m 20 "$URL/api/search?$q&size=1" | jq -r '.total')" >>"$out"
  done
  for id in "${IDS[@]}"; do
    code=$(curl -s -m 10 -o "$RUN_DIR/article.json" -w '%{http_code}' "$URL/api/articles/$id" || true)
    printf 'article %s %s %s\n' "$id" "$code" "$(jq -S . "$RUN_DIR/article.json" | sha256sum | cut -c1-16)" >>"$out"
  done
}

gen_count() { find "$1" -maxdepth 1 -type d -name 'gen-*' 2>/dev/null | wc -l; }
folder_state() { # a one-line description of the index folder
  printf 'gen folders: %s; current: %s%s' "$(gen_count "$1")" "$(cat "$1/current" 2>/dev/null || echo none)" \
    "$([[ -e "$1/current.tmp" ]] && echo '; current.tmp present' || true)"
}
bad_log_lines() { # lines that show a failure other than "not ready yet" probes
  { grep -E '^(fail|crit):' "$1" | grep -v 'HealthChecks' || true; grep -E 'LockObtainFailed|write\.lock|CorruptIndex|IndexFormatToo|EndOfStream|Unhandled exception' "$1" || true; } | sort -u
}
rand_delay() { awk -v r="$RANDOM" -v m="$MAX_DELAY" 'BEGIN { printf "%.2f", 0.2 + (r / 32767) * (m - 0.2) }'; }

# ---- the clean build: the reference every round is compared with
CLEAN="$RUN_DIR/clean-index"
log "clean build of $SIZE articles into $CLEAN"
T0=$(now)
start_service "$PORT" "$CORPUS_DIR" "$CLEAN" "$RUN_DIR/clean.log" "$KEY"
wait_ready "$PORT" "$READY_LIMIT" "$RUN_DIR/ready.json" || { tail -n 30 "$RUN_DIR/clean.log" >&2; die "the clean build did not become ready"; }
CLEAN_BUILD_S=$(elapsed "$T0")
snapshot "$RUN_DIR/reference.txt"
stop_service TERM
CLEAN_ARTICLES=$(awk '$1 == "articles" { print $2 }' "$RUN_DIR/reference.txt")
log "clean build ready in ${CLEAN_BUILD_S}s: $CLEAN_ARTICLES articles"
(( CLEAN_ARTICLES == SIZE )) || die "the clean build serves $CLEAN_ARTICLES articles, expected $SIZE"
grep -q 'total null\| 000 ' "$RUN_DIR/reference.txt" && die "the reference snapshot has failed requests: $RUN_DIR/reference.txt"

WORK="$RUN_DIR/index"
RESULTS=()
FAILED=0

# verify ROUND LOG: restart on $WORK after a kill and compare with the reference; appends to RESULTS.
verify() {
  local round="$1" logfile="$2" problems=() t0 restart_s n
  t0=$(now)
  start_service "$PORT" "$CORPUS_DIR" "$WORK" "$logfile" "$KEY"
  if ! wait_ready "$PORT" "$READY_LIMIT" "$RUN_DIR/ready-$round.json"; then
    problems+=("not ready after restart")
  else
    restart_s=$(elapsed "$t0")
    snapshot "$RUN_DIR/snapshot-$round.txt"
    if ! diff -u "$RUN_DIR/reference.txt" "$RUN_DIR/snapshot-$round.txt" >"$RUN_DIR/diff-$round.txt"; then
      problems+=("content differs from the clean build ($(grep -c '^[-+][a-z]' "$RUN_DIR/diff-$round.txt") lines, see diff-$round.txt)")
    fi
    for _ in $(seq 1 100); do n=$(gen_count "$WORK"); (( n == 1 )) && break; sleep 0.1; done
    (( n == 1 )) || problems+=("$n gen-* folders 10 s after ready")
    local cur; cur=$(cat "$WORK/current" 2>/dev/null || echo none)
    [[ -d "$WORK/$cur" ]] || problems+=("current names '$cur', which is not a folder")
    local served; served=$(jq -r '.checks.index.data.articles' "$RUN_DIR/ready-$round.json")
    (( served == CLEAN_ARTICLES )) || problems+=("ready reports $served articles")
  fi
  local bad; bad=$(bad_log_lines "$logfile")
  [[ -z "$bad" ]] || problems+=("failure lines in the log: $(head -c 300 <<<"$bad" | tr '\n' ' ')")
  stop_service TERM
  if (( ${#problems[@]} == 0 )); then
    VERIFY_NOTE="PASS (restart ready in ${restart_s}s; $(folder_state "$WORK"))"
  else
    VERIFY_NOTE="FAIL: $(IFS='; '; echo "${problems[*]}")"
    FAILED=$(( FAILED + 1 ))
  fi
}

# kill_round ROUND KIND: cold (empty folder, first build) or reindex (rebuild while serving).
kill_round() {
  local round="$1" kind="$2" delay state before code
  delay=$(rand_delay)
  if [[ $kind == cold ]]; then
    rm -rf "$WORK"
    start_service "$PORT" "$CORPUS_DIR" "$WORK" "$RUN_DIR/round-$round-killed.log" "$KEY"
  else
    start_service "$PORT" "$CORPUS_DIR" "$WORK" "$RUN_DIR/round-$round-killed.log" "$KEY"
    wait_ready "$PORT" "$READY_LIMIT" || { RESULTS+=("round $round ($kind): FAIL: not ready before the reindex"); FAILED=$((FAILED + 1)); stop_service KILL; return; }
    code=$(curl -s -m 10 -o "$RUN_DIR/reindex-$round.json" -w '%{http_code}' -X POST -H "X-Api-Key: $KEY" "$URL/api/admin/reindex" || true)
    [[ $code == 202 ]] || log "reindex answered $code: $(cat "$RUN_DIR/reindex-$round.json")"
  fi
  sleep "$delay"
  if grep -q 'Swapped in' "$RUN_DIR/round-$round-killed.log"; then state="after the swap"
  elif grep -q 'Building a new index generation' "$RUN_DIR/round-$round-killed.log"; then
    state="mid-build ($(grep -o 'Indexing: [0-9]* articles' "$RUN_DIR/round-$round-killed.log" | tail -n 1 | grep -o '[0-9]*' || echo 0)+ articles indexed)"
  else state="before the build started"; fi
  kill -KILL "$SERVICE_PID" 2>/dev/null || true
  stop_service KILL
  before=$(folder_state "$WORK")
  log "round $round ($kind): killed after ${delay}s, $state; left: $before"
  verify "$round" "$RUN_DIR/round-$round-restart.log"
  RESULTS+=("round $round ($kind, kill -9 after ${delay}s, $state; left $before): $VERIFY_NOTE")
  log "${RESULTS[-1]}"
}

for r in $(seq 1 "$KILLS"); do
  if (( r % 2 == 1 )); then kill_round "$r" cold; else kill_round "$r" reindex; fi
done

# ---- durability of acknowledged writes: kill -9 during a burst of PUTs
writes_round() {
  local round="$1" delay i acked=0 missing=0 wrong=0 served expected_min expected_max problems=()
  [[ -s "$WORK/current" ]] || { rm -rf "$WORK"; cp -a "$CLEAN" "$WORK"; }
  start_service "$PORT" "$CORPUS_DIR" "$WORK" "$RUN_DIR/round-$round-killed.log" "$KEY"
  wait_ready "$PORT" "$READY_LIMIT" || { RESULTS+=("round $round (writes): FAIL: not ready"); FAILED=$((FAILED + 1)); stop_service KILL; return; }
  local writer_pids=()
  for i in $(seq 1 "$WRITERS"); do
    (
      for n in $(seq 1 5000); do
        id="crash-w$i-$n"
        code=$(curl -s -m 10 -o /dev/null -w '%{http_code}' -X PUT -H "X-Api-Key: $KEY" -H 'Content-Type: application/json' \
          --data "{\"title\":\"Durability probe w$i n$n\",\"body\":\"Probe article $n from writer $i, written during a kill test.\",\"section\":\"world\",\"publishedAt\":\"2024-01-01T00:00:00Z\"}" \
          "$URL/api/articles/$id" || true)
        case "$code" in
          2??) echo "$id Durability probe w$i n$n" ;;
          000) break ;;                       # the service is gone
          *) echo "unexpected $code for $id" >&2 ;;
        esac
      done
    ) >"$RUN_DIR/acked-$i.txt" 2>>"$RUN_DIR/writers.err" &
    writer_pids+=("$!")
  done
  EXTRA_PIDS+=("${writer_pids[@]}")
  delay=$(awk -v r="$RANDOM" 'BEGIN { printf "%.2f", 1 + (r / 32767) * 3 }')
  sleep "$delay"
  kill -KILL "$SERVICE_PID" 2>/dev/null || true
  stop_service KILL
  for p in "${writer_pids[@]}"; do wait "$p" 2>/dev/null || true; done
  cat "$RUN_DIR"/acked-*.txt >"$RUN_DIR/acked.txt"
  acked=$(wc -l <"$RUN_DIR/acked.txt")
  log "round $round (writes): killed after ${delay}s with $acked acknowledged PUTs from $WRITERS writers; left: $(folder_state "$WORK")"

  start_service "$PORT" "$CORPUS_DIR" "$WORK" "$RUN_DIR/round-$round-restart.log" "$KEY"
  if ! wait_ready "$PORT" "$READY_LIMIT" "$RUN_DIR/ready-$round.json"; then
    problems+=("not ready after restart")
  else
    while read -r id title; do
      got=$(curl -s -m 10 "$URL/api/articles/$id" | jq -r '.title // "MISSING"')
      if [[ $got == MISSING ]]; then missing=$((missing + 1)); echo "missing $id" >>"$RUN_DIR/writes-problems.txt"
      elif [[ $got != "$title" ]]; then wrong=$((wrong + 1)); echo "wrong $id: $got" >>"$RUN_DIR/writes-problems.txt"; fi
    done <"$RUN_DIR/acked.txt"
    (( missing == 0 )) || problems+=("$missing acknowledged writes missing")
    (( wrong == 0 )) || problems+=("$wrong acknowledged writes with the wrong title")
    served=$(jq -r '.checks.index.data.articles' "$RUN_DIR/ready-$round.json")
    # Every acked write is a new id; a write in flight at the kill may or may not have been journaled.
    expected_min=$(( CLEAN_ARTICLES + acked )); expected_max=$(( expected_min + WRITERS ))
    (( served >= expected_min && served <= expected_max )) || problems+=("serves $served articles, expected $expected_min..$expected_max")
    local n; for _ in $(seq 1 100); do n=$(gen_count "$WORK"); (( n == 1 )) && break; sleep 0.1; done
    (( n == 1 )) || problems+=("$n gen-* folders after ready")
  fi
  local bad; bad=$(bad_log_lines "$RUN_DIR/round-$round-restart.log")
  [[ -z "$bad" ]] || problems+=("failure lines in the log: $(head -c 300 <<<"$bad" | tr '\n' ' ')")
  stop_service TERM
  if (( ${#problems[@]} == 0 )); then
    RESULTS+=("round $round (writes, kill -9 after ${delay}s during PUTs): PASS ($acked acknowledged writes all present after restart; ${served} articles served)")
  else
    RESULTS+=("round $round (writes, kill -9 after ${delay}s during PUTs): FAIL: $(IFS='; '; echo "${problems[*]}")")
    FAILED=$((FAILED + 1))
  fi
  log "${RESULTS[-1]}"
}
writes_round $(( KILLS + 1 ))

{
  echo
  echo "===== SUMMARY: crash safety, $(printf "%'d" "$SIZE") articles, $KILLS kill rounds + 1 write round ====="
  echo "$(machine_line)"
  echo "command: benchmarks/load/crash.sh ${ORIG_ARGS[*]}"
  echo "clean build: ready in ${CLEAN_BUILD_S}s, $CLEAN_ARTICLES articles; reference: $(( ${#QUERIES[@]} )) query totals + ${#IDS[@]} article hashes"
  for line in "${RESULTS[@]}"; do echo "- $line"; done
  echo "overall: $([[ $FAILED -eq 0 ]] && echo PASS || echo "FAIL ($FAILED rounds)")"
  echo "raw output: $RUN_DIR"
  echo "====="
} | tee "$RUN_DIR/summary.txt"
(( FAILED == 0 ))
