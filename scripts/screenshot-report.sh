#!/usr/bin/env bash
# Renders the bundled report with headless Chromium (Debian's `chromium`),
# to see what a planner sees, and fails on any console message from the
# page (there is no script in the report, so there should be none).
#   scripts/screenshot-report.sh [OUTPUT.png]   (default docs/report.png)
# Needs root for apt-get when chromium is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-docs/report.png}"
command -v chromium >/dev/null 2>&1 || { apt-get update && apt-get install -y chromium; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
swift run ikuplan report --output "$work/report.html" >/dev/null
log="$work/chromium.log"
chromium --headless=new --no-sandbox --disable-gpu --hide-scrollbars \
  --enable-logging=stderr --v=0 --window-size=1100,5400 \
  --screenshot="$work/report.png" "file://$work/report.html" 2>"$log" || true
if grep -E 'CONSOLE|Uncaught|Failed to load|net::ERR' "$log"; then
  echo "the page reported errors (above)" >&2
  exit 1
fi
[ -s "$work/report.png" ] || { echo "no screenshot was written" >&2; cat "$log" >&2; exit 1; }
cp "$work/report.png" "$out"
echo "screenshot: $out"
