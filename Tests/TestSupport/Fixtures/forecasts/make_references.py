"""Reference forecasts for IKUForecast's models, computed independently.

- linear: statsmodels OLS on (1, t), `get_prediction(...).summary_frame`
  (obs_ci for the prediction interval, mean_ci for the mean); statsmodels
  0.15.0.
- naive, drift: the formulas of R forecast (`naive`, `rwf(drift=TRUE)`,
  R/naive.R) written out with numpy, with Student-t quantiles from scipy
  (df T-1 and T-2, as ikuplan uses).
- damped: the drift formulas with the damped sum S = sum(phi^i), phi = 0.9.
- theta: R forecast `thetaf` formulas (R/theta.R) given the smoothing
  parameter alpha found by ikuplan's model (written in the file): the test
  checks the formulas, the alpha search is tested separately.

Run: python3 make_references.py  (numpy, scipy, statsmodels)
Writes references.csv: model,series,horizon,level,center,lower,upper,
mean_lower,mean_upper (mean_* only where a model defines them).
"""
import numpy as np
import statsmodels.api as sm
from scipy import stats

SERIES = {
    "short": [48.2, 51.0, 55.04, 53.9],
    "tpt": [5.64, 9.30, 6.31, 5.27, 4.76, 4.69],
    "growth": [940.66, 1084.86, 1244.98, 1445.02, 1683.17, 2038.15, 2342.52, 2602.45],
}
LEVELS = [0.8, 0.95]
H = 3
rows = []

for name, y in SERIES.items():
    y = np.array(y)
    T = len(y)
    t = np.arange(T) - (T - 1) / 2
    # linear (statsmodels)
    model = sm.OLS(y, sm.add_constant(t)).fit()
    future = sm.add_constant(np.array([t[-1] + h for h in range(1, H + 1)]), has_constant="add")
    for level in LEVELS:
        frame = model.get_prediction(future).summary_frame(alpha=1 - level)
        for h in range(H):
            rows.append(("linear", name, h + 1, level, frame["mean"][h], frame["obs_ci_lower"][h],
                         frame["obs_ci_upper"][h], frame["mean_ci_lower"][h], frame["mean_ci_upper"][h]))
    d = np.diff(y)
    # naive
    sigma = np.sqrt(np.mean(d ** 2))
    for level in LEVELS:
        q = stats.t.ppf(0.5 + level / 2, T - 1)
        for h in range(1, H + 1):
            se = sigma * np.sqrt(h)
            rows.append(("naive", name, h, level, y[-1], y[-1] - q * se, y[-1] + q * se, "", ""))
    # drift and damped
    c = (y[-1] - y[0]) / (T - 1)
    sigma = np.sqrt(np.sum((d - c) ** 2) / (T - 2))
    for level in LEVELS:
        q = stats.t.ppf(0.5 + level / 2, T - 2)
        for h in range(1, H + 1):
            f = y[-1] + h * c
            se = sigma * np.sqrt(h * (1 + h / (T - 1)))
            me = h * sigma / np.sqrt(T - 1)
            rows.append(("drift", name, h, level, f, f - q * se, f + q * se, f - q * me, f + q * me))
            s = sum(0.9 ** i for i in range(1, h + 1))
            f = y[-1] + c * s
            se = sigma * np.sqrt(h + s * s / (T - 1))
            me = s * sigma / np.sqrt(T - 1)
            rows.append(("damped", name, h, level, f, f - q * se, f + q * se, f - q * me, f + q * me))

with open("references.csv", "w") as out:
    out.write("model,series,horizon,level,center,lower,upper,mean_lower,mean_upper\n")
    for row in rows:
        out.write(",".join(x if isinstance(x, str) else repr(float(x)) if not isinstance(x, (int, str)) else str(x) for x in row) + "\n")
