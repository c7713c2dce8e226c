"""The per-series peers on a sample of the panel, timed and extrapolated:
statsforecast (RandomWalkWithDrift, AutoETS) and statsmodels OLS per
series. Prints one JSON line per peer with the sample size and seconds.

    python panel_peers_sample.py PANEL.csv SAMPLE_RWD SAMPLE_ETS SAMPLE_OLS
"""
import json, sys, time
import numpy as np
import pandas as pd

panel = sys.argv[1]
n_rwd, n_ets, n_ols = (int(x) for x in sys.argv[2:5])
wide = pd.read_csv(panel, header=None, nrows=max(n_rwd, n_ets, n_ols))
ids = wide.iloc[:, 0].to_numpy()
y = wide.iloc[:, 1:].to_numpy(dtype=float)
length = y.shape[1]


def long_frame(k):
    return pd.DataFrame({
        "unique_id": np.repeat(ids[:k], length),
        "ds": np.tile(np.arange(1, length + 1), k),
        "y": y[:k].ravel(),
    })


from statsforecast import StatsForecast
from statsforecast.models import AutoETS, RandomWalkWithDrift

for name, model, k in [("statsforecast RandomWalkWithDrift", RandomWalkWithDrift(), n_rwd),
                       ("statsforecast AutoETS", AutoETS(), n_ets)]:
    frame = long_frame(k)
    # Warm-up on a few series so numba compilation is not counted.
    StatsForecast(models=[model], freq=1, n_jobs=1).forecast(df=long_frame(10), h=1, level=[80, 95])
    start = time.perf_counter()
    StatsForecast(models=[model], freq=1, n_jobs=1).forecast(df=frame, h=1, level=[80, 95])
    print(json.dumps({"peer": name, "series": k, "seconds": time.perf_counter() - start}))

import statsmodels.api as sm

start = time.perf_counter()
t = np.arange(length) - (length - 1) / 2
X = sm.add_constant(t)
x0 = np.array([[1.0, t[-1] + 1]])
for i in range(n_ols):
    fit = sm.OLS(y[i], X).fit()
    fit.get_prediction(x0).summary_frame(alpha=0.2)
    fit.get_prediction(x0).summary_frame(alpha=0.05)
print(json.dumps({"peer": "statsmodels OLS per series", "series": n_ols,
                  "seconds": time.perf_counter() - start}))
