"""Synthetic panel for bench/panel_bench.py.

    python3 bench/make_panel.py OUT.csv [SERIES] [LENGTH] [SEED]

Writes the wide form id,v1,...,vN (no header), SERIES series (default
1,000,000) of LENGTH yearly values (default 10), like a national panel of
IKU indicators:
  - 40% percentages: a level drawn in 10-90, a yearly trend in -2..+3
    points, noise with sd 1-6 points, clipped to 0-100, two decimals;
  - 40% counts: a level in 50-20,000 with yearly growth in -5%..+10% and
    multiplicative noise (sd 2-15%), whole numbers;
  - 20% other measures: a level in 0-10 with a trend and noise, two
    decimals (may go negative).
"""
import sys
import numpy as np

out = sys.argv[1]
series = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
length = int(sys.argv[3]) if len(sys.argv) > 3 else 10
rng = np.random.default_rng(int(sys.argv[4]) if len(sys.argv) > 4 else 20251129)

t = np.arange(length)
kind = rng.random(series)
values = np.empty((series, length))

p = kind < 0.4
k = p.sum()
values[p] = np.clip(rng.uniform(10, 90, (k, 1)) + rng.uniform(-2, 3, (k, 1)) * t
                    + rng.normal(0, 1, (k, length)) * rng.uniform(1, 6, (k, 1)), 0, 100).round(2)
c = (kind >= 0.4) & (kind < 0.8)
k = c.sum()
growth = (1 + rng.uniform(-0.05, 0.10, (k, 1))) ** t
noise = np.exp(rng.normal(0, 1, (k, length)) * rng.uniform(0.02, 0.15, (k, 1)))
values[c] = np.maximum(rng.uniform(50, 20_000, (k, 1)) * growth * noise, 0).round(0)
o = kind >= 0.8
k = o.sum()
values[o] = (rng.uniform(0, 10, (k, 1)) + rng.uniform(-0.3, 0.3, (k, 1)) * t
             + rng.normal(0, 0.5, (k, length))).round(2)

with open(out, "w") as f:
    block = 100_000
    for start in range(0, series, block):
        rows = values[start:start + block]
        lines = []
        for i, row in enumerate(rows, start=start):
            lines.append("S%07d," % i + ",".join("%.15g" % v for v in row))
        f.write("\n".join(lines) + "\n")
