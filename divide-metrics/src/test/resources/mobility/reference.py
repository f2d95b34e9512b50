"""Independent reference values for org.divide.metrics.mobility (numpy only; no giddy).

Run from this directory: python3 reference.py > reference-output.txt
Reads ../dynamics/pysal_mexico.csv (32 Mexican states, per-capita GDP 1940-2000).
Every figure is computed by a route other than the Java one:
 - quantile classes: np.percentile (linear) per year, np.unique bins, x <= bin (mapclassify's bin1d);
 - transitions: a plain double loop; probabilities: row shares;
 - steady state: the eigenvector of P' for the eigenvalue of largest modulus (giddy's _steady_state_ergodic);
 - mean first passage: Kemeny and Snell's fundamental matrix Z = (I - P + A)^-1,
   M = (I - Z + E Zdg) D (giddy's _mfpt_ergodic), not the linear solve of the Java code;
 - Kendall tau-b: brute force over all pairs (O(n^2));
 - Shorrocks, Prais, 1 - |det P|, 1 - |lambda_2|: numpy's trace, det, eig.
"""
import csv
import itertools
import numpy as np

np.set_printoptions(precision=17, linewidth=200)

rows = list(csv.DictReader(open("../dynamics/pysal_mexico.csv")))
years = [1940, 1950, 1960, 1970, 1980, 1990, 2000]
y = np.array([[float(r["pcgdp%d" % t]) for t in years] for r in rows])  # (32, 7)


def quantiles(v, k):
    pct = [100.0 * j / k for j in range(1, k + 1)]
    bins = np.unique(np.percentile(v, pct))
    cls = np.array([int(np.nonzero(bins >= x)[0].min()) for x in v])
    return bins, cls


def tau_b(x, z):
    c = d = tx = tz = 0
    for i, j in itertools.combinations(range(len(x)), 2):
        dx = np.sign(x[i] - x[j])
        dz = np.sign(z[i] - z[j])
        if dx == 0 and dz == 0:
            continue
        if dx == 0:
            tx += 1
        elif dz == 0:
            tz += 1
        elif dx == dz:
            c += 1
        else:
            d += 1
    return (c - d) / np.sqrt((c + d + tx) * (c + d + tz)), c, d


k = 5
classes = np.zeros((32, 7), dtype=int)
for t in range(7):
    bins, cls = quantiles(y[:, t], k)
    classes[:, t] = cls
    print("bins %d: %s" % (years[t], repr(bins)))
print("classes 1940: %s" % classes[:, 0].tolist())
print("classes 2000: %s" % classes[:, 6].tolist())
T = np.zeros((k, k))
for s in range(32):
    for t in range(6):
        T[classes[s, t], classes[s, t + 1]] += 1
print("transitions:\n%s" % repr(T))
P = T / T.sum(axis=1, keepdims=True)
print("p:\n%s" % repr(P))
w, v = np.linalg.eig(P.T)
i = np.argmax(np.abs(w))
ss = np.abs(np.real(v[:, i]))
ss = ss / ss.sum()
print("steady state: %s" % repr(ss))
A = np.tile(ss, (k, 1))
Z = np.linalg.inv(np.eye(k) - P + A)
M = (np.eye(k) - Z + np.ones((k, k)).dot(np.diag(np.diag(Z)))).dot(np.diag(1.0 / ss))
print("first passage:\n%s" % repr(M))
print("sojourn: %s" % repr(1.0 / (1.0 - np.diag(P))))
print("shorrocks: %r" % ((k - np.trace(P)) / (k - 1)))
print("prais: %s" % repr(1 - np.diag(P)))
print("1-|det|: %r" % (1 - abs(np.linalg.det(P))))
print("1-|l2|: %r" % (1 - np.sort(np.abs(np.linalg.eigvals(P)))[-2]))
tau, c, d = tau_b(y[:, 0], y[:, 6])
print("tau 1940-2000: %r (concordant %d, discordant %d)" % (tau, c, d))
tau, c, d = tau_b(classes[:, 0], classes[:, 6])
print("tau of the classes 1940-2000: %r (concordant %d, discordant %d)" % (tau, c, d))
