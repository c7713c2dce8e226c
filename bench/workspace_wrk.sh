#!/usr/bin/env bash
# Load check of the workspace (`ikuplan serve`) with wrk, on loopback only:
# requests per second and latency percentiles of the review API, the review
# page and a cheap baseline (the session), signed in as a planner, then the
# Bappeda overview (every agency's review per request, from the review cache
# after the first).
#   bench/workspace_wrk.sh [AGENCIES] [SECONDS] [CONNECTIONS]   (default 50 10 16)
# Needs wrk (Debian's wrk) and curl. Builds the release binary. Every run of
# wrk is bounded in time and stops by itself.
set -euo pipefail
cd "$(dirname "$0")/.."
agencies="${1:-50}"
seconds="${2:-10}"
connections="${3:-16}"
swift build -c release --product ikuplan >/dev/null
binary=$(pwd)/.build/release/ikuplan
work=$(mktemp -d)
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT
db="$work/bench.db"
for i in $(seq 1 "$agencies"); do
  "$binary" agency add "opd$i" --name "OPD $i" --from history/tanjungpinang-disnakerkum \
    --db "$db" >/dev/null
done
echo "perencana-rahasia" | "$binary" user add perencana --role planner --agency opd1 --db "$db" >/dev/null
echo "bappeda-rahasia1" | "$binary" user add bappeda --role bappeda --db "$db" >/dev/null
# Adding an account costs one bcrypt hash (cost 12) and a process start.
start=$(date +%s.%N)
for i in 1 2 3 4 5; do
  echo "akun-rahasia-$i" | "$binary" user add "akun$i" --role planner --agency opd1 --db "$db" >/dev/null
done
echo "user add: $(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.2f", (e - s) / 5 }') s per account (5 added)"
echo "agencies: $agencies; database: $(du -h "$db" | cut -f1) ($(du -b "$db" | cut -f1) bytes)"
"$binary" serve --db "$db" --port 0 2> "$work/serve.log" &
server=$!
for _ in $(seq 1 100); do
  grep -q 'http://127.0.0.1:' "$work/serve.log" 2>/dev/null && break
  sleep 0.1
done
port=$(sed -n 's|.*http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$work/serve.log" | head -1)
base="http://127.0.0.1:$port"
cookie() {
  curl --silent --fail --dump-header - -o /dev/null -X POST "$base/api/session" \
    -H 'Content-Type: application/json' -d "{\"username\":\"$1\",\"password\":\"$2\"}" \
    | sed -n 's/^Set-Cookie: \([^;]*\).*/\1/ip'
}
planner=$(cookie perencana perencana-rahasia)
bappeda=$(cookie bappeda bappeda-rahasia1)
run() {
  local name=$1 session=$2 path=$3
  local out
  out=$(wrk --threads 2 --connections "$connections" --duration "${seconds}s" --latency \
    --header "Cookie: $session" "$base$path")
  local rps p50 p99 errors
  rps=$(echo "$out" | sed -n 's/^Requests\/sec: *//p')
  p50=$(echo "$out" | awk '$1 == "50%" {print $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
  errors=$(echo "$out" | sed -n 's/.*Non-2xx or 3xx responses: *//p')
  printf '%-34s %10s req/s   p50 %8s   p99 %8s   non-2xx %s\n' "$name" "$rps" "$p50" "$p99" "${errors:-0}"
}
echo "wrk: 2 threads, $connections connections, ${seconds}s each, on $(nproc) cores (server and wrk share them)"
run "GET /api/session (baseline)" "$planner" /api/session
run "GET /api/agencies/opd1/review" "$planner" /api/agencies/opd1/review
run "GET /opd/opd1 (review page)" "$planner" /opd/opd1
run "GET / (Bappeda overview, $agencies OPD)" "$bappeda" /
echo "server resident memory after the runs: $(ps -o rss= -p "$server" | awk '{printf "%.0f MiB", $1/1024}')"
