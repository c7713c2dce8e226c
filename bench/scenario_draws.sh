#!/usr/bin/env bash
# Monte Carlo throughput of ikuplan's scenario core against numpy, in one run
# (these machines are noisy: compare the ratio, not the seconds).
#   bench/scenario_draws.sh [DRAWS]      (default 1000000)
# Needs numpy and scipy (pip install numpy scipy). Both sides use one thread.
set -euo pipefail
cd "$(dirname "$0")/.."
draws="${1:-1000000}"
swift build -c release --product ikuplan-bench >/dev/null
swift_line=$(.build/release/ikuplan-bench "$draws")
numpy_line=$(env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE OPENBLAS_NUM_THREADS=1 \
  python3 bench/scenario_numpy.py "$draws")
echo "$swift_line"
echo "$numpy_line"
python3 - "$swift_line" "$numpy_line" <<'PY'
import json, sys
s, n = (json.loads(x) for x in sys.argv[1:3])
print(f"ikuplan {s['drawsPerSecond']:.3g} draws/s, numpy {n['drawsPerSecond']:.3g} draws/s: "
      f"ikuplan/numpy = {s['drawsPerSecond'] / n['drawsPerSecond']:.2f}")
PY
