"""Independent figures for the mobility and deprivation command tests (Python 3 and numpy; no giddy).

Run from this directory, with the shared data folder beside the work tree (../../../../../../../../../../shared):
    python3 reference.py > reference-output.txt
Reads the test copies ../owid_IT.NET.USER.ZS_share_internet.csv and
../../report/wdi_digital_2015_2024.csv, and the World Bank FY2026 classification
(shared/data/classification/wb_class_fy2026.csv) for the aggregates and income groups.
"""
import csv
import itertools
import os
import numpy as np

np.set_printoptions(precision=17, linewidth=200)
HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(HERE, *[".."] * 10, "shared", "data", "classification", "wb_class_fy2026.csv")
wb = list(csv.DictReader(open(SHARED)))
aggregates = {r["iso3"] for r in wb if r["is_aggregate"] == "1"}
income = {r["iso3"]: r["income_group"] for r in wb if r["is_aggregate"] == "0" and r["income_group"]}

# ---- mobility: internet users, quintiles per year, 2010-2020, balanced panel
values = {}
for r in csv.reader(open(os.path.join(HERE, "..", "owid_IT.NET.USER.ZS_share_internet.csv"))):
    if r[0] == "Entity" or not r[1] or r[1].startswith("OWID") or r[1] in aggregates:
        continue
    y = int(r[2])
    if 2010 <= y <= 2020 and r[3] != "":
        values.setdefault(r[1], {})[y] = float(r[3])
years = list(range(2010, 2021))
counts = {y: sum(1 for e in values if y in values[e]) for y in years}
best = max(counts.values())
years = [y for y in years if counts[y] >= 0.8 * best]
panel = sorted(e for e in values if all(y in values[e] for y in years))
print("mobility economies in data: %d, balanced: %d, years %d-%d" % (len(values), len(panel), years[0], years[-1]))
x = np.array([[values[e][y] for y in years] for e in panel])
k = 5
cls = np.zeros(x.shape, dtype=int)
for t in range(len(years)):
    bins = np.unique(np.percentile(x[:, t], [20, 40, 60, 80, 100]))
    cls[:, t] = [int(np.nonzero(bins >= v)[0].min()) for v in x[:, t]]
    if t in (0, len(years) - 1):
        print("bins %d: %s" % (years[t], repr(bins)))
T = np.zeros((k, k))
for e in range(len(panel)):
    for t in range(len(years) - 1):
        T[cls[e, t], cls[e, t + 1]] += 1
print("transitions:\n%s" % repr(T))
P = T / T.sum(axis=1, keepdims=True)
w, v = np.linalg.eig(P.T)
ss = np.abs(np.real(v[:, np.argmax(np.abs(w))]))
print("steady state: %s" % repr(ss / ss.sum()))
print("shorrocks: %r" % ((k - np.trace(P)) / (k - 1)))
c = d = tx = ty = 0
a, b = x[:, 0], x[:, -1]
for i, j in itertools.combinations(range(len(a)), 2):
    s = np.sign(a[i] - a[j]) * np.sign(b[i] - b[j])
    if s > 0:
        c += 1
    elif s < 0:
        d += 1
    elif a[i] == a[j] and b[i] != b[j]:
        tx += 1
    elif b[i] == b[j] and a[i] != a[j]:
        ty += 1
print("kendall tau-b 2010-2020: %r" % ((c - d) / np.sqrt((c + d + tx) * (c + d + ty))))
up = [panel[e] for e in range(len(panel)) if cls[e, -1] > cls[e, 0]]
down = [panel[e] for e in range(len(panel)) if cls[e, -1] < cls[e, 0]]
print("moved up: %d, down: %d; first up %s, first down %s" % (len(up), len(down), up[0], down[0]))

# pooled quintiles (--pooled): the bounds of all 171 x 11 values, the same in every year
bins = np.unique(np.percentile(x.flatten(), [20, 40, 60, 80, 100]))
print("pooled bins: %s" % repr(bins))
pc = np.array([[int(np.nonzero(bins >= v)[0].min()) for v in row] for row in x])
T = np.zeros((k, k))
for e in range(len(panel)):
    for t in range(len(years) - 1):
        T[pc[e, t], pc[e, t + 1]] += 1
print("pooled transitions:\n%s" % repr(T))
print("pooled shares 2010: %s, 2020: %s" % (repr(np.bincount(pc[:, 0], minlength=k) / len(panel)),
                                            repr(np.bincount(pc[:, -1], minlength=k) / len(panel))))

# ---- deprivation: four digital indicators in 2022, population-weighted, k = 0.5
dims = [("IT.NET.BBND.P2", 10), ("IT.CEL.SETS.P2", 80), ("IT.NET.SECR.P6", 100), ("SE.TER.ENRR", 25)]
data = {}
for r in csv.DictReader(open(os.path.join(HERE, "..", "..", "report", "wdi_digital_2015_2024.csv"))):
    if r["year"] == "2022":
        data.setdefault(r["economy"], {})[r["indicator"]] = float(r["value"])
rows = sorted(e for e in data if all(d in data[e] for d, _ in dims) and "SP.POP.TOTL" in data[e])
X = np.array([[data[e][d] for d, _ in dims] for e in rows])
z = np.array([z for _, z in dims])
pop = np.array([data[e]["SP.POP.TOTL"] for e in rows])
dep = X < z
score = dep.mean(axis=1)


def af(kk, sel):
    poor = score[sel] >= kk - 1e-12
    p = pop[sel]
    H = p[poor].sum() / p.sum()
    A = (p * score[sel])[poor].sum() / p[poor].sum() if poor.any() else float("nan")
    M0 = (p * score[sel] * poor).sum() / p.sum()
    g = np.where(dep[sel] & poor[:, None], (z - X[sel]) / z, 0.0)
    M1 = (p * g.mean(axis=1)).sum() / p.sum()
    M2 = (p * (g ** 2).mean(axis=1)).sum() / p.sum()
    h = ((dep[sel] & poor[:, None]) * p[:, None]).sum(axis=0) / p.sum()
    return H, A, M0, M1, M2, h


everyone = np.ones(len(rows), dtype=bool)
H, A, M0, M1, M2, h = af(0.5, everyone)
print("deprivation economies: %d, population %r" % (len(rows), pop.sum()))
print("H %r A %r M0 %r M1 %r M2 %r" % (H, A, M0, M1, M2))
print("censored headcounts: %s" % repr(h))
print("contributions: %s" % repr(0.25 * h / M0))
for kk in (0.25, 0.75, 1.0):
    r = af(kk, everyone)
    print("k %r: H %r A %r M0 %r" % (kk, r[0], r[1], r[2]))
for g in ("Low income", "Lower middle income", "Upper middle income", "High income"):
    sel = np.array([income.get(e) == g for e in rows])
    r = af(0.5, sel)
    print("%s: %d economies, share %r, M0 %r" % (g, sel.sum(), pop[sel].sum() / pop.sum(), r[2]))
