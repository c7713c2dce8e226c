#!/usr/bin/env python3
"""LRE table of `ikuplan regress` on NIST StRD linear least-squares files.

Usage: python3 bench/nist_lre.py [FOLDER ...]

Reads every NIST `.dat` file in the folders (default: the test fixtures,
Tests/TestSupport/Fixtures/nist-strd), writes its data lines as a CSV, runs
the built `ikuplan regress --format json` with the model the header
describes, and prints, per quantity, the log relative error against the
certified value: LRE = -log10(|est - cert| / |cert|) (-log10|est| when
cert = 0), capped at 15. Build first (`swift build`); set IKUPLAN to use
another binary.
"""
import json, math, os, re, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.environ.get("IKUPLAN", os.path.join(ROOT, ".build", "debug", "ikuplan"))


def parse(path):
    lines = open(path, encoding="ascii").read().splitlines()
    head = "\n".join(lines[:60])
    c0, c1 = map(int, re.search(r"Certified Values\s*\(lines (\d+) to (\d+)\)", head).groups())
    d0, d1 = map(int, re.search(r"Data\s*\(lines (\d+) to (\d+)\)", head).groups())
    predictors = int(re.search(r"(\d+) Predictor Variable", head).group(1))
    params, rsd, r2 = [], None, None
    for line in lines[c0 - 1:c1]:
        w = line.split()
        if len(w) == 3 and re.fullmatch(r"B\d+", w[0]):
            params.append((w[0], float(w[1]), float(w[2])))
        elif w[:2] == ["Residual", "Standard"] or w[:2] == ["Standard", "Deviation"]:
            rsd = float(w[-1])
        elif w and w[0] == "R-Squared":
            r2 = float(w[-1])
    rows = [line.split() for line in lines[d0 - 1:d1]]
    return params, rsd, r2, predictors, rows


def lre(est, cert):
    if est is None:
        return 0.0
    err = abs(est) if cert == 0 else abs(est - cert) / abs(cert)
    return 15.0 if err == 0 else max(0.0, min(15.0, -math.log10(err)))


def main(folders):
    print("| dataset | quantity | certified | ikuplan | LRE |")
    print("|---|---|---|---|---|")
    worst = 15.0
    for folder in folders:
        for name in sorted(f for f in os.listdir(folder) if f.endswith(".dat")):
            params, rsd, r2, predictors, rows = parse(os.path.join(folder, name))
            intercept = params[0][0] == "B0"
            header = ["y"] + (["x"] if predictors == 1 else [f"x{k}" for k in range(1, predictors + 1)])
            with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as csv:
                csv.write(",".join(header) + "\n")
                csv.writelines(",".join(r) + "\n" for r in rows)
            args = [BINARY, "regress", csv.name, "--response", "y", "--format", "json"]
            degree = len(params) - (1 if intercept else 0)
            if predictors > 1:
                args += ["--predictors", ",".join(header[1:])]
            elif degree == 1:
                args += ["--predictors", "x"]
            else:
                args += ["--polynomial", "x", "--degree", str(degree)]
            if not intercept:
                args.append("--no-intercept")
            out = json.loads(subprocess.run(args, check=True, capture_output=True, text=True).stdout)
            os.unlink(csv.name)
            checks = []
            for j, (p, est, sd) in enumerate(params):
                checks.append((f"{p} estimate", est, out["coefficients"][j]))
                checks.append((f"{p} std. dev.", sd, out["standardErrors"][j]))
            checks.append(("residual SD", rsd, out["residualStandardDeviation"]))
            checks.append(("R-squared", r2, out["rSquared"]))
            for label, cert, est in checks:
                score = lre(est, cert)
                worst = min(worst, score)
                print(f"| {name[:-4]} | {label} | {cert!r} | {est!r} | {score:.1f} |")
    print(f"\nLowest LRE: {worst:.1f}")


if __name__ == "__main__":
    main(sys.argv[1:] or [os.path.join(ROOT, "Tests", "TestSupport", "Fixtures", "nist-strd")])
