"""Reference values for IKUForecast's normal and Student-t distributions.

Run with mpmath (tested with mpmath 1.3.0): `python3 make_references.py`.
It writes normal.csv and student-t.csv: `function,df,argument,value`.
Every argument is a double written in Python's shortest round-trip form
(Swift's Double(String) reads it back to the same bits); each value is the
exact function of that double, computed at 60 significant digits and
rounded to 17 digits. Quantiles are found by bisection on the distribution
function (in log space in the tails), never by the code under test.
"""
import mpmath as mp

mp.mp.dps = 60


def t_tail(nu, t):
    """P(T <= t) for t < 0: 1/2 I_x(nu/2, 1/2), x = nu/(nu + t^2)
    (Abramowitz & Stegun 26.7.1). mpmath's hypergeometric series fails for
    x near 1 with large nu; there the complement 1/2 - 1/2 I_{1-x}(1/2, nu/2)
    is used at 400 digits, which leaves > 60 digits after the cancellation
    for every tail above 1e-300."""
    half = mp.mpf(1) / 2
    try:
        x = nu / (nu + t * t)
        return mp.betainc(nu / 2, half, 0, x, regularized=True) / 2
    except (ValueError, mp.libmp.NoConvergence):
        with mp.workdps(400):
            y = t * t / (nu + t * t)
            central = mp.betainc(half, nu / 2, 0, y, regularized=True) / 2
            return +(half - central)


def t_cdf(nu, t):
    nu = mp.mpf(nu)
    t = mp.mpf(t)
    if t == 0:
        return mp.mpf(1) / 2
    tail = t_tail(nu, -abs(t))
    return tail if t < 0 else 1 - tail


def normal_cdf(z):
    return mp.ncdf(mp.mpf(z))


def quantile(cdf, p):
    """The x with cdf(x) = p, by bisection to 55 digits."""
    p = mp.mpf(p)
    lower = p < mp.mpf(1) / 2
    q = p if lower else 1 - p
    # Bracket a negative x with cdf(x) = q (symmetric distributions).
    hi = mp.mpf(0)
    lo = mp.mpf(-1)
    while cdf(lo) > q:
        hi = lo
        lo *= 2
    for _ in range(400):
        mid = (lo + hi) / 2
        if cdf(mid) > q:
            hi = mid
        else:
            lo = mid
        if hi - lo <= abs(lo) * mp.mpf(10) ** -55:
            break
    x = (lo + hi) / 2
    return x if lower else -x


def fmt(v):
    return mp.nstr(v, 17, min_fixed=-5, max_fixed=5)


probabilities = [
    1e-300, 1e-100, 1e-50, 1e-20, 1e-12, 1e-6, 0.001, 0.01, 0.02425, 0.025,
    0.05, 0.1, 0.2, 0.25, 0.3, 0.45, 0.4999999, 0.5000001, 0.6, 0.8, 0.9,
    0.975, 0.995, 0.9999999, 1 - 2.0 ** -40,
]

with open("normal.csv", "w") as out:
    out.write("function,df,argument,value\n")
    for z in [-37.5, -30.0, -20.0, -10.0, -5.0, -3.0, -1.96, -1.0, -0.5,
              -1e-05, 0.0, 1e-05, 0.5, 1.0, 2.0, 5.0, 8.0]:
        out.write(f"cdf,inf,{z!r},{fmt(normal_cdf(z))}\n")
    for p in probabilities:
        out.write(f"quantile,inf,{p!r},{fmt(quantile(normal_cdf, p))}\n")

degrees = [1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 7.3, 10.0, 30.0, 100.0, 1000.0,
           100000.0, 10000000.0]
arguments = [-1e10, -1e6, -1000.0, -100.0, -30.0, -10.0, -5.0, -3.0, -2.0,
             -1.0, -0.5, -0.001, 0.0, 0.7, 2.0, 6.0, 40.0]

with open("student-t.csv", "w") as out:
    out.write("function,df,argument,value\n")
    for nu in degrees:
        for t in arguments:
            # x^(nu/2) < 1e-700 bounds the tail far below a double's range.
            if nu / 2 * mp.log1p(mp.mpf(t) ** 2 / nu) > 700 * mp.log(10):
                continue
            value = t_cdf(nu, t)
            if value < mp.mpf("1e-300"):
                continue  # underflows a double
            out.write(f"cdf,{nu!r},{t!r},{fmt(value)}\n")
        for p in probabilities:
            value = quantile(lambda x: t_cdf(nu, x), p)
            out.write(f"quantile,{nu!r},{p!r},{fmt(value)}\n")
