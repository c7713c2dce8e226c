#!/usr/bin/env bash
# Renders the bundled report with headless Chromium (Debian's `chromium`),
# to see what a planner sees on a laptop and on paper, and fails on any
# console message from the page (there is no script in the report, so
# there should be none). Writes, into OUTPUT-FOLDER (default docs/):
#   laporan-laptop.png   the page's first 4800 pixels at 1366 wide (a laptop:
#                        the decisions, the review and the first indicators)
#   laporan-a4-1.png     page 1 of the A4 PDF (Chromium's print-to-pdf), 70 dpi
#   laporan-a4-2.png     page 2 of it
# and laporan-a4.pdf beside them when KEEP_PDF=1. Each PNG is reduced to a
# palette (pngquant) to stay under 400 KB.
#   scripts/screenshot-report.sh [OUTPUT-FOLDER]
# Needs root for apt-get when chromium, pdftoppm or pngquant is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-docs}"
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
command -v pngquant >/dev/null 2>&1 || missing+=(pngquant)
if [ ${#missing[@]} -gt 0 ]; then apt-get update && apt-get install -y "${missing[@]}"; fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
swift build --product ikuplan >/dev/null
.build/debug/ikuplan report --output "$work/report.html" >/dev/null
chrome=(chromium --headless=new --no-sandbox --disable-gpu --hide-scrollbars --enable-logging=stderr --v=0)
log="$work/chromium.log"

# The page's height at 1366 pixels, measured by a copy of the report with
# one line of script added (the report itself has none).
sed 's#</body>#<script>onload=function(){document.title="height "+document.documentElement.scrollHeight}</script></body>#' \
  "$work/report.html" >"$work/measure.html"
height=$("${chrome[@]}" --window-size=1366,800 --virtual-time-budget=3000 --dump-dom \
  "file://$work/measure.html" 2>/dev/null | sed -n 's#.*<title>height \([0-9]*\)</title>.*#\1#p')
[ -n "$height" ] || { echo "could not measure the page" >&2; exit 1; }

shown=$(( height < 4800 ? height : 4800 ))
"${chrome[@]}" --window-size="1366,$shown" --screenshot="$work/laptop.png" \
  "file://$work/report.html" 2>"$log" || true
"${chrome[@]}" --no-pdf-header-footer --print-to-pdf="$work/report.pdf" \
  "file://$work/report.html" 2>>"$log" || true
if grep -E 'CONSOLE|Uncaught|Failed to load|net::ERR' "$log"; then
  echo "the page reported errors (above)" >&2
  exit 1
fi
[ -s "$work/laptop.png" ] || { echo "no screenshot was written" >&2; cat "$log" >&2; exit 1; }
[ -s "$work/report.pdf" ] || { echo "no PDF was written" >&2; cat "$log" >&2; exit 1; }
pdftoppm -png -r 70 -f 1 -l 2 "$work/report.pdf" "$work/a4"

mkdir -p "$out"
shrink() { pngquant --quality=50-85 --speed 1 --force --output "$2" "$1"; }
shrink "$work/laptop.png" "$out/laporan-laptop.png"
shrink "$work"/a4-*1.png "$out/laporan-a4-1.png"
shrink "$work"/a4-*2.png "$out/laporan-a4-2.png"
[ "${KEEP_PDF:-0}" = 1 ] && cp "$work/report.pdf" "$out/laporan-a4.pdf"
pages=$(pdfinfo "$work/report.pdf" 2>/dev/null | sed -n 's/^Pages: *//p' || true)
echo "page height at 1366 px: $height; A4 pages: ${pages:-?}"
for f in laporan-laptop.png laporan-a4-1.png laporan-a4-2.png; do
  size=$(stat -c %s "$out/$f")
  echo "$out/$f: $size bytes"
  [ "$size" -lt 409600 ] || { echo "$out/$f is 400 KB or more" >&2; exit 1; }
done
