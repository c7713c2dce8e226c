"""The numpy peer of `ikuplan forecast --panel`: the same linear trend and
drift forecasts with Student-t intervals, vectorised over a complete wide
panel (every series the same length, as the generated one), written as the
same long CSV; the CSV read and written by pandas or by pyarrow (its
multi-threaded reader and its writer, the fastest CSV I/O in Python).

    python panel_numpy.py PANEL.csv OUT.csv [pandas|pyarrow]
"""
import sys
import numpy as np
import pandas as pd
from scipy import stats

panel, out = sys.argv[1], sys.argv[2]
io = sys.argv[3] if len(sys.argv) > 3 else "pandas"
if io == "pyarrow":
    import pyarrow as pa
    import pyarrow.csv as pacsv
    table = pacsv.read_csv(panel, read_options=pacsv.ReadOptions(autogenerate_column_names=True))
    ids = table.column(0)
    y = np.column_stack([table.column(k).to_numpy() for k in range(1, table.num_columns)]).astype(float)
else:
    frame = pd.read_csv(panel, header=None)
    ids = frame.iloc[:, 0].to_numpy()
    y = frame.iloc[:, 1:].to_numpy(dtype=float)
s, n = y.shape
levels = [0.8, 0.95]

# Linear trend on centred time: b1 = Σ t y / Σ t², b0 = ȳ.
t = np.arange(n) - (n - 1) / 2
b1 = y @ t / (t @ t)
b0 = y.mean(axis=1)
resid = y - b0[:, None] - b1[:, None] * t
sigma = np.sqrt((resid ** 2).sum(axis=1) / (n - 2))
x0 = t[-1] + 1
lin_mean = b0 + b1 * x0
lin_se = sigma * np.sqrt(1 + 1 / n + x0 ** 2 / (t @ t))

# Drift.
d = np.diff(y, axis=1)
c = (y[:, -1] - y[:, 0]) / (n - 1)
dsig = np.sqrt(((d - c[:, None]) ** 2).sum(axis=1) / (n - 2))
drift_mean = y[:, -1] + c
drift_se = dsig * np.sqrt(1 + 1 / (n - 1))

frames = []
for name, mean, se in [("linear", lin_mean, lin_se), ("drift", drift_mean, drift_se)]:
    cols = {"series": ids, "period": np.full(s, n + 1), "model": [name] * s, "mean": mean}
    for level in levels:
        q = stats.t.ppf(0.5 + level / 2, n - 2)
        tag = str(int(level * 100))
        cols["lo" + tag] = mean - q * se
        cols["hi" + tag] = mean + q * se
    frames.append(cols)
if io == "pyarrow":
    tables = [pa.table({k: (v if isinstance(v, pa.ChunkedArray) else pa.array(v)) for k, v in c.items()})
              for c in frames]
    pacsv.write_csv(pa.concat_tables(tables), out)
else:
    pd.concat([pd.DataFrame(c) for c in frames]).to_csv(out, index=False)
