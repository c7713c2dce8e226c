#!/usr/bin/env python3
"""Where the models stop being scale-equivariant: the measurement behind
IKUForecast/ValueMagnitude (values of size 1e-150 to 1e150, or 0).

    python3 bench/value_magnitude.py [BINARY]   (default .build/release/ikuplan)

Twenty random walks with drift (4 to 14 values, seed 1, each divided by
its largest magnitude, so that its values lie between about 0.5 and 1)
are forecast one year ahead by every model of `ikuplan forecast --panel`,
once as they are and once scaled by 10^k (k = 150 and k = -149 are the
ends of the range). The scale must not change a forecast beyond its
own factor: for each k the table gives the largest relative difference
between a scaled run (divided by 10^k) and the unscaled one over every
centre and interval end, the interval ends that appeared or vanished, and
the models off by more than 1e-9. The scaled panels are written with every
digit (repr), so the inputs are exact. A current binary refuses the scales
past the range; one from before the rule (commit 28aafcb) shows what it
prevents there.
"""
import os, random, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build/release/ikuplan")
MODELS = "linear,drift,auto,theta,damped,holt,dotm,naive"
SCALES = [-300, -200, -149, -100, -50, -10, 10, 50, 100, 150, 200, 300]

random.seed(1)
walks = []
for _ in range(20):
    x = [100 + random.gauss(0, 10)]
    for _ in range(random.randint(4, 14) - 1):
        x.append(x[-1] + random.gauss(1, 5))
    largest = max(abs(v) for v in x)
    walks.append([v / largest for v in x])


def forecast(scale, folder):
    """Each (series, model)'s centre and interval ends, divided by `scale`;
    None where a run refused the panel (exit code 1)."""
    path = os.path.join(folder, "walks.csv")
    with open(path, "w") as f:
        for i, x in enumerate(walks):
            f.write(f"S{i}," + ",".join(repr(v * scale) for v in x) + "\n")
    run = subprocess.run([BINARY, "forecast", "--panel", path, "--model", MODELS,
                          "--output", "-", "--lang", "en"], capture_output=True, text=True)
    if run.returncode != 0:
        return None, run.stderr.strip().splitlines()[0]
    rows = {}
    for line in run.stdout.splitlines()[1:]:
        p = line.split(",")
        rows[(p[0], p[2])] = [float(v) / scale if v else None for v in p[3:]]
    return rows, ""


with tempfile.TemporaryDirectory() as folder:
    reference, _ = forecast(1.0, folder)
    print("| 10^k | largest relative difference | interval ends gained or lost | models off by > 1e-9 |")
    print("|---|---|---|---|")
    for k in SCALES:
        rows, refusal = forecast(10.0 ** k, folder)
        if rows is None:
            print(f"| {k} | refused: {refusal} | | |")
            continue
        worst, changed, off = 0.0, 0, set()
        for key, values in reference.items():
            scaled = rows.get(key, [None] * len(values))
            for a, b in zip(values, scaled):
                if a is None and b is None:
                    continue
                if (a is None) != (b is None):
                    changed += 1
                    off.add(key[1])
                    continue
                d = abs(a - b) / max(abs(a), 1e-300)
                worst = max(worst, d)
                if d > 1e-9:
                    off.add(key[1])
        print(f"| {k} | {worst:.2e} | {changed} | {', '.join(sorted(off)) or '–'} |")
