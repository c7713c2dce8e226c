#!/usr/bin/env python3
"""The default model on a panel: ikuplan `auto` against statsforecast's
automatic models, in one run.

    python3 bench/auto_panel_bench.py [SERIES] [LENGTH] [PYTHON]   (default 20000 10 python3)

Generates a panel with bench/make_panel.py, builds ikuplan in release mode
and times, end to end on the same file (read, fit, forecast one year with
80/95% intervals, write): `ikuplan forecast --panel --model auto` on all
cores and on one (auto refits itself at up to ten earlier origins per
series for its interval calibration, and pools a sample of 2,000 series
first), and statsforecast AutoETS and AutoTheta with n_jobs=1 on a sample
of 2,000 series, extrapolated linearly to the panel (said so in the table).
PYTHON is an interpreter with statsforecast and pandas installed.
"""
import json, os, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
series = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
length = int(sys.argv[2]) if len(sys.argv) > 2 else 10
python = sys.argv[3] if len(sys.argv) > 3 else "python3"
folder = tempfile.mkdtemp()
panel = os.path.join(folder, "panel.csv")
subprocess.run([sys.executable, os.path.join(ROOT, "bench", "make_panel.py"), panel, str(series),
                str(length)], check=True, stdout=subprocess.DEVNULL)
subprocess.run(["swift", "build", "-c", "release", "--product", "ikuplan"], cwd=ROOT, check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
binary = os.path.join(ROOT, ".build", "release", "ikuplan")


def timed(args):
    start = time.perf_counter()
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


rows = []
for threads in (os.cpu_count() or 1, 1):
    seconds = timed([binary, "forecast", "--panel", panel, "--model", "auto", "--horizon", "1",
                     "--threads", str(threads), "--output", os.path.join(folder, "out.csv")])
    rows.append((f"ikuplan auto ({threads} thread{'s' if threads > 1 else ''})", series, seconds))

peers = r'''
import json, sys, time
import numpy as np, pandas as pd
from statsforecast import StatsForecast
from statsforecast.models import AutoETS, AutoTheta
wide = pd.read_csv(sys.argv[1], header=None, nrows=int(sys.argv[2]))
ids = wide.iloc[:, 0].to_numpy()
y = wide.iloc[:, 1:].to_numpy(dtype=float)
def frame(k):
    rows = [(ids[i], t + 1, v) for i in range(k) for t, v in enumerate(y[i]) if v == v]
    return pd.DataFrame(rows, columns=["unique_id", "ds", "y"])
for name, model in [("statsforecast AutoETS", AutoETS()), ("statsforecast AutoTheta", AutoTheta())]:
    StatsForecast(models=[model], freq=1, n_jobs=1).forecast(df=frame(10), h=1, level=[80, 95])
    f = frame(len(y))
    start = time.perf_counter()
    StatsForecast(models=[model], freq=1, n_jobs=1).forecast(df=f, h=1, level=[80, 95])
    print(json.dumps({"peer": name, "series": len(y), "seconds": time.perf_counter() - start}))
'''
sample = min(series, 2000)
out = subprocess.run([python, "-c", peers, panel, str(sample)], check=True, capture_output=True,
                     text=True).stdout
for line in out.splitlines():
    peer = json.loads(line)
    rows.append((peer["peer"] + f" (n_jobs=1, {sample} series, extrapolated)", series,
                 peer["seconds"] * series / peer["series"]))

base = rows[0][2]
def persisting(path):
    """How many series of the panel have positively autocorrelated
    differences (TrendEvidence.changesPersist): those fit dotm and holt."""
    count = 0
    with open(path) as f:
        for line in f:
            v = [float(x) for x in line.split(",")[1:] if x.strip()]
            d = [b - a for a, b in zip(v, v[1:])]
            if len(d) < 2:
                continue
            m = sum(d) / len(d)
            c = [x - m for x in d]
            count += sum(a * b for a, b in zip(c[1:], c)) > 0 and sum(x * x for x in c) > 0
    return count


print(f"Series whose changes persist (fit dotm and holt): {persisting(panel):,} of {series:,}\n")
print(f"| tool | wall time for {series:,} series × {length} values (s) | time ÷ ikuplan auto |")
print("|---|---|---|")
for name, _, seconds in rows:
    print(f"| {name} | {seconds:.1f} | {seconds / base:.1f} |")
