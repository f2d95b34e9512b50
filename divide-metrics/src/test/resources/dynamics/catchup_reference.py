"""Independent reference values for org.divide.metrics.dynamics.CatchUp (CatchUpTest).

Run: python3 catchup_reference.py > catchup_reference-output.txt  (numpy only)
"""
import numpy as np

years = np.array([2010, 2011, 2012, 2013, 2015, 2016, 2017, 2018])  # 2014 missing
values = np.array([7.2, 9.0, 11.1, 12.5, 16.6, 17.8, 22.0, 24.9])
target = 80.0

def horizon(level, g, target, gy=0.0):
    if level >= target:
        return 0.0
    rate = np.log1p(g) - np.log1p(gy)
    return np.log(target / level) / rate if rate > 0 else np.inf

cagr = (values[-1] / values[0]) ** (1.0 / (years[-1] - years[0])) - 1
b = np.polyfit(years.astype(float), np.log(values), 1)[0]
fit = np.expm1(b)
print("cagr %.17g" % cagr)
print("fit %.17g" % fit)
print("h_cagr %.17g" % horizon(values[-1], cagr, target))
print("h_fit %.17g" % horizon(values[-1], fit, target))
print("h_fit_moving_0.02 %.17g" % horizon(values[-1], fit, target, 0.02))
print("h_cagr_moving_0.2 %.17g" % horizon(values[-1], cagr, target, 0.2))
# beta path: lambda = -ln(1 + beta T)/T, years to close s: -ln(1-s)/lambda
beta, T = -0.015, 20.0
lam = -np.log1p(beta * T) / T
print("close_0.5 %.17g" % (np.log(2) / lam))
print("close_0.9 %.17g" % (-np.log1p(-0.9) / lam))
