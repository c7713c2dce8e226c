#!/usr/bin/env python3
"""ikuplan's forecast accuracy on the M3 yearly series, next to the M3 entrants.

    python3 bench/accuracy.py

Runs `ikuplan evaluate` (release build) on the 645 M3 yearly series with
the full history and horizon 6, and with the last 5 values and horizon 1,
and scores the 22 methods submitted to M3 on the same points from their
published forecasts (bench/data/m3-submitted-forecasts.csv): sMAPE
(200|y-f|/(|y|+|f|)), MASE (scaled by each series' in-sample mean absolute
first difference). Prints Markdown tables, best first. The entrants have no
intervals in that file, so coverage and MSIS are ikuplan's models only.
"""
import csv, json, os, subprocess, sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIX = os.path.join(ROOT, "Tests", "TestSupport", "Fixtures", "m3-yearly")


def rows(path):
    with open(path) as f:
        return {r[0]: [float(v) for v in r[1:] if v != ""] for r in csv.reader(f)}


train, test = rows(os.path.join(FIX, "train.csv")), rows(os.path.join(FIX, "test.csv"))
subprocess.run(["swift", "build", "-c", "release", "--product", "ikuplan"], cwd=ROOT, check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
binary = os.path.join(ROOT, ".build", "release", "ikuplan")


def evaluate(extra):
    out = subprocess.run([binary, "evaluate", "--train", os.path.join(FIX, "train.csv"), "--test",
                          os.path.join(FIX, "test.csv"), "--format", "json"] + extra,
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)["methods"]


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


for title, extra, horizon in [("All values, horizon 1–6", [], 6),
                              ("Last 5 values, horizon 1", ["--window", "5", "--horizon", "1"], 1)]:
    ours = evaluate(extra)
    table = [(f"ikuplan {m['name']}", m["smape"], m["mase"], m["coverage50"], m["coverage80"],
              m["coverage95"], m["msis"]) for m in ours]
    if not extra:
        table += [(f"M3 {name}", s, m, None, None, None, None) for name, (s, m) in entrants(horizon).items()]
    table.sort(key=lambda r: r[1])
    print(f"\n### {title}\n")
    print("| method | sMAPE | MASE | cover 50% | cover 80% | cover 95% | MSIS |")
    print("|---|---|---|---|---|---|---|")
    for name, s, m, c50, c80, c95, msis in table:
        fmt = lambda v, d=3: "–" if v is None else f"{v:.{d}f}"
        print(f"| {name} | {s:.2f} | {m:.3f} | {fmt(c50)} | {fmt(c80)} | {fmt(c95)} | {fmt(msis, 2)} |")
