#!/usr/bin/env bash
# "Ready means fast" (issue 16): how slow are the first 10 s after /health/ready turns 200, with the warm-up on
# (the default) and off (Search:Index:WarmUpRounds=0)? Builds the index once from a corpus file, then for each mode
# restarts the service on it, polls readiness every 20 ms, and at once runs 10 s of a cycled 12-query mix (ready.lua,
# 4 connections), then 10 s more as the warm reference. Loopback only; stops what it started by pid.
# Usage: benchmarks/load/ready.sh [--corpus FILE.jsonl[.gz]] [--seconds N]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
corpus_file="$root/../shared/data/reuters-21578.jsonl.gz"
seconds=10
while [[ $# -gt 0 ]]; do
  case "$1" in
    --corpus) corpus_file=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[[ -f "$corpus_file" ]] || { echo "corpus file $corpus_file not found" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)" >&2; exit 2; }

work=${TMPDIR:-/tmp}/search-load/ready
mkdir -p "$work/corpus"
ln -sf "$(readlink -f "$corpus_file")" "$work/corpus/$(basename "$corpus_file")"
dotnet build -c Release "$root/src/Search.Api" -v q -nologo >/dev/null
app="$root/src/Search.Api/bin/Release/net10.0/Search.Api"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
pid=""
stop() { [[ -n "$pid" ]] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; pid=""; }
trap stop EXIT

start() { # $1 = warm-up rounds
  Search__CorpusPath="$work/corpus" Search__IndexPath="$work/index" Search__Index__WarmUpRounds="$1" \
    Search__Semantic__Enabled=false ASPNETCORE_URLS="http://127.0.0.1:$port" Logging__LogLevel__Default=Warning \
    "$app" >"$work/service-$1.log" 2>&1 &
  pid=$!
  local started=$SECONDS
  until curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null; do
    sleep 0.02
    (( SECONDS - started < 900 )) || { echo "not ready after 900 s" >&2; exit 1; }
  done
  echo "ready after $(( SECONDS - started )) s"
}

echo "building the index once ($(basename "$corpus_file"))"
start 0
stop
for rounds in 3 0; do
  echo "== warm-up rounds $rounds"
  start "$rounds"
  echo -n "first ${seconds} s after ready: "; wrk -t1 -c4 -d"${seconds}s" -s "$root/benchmarks/load/ready.lua" "http://127.0.0.1:$port" | grep RESULT
  echo -n "next ${seconds} s (warm):      "; wrk -t1 -c4 -d"${seconds}s" -s "$root/benchmarks/load/ready.lua" "http://127.0.0.1:$port" | grep RESULT
  stop
done
