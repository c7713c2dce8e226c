#!/usr/bin/env bash
# Fuzzes ikuplan's parsers with libFuzzer (the Swift toolchain ships it).
#
#   scripts/fuzz.sh TARGET|all SECONDS
#
# TARGET is delimited, sheet, workbook, scenario or regression (see
# Sources/IKUPlanFuzzing/FuzzTarget.swift). Builds the `ikuplan-fuzz`
# harness with -sanitize=fuzzer,address into .build-fuzz, seeds a working
# corpus from Tests/TestSupport/Fixtures/fuzz/TARGET, runs for SECONDS
# (each target in turn for `all`), and prints the executions. A crash, a
# leak, an input slower than 10 s or one needing over 2 GB is written to
# fuzz-findings/TARGET/ and the script fails; each such input belongs in
# Tests/TestSupport/Fixtures/fuzz-regressions/TARGET/ once fixed.
set -euo pipefail
cd "$(dirname "$0")/.."
targets=$1
seconds=${2:-60}
[ "$targets" = all ] && targets="delimited sheet workbook scenario regression"
scratch=${IKUPLAN_FUZZ_BUILD:-.build-fuzz}
swift build -c release --product ikuplan-fuzz --scratch-path "$scratch" \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING 2>&1 | grep -v "Cannot export" | tail -1
binary="$scratch/release/ikuplan-fuzz"
for target in $targets; do
  corpus=${IKUPLAN_FUZZ_CORPUS:-$(mktemp -d)}/$target
  mkdir -p "$corpus" "fuzz-findings/$target"
  cp -n Tests/TestSupport/Fixtures/fuzz/"$target"/* "$corpus"/
  log=$(mktemp)
  status=0
  # ZIPFoundation 0.9.20 leaks the 55-byte path it makes for each archive
  # it opens (Archive+BackingConfiguration.swift: fileSystemRepresentation
  # is never freed), and a part that passes its unpacking deadline leaves
  # its thread behind; leak detection, during the run and at exit, would
  # stop the workbook target on them.
  leaks=1
  [ "$target" = workbook ] && leaks=0
  ASAN_OPTIONS=detect_leaks=$leaks SWIFT_BACKTRACE=enable=no IKUPLAN_FUZZ_TARGET=$target \
    "$binary" "$corpus" -max_total_time="$seconds" -timeout=10 \
    -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 -detect_leaks=$leaks \
    -artifact_prefix="fuzz-findings/$target/" >"$log" 2>&1 || status=$?
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  echo "$target: $runs executions in ${seconds} s, corpus $(ls "$corpus" | wc -l) inputs, exit $status"
  if [ "$status" -ne 0 ]; then
    grep -E "ERROR|SUMMARY|Fatal|Test unit written" "$log" | head -20
    exit "$status"
  fi
done
