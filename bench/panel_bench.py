#!/usr/bin/env python3
"""Batch forecasting: ikuplan against the Python peers, in one run.

    python3 bench/panel_bench.py [SERIES] [LENGTH]     (default 1000000 10)

Makes a virtual environment in bench/.venv with pandas, numpy, scipy,
pyarrow, statsforecast and statsmodels (pip), a synthetic panel with
bench/make_panel.py, builds ikuplan in release mode, then times on the same
file, end to end (read, fit, forecast with 80/95% intervals, write):
  - ikuplan forecast --panel (linear trend and drift), on all cores and on one;
  - the numpy implementation of the same forecasts (panel_numpy.py), its
    CSV read and written by pyarrow (multi-threaded, the fastest CSV I/O
    in Python) and by pandas;
  - statsforecast RandomWalkWithDrift on the whole panel;
  - statsforecast AutoETS and statsmodels OLS per series on samples of
    2,000 series, extrapolated linearly to the whole panel (said so in the
    table): a per-series loop scales with the number of series.
ikuplan and the numpy + pyarrow peer run five times, interleaved (one of
each, then again), so that a slow moment of the machine (the kernel
writing the last run's 220 MB back, another process) hits both; the table
has each one's median and the largest peak memory, and each time divided
by ikuplan's median (all cores); every run's time is printed below it.
Prints wall time, peak memory (resident set) and each peer's time divided
by ikuplan's.
"""
import json, os, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, "bench")
VENV = os.path.join(BENCH, ".venv")
DATA = os.path.join(BENCH, ".data")
series = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
length = int(sys.argv[2]) if len(sys.argv) > 2 else 10


def run(args, **kw):
    """Runs a command; returns (wall seconds, peak RSS in MB, stdout)."""
    start = time.perf_counter()
    process = subprocess.Popen(args, stdout=subprocess.PIPE, **kw)
    out = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    if status != 0:
        sys.exit(f"failed: {' '.join(args)}")
    return wall, usage.ru_maxrss / 1024, out.decode()


python = os.path.join(VENV, "bin", "python")
if not os.path.exists(python):
    subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
    subprocess.run([python, "-m", "pip", "install", "-q", "pandas", "numpy", "scipy", "pyarrow",
                    "statsforecast", "statsmodels"], check=True)
os.makedirs(DATA, exist_ok=True)
panel = os.path.join(DATA, f"panel-{series}x{length}.csv")
if not os.path.exists(panel):
    subprocess.run([python, os.path.join(BENCH, "make_panel.py"), panel, str(series), str(length)],
                   check=True)
subprocess.run(["swift", "build", "-c", "release", "--product", "ikuplan"], cwd=ROOT, check=True,
               stdout=subprocess.DEVNULL)
binary = os.path.join(ROOT, ".build", "release", "ikuplan")
env = dict(os.environ)
for key in ["OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE"]:
    env.pop(key, None)

rows = []
out = os.path.join(DATA, "out-ikuplan.csv")
numpy_env = {**env, "OPENBLAS_NUM_THREADS": "1"}
runs = {
    "ikuplan (all cores)": lambda: run([binary, "forecast", "--panel", panel, "--model", "linear,drift",
                                        "--output", out]),
    "numpy + pyarrow I/O (vectorised)": lambda: run(
        [python, os.path.join(BENCH, "panel_numpy.py"), panel, os.path.join(DATA, "out-numpy.csv"),
         "pyarrow"], env=numpy_env),
    "ikuplan (one core)": lambda: run([binary, "forecast", "--panel", panel, "--model", "linear,drift",
                                       "--output", out, "--threads", "1"]),
}
timings = {name: [] for name in runs}
for _ in range(5):
    for name, command in runs.items():
        t, mem, _ = command()
        timings[name].append((t, mem))
for name, measured in timings.items():
    times = sorted(t for t, _ in measured)
    rows.append((name, series, times[len(times) // 2], max(m for _, m in measured), False))
base = rows[0][2]
t, mem, _ = run([python, os.path.join(BENCH, "panel_numpy.py"), panel,
                 os.path.join(DATA, "out-numpy.csv"), "pandas"], env=numpy_env)
rows.append(("numpy + pandas I/O (vectorised)", series, t, mem, False))
samples = [series, min(series, 2_000), min(series, 2_000)]
_, mem, text = run([python, os.path.join(BENCH, "panel_peers_sample.py"), panel] + [str(k) for k in samples],
                   env=numpy_env)
for line in text.splitlines():
    peer = json.loads(line)
    sampled = peer["series"] < series
    rows.append((peer["peer"], peer["series"], peer["seconds"] * series / peer["series"], mem, sampled))

print(f"\n{series:,} series x {length} values; linear trend + drift, horizon 1, 80/95% intervals")
print("(ikuplan and numpy + pyarrow: median of five interleaved runs)\n")
print("| tool | timed on | wall time for the panel (s) | peak memory (MB) | time ÷ ikuplan |")
print("|---|---|---|---|---|")
for name, timed, seconds, memory, extrapolated in rows:
    note = f"{timed:,} series, extrapolated" if extrapolated else f"{timed:,} series"
    mem_text = f"{memory:,.0f}" + (" (peers' run)" if name.startswith("stats") else "")
    print(f"| {name} | {note} | {seconds:,.1f} | {mem_text} | {seconds / base:,.1f} |")
print()
for name, measured in timings.items():
    print(f"{name}, every run (s): " + ", ".join(f"{t:.2f}" for t, _ in measured))
