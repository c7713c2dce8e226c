#!/usr/bin/env python3
"""ikuplan's forecast accuracy on the M3 yearly series, next to the M3 entrants,
and on the BPS regional indicator panels.

    python3 bench/accuracy.py            # both
    python3 bench/accuracy.py --m3       # M3 only
    python3 bench/accuracy.py --bps      # BPS panels only
    python3 bench/accuracy.py --early    # BPS panels at an earlier origin
    python3 bench/accuracy.py --midpoints  # BPS values equal to their neighbours' mean

Runs `ikuplan evaluate` (release build) on the 645 M3 yearly series with
the full history and horizon 6, and with the last 5 values and horizon 1,
and scores the 22 methods submitted to M3 on the same points from their
published forecasts (bench/data/m3-submitted-forecasts.csv): sMAPE
(200|y-f|/(|y|+|f|)), MASE (scaled by each series' in-sample mean absolute
first difference). Prints Markdown tables, best first. The entrants have no
intervals in that file, so coverage and MSIS are ikuplan's models only.
`auto (own record only)` is `--no-pooling`: each series calibrated on its
own backtests, as a single indicator is. A third table repeats the full
run at an earlier origin (each training series without its last six values,
which become the test): a check that the settings are not fitted to M3's
test years.

The BPS part runs `ikuplan evaluate` on each panel of
Tests/TestSupport/Fixtures/bps-panels
(official BPS statistics per kabupaten/kota and province; provenance in
that folder) with all values and horizon 2, and with the last 5 values and
horizon 1, and prints auto's MASE beside naive's and drift's, its ratio to
the better of the two, and what its 80% and 95% intervals cover; then the
same with --no-pooling, each series forecast as one indicator is.
"""
import csv, json, os, subprocess, sys, tempfile
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIX = os.path.join(ROOT, "Tests", "TestSupport", "Fixtures", "m3-yearly")


def rows(path):
    with open(path) as f:
        return {r[0]: [float(v) for v in r[1:] if v != ""] for r in csv.reader(f)}


BPS = os.path.join(ROOT, "Tests", "TestSupport", "Fixtures", "bps-panels")
BPS_PANELS = ["kemiskinan_kabkota", "tpt_kabkota_pre2020", "rls_kabkota", "pdrb_growth_kabkota",
              "tpt_provinsi", "lpe_provinsi"]
parts = ({a for a in sys.argv[1:] if a in ("--m3", "--bps", "--early", "--midpoints")}
         or {"--m3", "--bps"})
train, test = rows(os.path.join(FIX, "train.csv")), rows(os.path.join(FIX, "test.csv"))
subprocess.run(["swift", "build", "-c", "release", "--product", "ikuplan"], cwd=ROOT, check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
binary = os.path.join(ROOT, ".build", "release", "ikuplan")


def evaluate(extra, train_path=os.path.join(FIX, "train.csv"), test_path=os.path.join(FIX, "test.csv")):
    out = subprocess.run([binary, "evaluate", "--train", train_path, "--test", test_path,
                          "--format", "json"] + extra,
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)["methods"]


def earlier_origin():
    """The training series cut six years earlier: their last six values are
    the test. Nothing of M3's test file is used; the series are 8 to 35
    values long instead of 14 to 41."""
    folder = tempfile.mkdtemp()
    paths = [os.path.join(folder, n) for n in ("train.csv", "test.csv")]
    with open(paths[0], "w") as a, open(paths[1], "w") as b:
        for key, values in train.items():
            a.write(",".join([key] + [repr(v) for v in values[:-6]]) + "\n")
            b.write(",".join([key] + [repr(v) for v in values[-6:]]) + "\n")
    return paths


def entrants(horizon):
    scores = defaultdict(lambda: [0.0, 0.0, 0])
    with open(os.path.join(ROOT, "bench", "data", "m3-submitted-forecasts.csv")) as f:
        for r in csv.DictReader(f):
            y, history = test[r["id"]], train[r["id"]]
            scale = sum(abs(b - a) for a, b in zip(history, history[1:])) / (len(history) - 1)
            for h in range(horizon):
                f_ = float(r[f"f{h + 1}"])
                s = scores[r["method"]]
                s[0] += 200 * abs(y[h] - f_) / (abs(y[h]) + abs(f_))
                s[1] += abs(y[h] - f_) / scale
                s[2] += 1
    return {m: (s[0] / s[2], s[1] / s[2]) for m, s in scores.items()}


def rows_of(methods, label=""):
    return [(f"ikuplan {m['name']}{label}", m["smape"], m["mase"], m["coverage50"], m["coverage80"],
             m["coverage95"], m["msis"]) for m in methods]


def m3_tables():
    early = earlier_origin()
    for title, extra, horizon, paths in [
            ("All values, horizon 1–6", [], 6, None),
            ("Last 5 values, horizon 1", ["--window", "5", "--horizon", "1"], 1, None),
            ("Earlier origin (training series minus their last 6 values), horizon 1–6", [], 6, early)]:
        files = {} if paths is None else {"train_path": paths[0], "test_path": paths[1]}
        table = rows_of(evaluate(extra, **files))
        own = [m for m in evaluate(extra + ["--no-pooling"], **files) if m["name"] == "auto"]
        table += rows_of(own, " (own record only)")
        if not extra and paths is None:
            table += [(f"M3 {name}", s, m, None, None, None, None) for name, (s, m) in entrants(horizon).items()]
        table.sort(key=lambda r: r[1])
        print(f"\n### {title}\n")
        print("| method | sMAPE | MASE | cover 50% | cover 80% | cover 95% | MSIS |")
        print("|---|---|---|---|---|---|---|")
        for name, s, m, c50, c80, c95, msis in table:
            fmt = lambda v, d=3: "–" if v is None else f"{v:.{d}f}"
            print(f"| {name} | {s:.2f} | {m:.3f} | {fmt(c50)} | {fmt(c80)} | {fmt(c95)} | {fmt(msis, 2)} |")


def bps_table():
    for title, flag in [("BPS regional panels", []),
                        ("BPS regional panels, each series as one indicator (--no-pooling)", ["--no-pooling"])]:
        print(f"\n### {title}\n")
        print("| panel | fitted on, horizon | series | naive MASE | drift MASE | auto MASE | auto ÷ better | "
              "auto cover 80% | auto cover 95% |")
        print("|---|---|---|---|---|---|---|---|---|")
        for panel in BPS_PANELS:
            folder = os.path.join(BPS, panel)
            for label, extra in [("all values, h=2", []), ("last 5, h=1", ["--window", "5", "--horizon", "1"])]:
                out = subprocess.run([binary, "evaluate", "--train", os.path.join(folder, "train.csv"),
                                      "--test", os.path.join(folder, "test.csv"), "--format", "json"]
                                     + extra + flag, check=True, capture_output=True, text=True).stdout
                report = json.loads(out)
                methods = {m["name"]: m for m in report["methods"]}
                naive, drift, auto = (methods[n]["mase"] for n in ("naive", "drift", "auto"))
                a = methods["auto"]
                print(f"| {panel} | {label} | {report['series']} | {naive:.3f} | {drift:.3f} | {auto:.3f} | "
                      f"{auto / min(naive, drift):.3f} | {a['coverage80']:.3f} | {a['coverage95']:.3f} |")


def bps_early():
    """The BPS panels at an earlier origin: each training series without its
    last two values (one for the last-5 setting), those as the test."""
    print("\n### BPS regional panels, earlier origin (training years only)\n")
    print("| panel | fitted on, horizon | auto ÷ better |")
    print("|---|---|---|")
    folder = tempfile.mkdtemp()
    for panel in BPS_PANELS:
        with open(os.path.join(BPS, panel, "train.csv")) as f:
            series = [r for r in csv.reader(f)][1:]
        for label, cut, extra in [("all values, h=2", 2, []),
                                  ("last 5, h=1", 1, ["--window", "5", "--horizon", "1"])]:
            paths = [os.path.join(folder, f"{panel}-{cut}-{n}.csv") for n in ("train", "test")]
            with open(paths[0], "w") as a, open(paths[1], "w") as b:
                for r in series:
                    values = [v for v in r[1:] if v != ""]
                    if len(values) - cut < 3:
                        continue
                    a.write(",".join([r[0]] + values[:-cut]) + "\n")
                    b.write(",".join([r[0]] + values[-cut:]) + "\n")
            out = subprocess.run([binary, "evaluate", "--train", paths[0], "--test", paths[1],
                                  "--format", "json"] + extra, check=True, capture_output=True,
                                 text=True).stdout
            m = {x["name"]: x["mase"] for x in json.loads(out)["methods"]}
            print(f"| {panel} | {label} | {m['auto'] / min(m['naive'], m['drift']):.3f} |")


if "--m3" in parts:
    m3_tables()
if "--bps" in parts:
    bps_table()
if "--early" in parts:
    bps_early()


def bps_midpoints():
    """Per training year (not the first or last), how many series of each BPS
    panel hold the mean of their neighbours to the printed digit (within
    0.0051): a year interpolated in the source has all of them."""
    print("\n### BPS values equal to the mean of their neighbours, per year\n")
    print("| panel | series | per training year, from the second to the last but one |")
    print("|---|---|---|")
    for panel in BPS_PANELS:
        with open(os.path.join(BPS, panel, "train.csv")) as f:
            series = [[v for v in r[1:] if v != ""] for r in list(csv.reader(f))[1:]]
        years = max(len(v) for v in series)
        counts = [sum(1 for v in series if len(v) > j + 1
                      and abs(float(v[j]) - (float(v[j - 1]) + float(v[j + 1])) / 2) <= 0.0051)
                  for j in range(1, years - 1)]
        print(f"| {panel} | {len(series)} | {' '.join(map(str, counts))} |")


if "--midpoints" in parts:
    bps_midpoints()
