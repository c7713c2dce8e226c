"""An ill-conditioned raw-polynomial least-squares problem and its exact
solution, for testing IKUForecast's iterative refinement.

x_i = 10 + i/32 (i = 0..40, exact in binary), y_i = sin(x_i) rounded to 9
decimals and then to the nearest double; model y = b0 + b1 x + ... + b7 x^7.
The reference solution is that of the doubles as given (each read back
exactly into mpmath), solved by QR at 80 digits; it is written with 17
significant digits. Run with mpmath 1.3.0 and numpy: `python3 make_reference.py`.
"""
import math
import mpmath as mp
import numpy as np

mp.mp.dps = 80
DEGREE = 7
xs = [10 + i / 32 for i in range(41)]
ys = [float(f"{math.sin(x):.9f}") for x in xs]

with open("data.csv", "w") as out:
    out.write("x,y\n")
    for x, y in zip(xs, ys):
        out.write(f"{x!r},{y!r}\n")

A = mp.matrix([[mp.mpf(x) ** k for k in range(DEGREE + 1)] for x in xs])
b = mp.matrix([mp.mpf(y) for y in ys])
Q, R = mp.qr(A)
n = DEGREE + 1
Qtb = Q.T * b
beta = mp.lu_solve(R[:n, :n], Qtb[:n, 0])
residual = b - A * beta
rss = sum(r ** 2 for r in residual)
s2 = rss / (len(xs) - n)
Rinv = mp.inverse(R[:n, :n])
cov = Rinv * Rinv.T
se = [mp.sqrt(s2 * cov[j, j]) for j in range(n)]

Xd = np.array([[x ** k for k in range(n)] for x in xs])
Xs = Xd / np.linalg.norm(Xd, axis=0)
with open("reference.csv", "w") as out:
    out.write("term,coefficient,standardError\n")
    for j in range(n):
        out.write(f"{j},{mp.nstr(beta[j], 17)},{mp.nstr(se[j], 17)}\n")
    out.write(f"rss,{mp.nstr(rss, 17)},\n")
print("condition number of the column-scaled design: %.3g" % np.linalg.cond(Xs))
