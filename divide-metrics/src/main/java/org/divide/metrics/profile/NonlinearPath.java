package org.divide.metrics.profile;

import java.util.Arrays;
import java.util.stream.IntStream;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.SingularMatrixException;

/**
 * The cheapest rise d ≥ 0, d ≤ room, of an economy's normalised indicator scores x with
 * f(x + d) ≥ t, for an index f that is not linear ({@link IndexFunction}); the method and its bounds
 * are described at {@link ImprovementPath.Method}. Each solution carries a lower bound on the optimal
 * cost and a feasible path (the upper bound).
 */
final class NonlinearPath {

    /** The relative gap (upper − lower)/upper at which the interior point method stops. */
    static final double TOLERANCE = 1e-9;

    /** The most barrier stages (τ rising twentyfold each). */
    static final int STAGES = 16;

    /** The most Newton steps per stage. */
    static final int NEWTON = 60;

    /** The most polishing rounds. */
    static final int POLISH = 20;

    /** The most indicators with room for which every edge of the box is searched. */
    static final int EDGE_LIMIT = 12;

    /** Rises below this, in normalised units, are dropped from an interior point's path. */
    static final double NEGLIGIBLE = 1e-9;

    private static final int BISECTIONS = 200;

    private final IndexFunction f;
    private final double[] x;
    private final double[] room;
    private final double[] c;
    private final double t;
    /** The indicators with room, in indicator order. */
    private final int[] free;

    /**
     * A path.
     *
     * @param d          the rise per indicator
     * @param lower      a lower bound on the optimal cost
     * @param method     the method
     * @param iterations Newton steps (interior point), edges searched or greedy steps taken
     */
    record Solution(double[] d, double lower, ImprovementPath.Method method, int iterations) {
    }

    private NonlinearPath(IndexFunction f, double[] x, double[] room, double[] c, double t) {
        this.f = f;
        this.x = x;
        this.room = room;
        this.c = c;
        this.t = t;
        this.free = IntStream.range(0, x.length).filter(i -> room[i] > 0).toArray();
    }

    /**
     * Solves; the target must be reachable (f(x + room) ≥ t) and not yet reached (f(x) &lt; t).
     *
     * @param f    the index
     * @param x    the current scores, {@code NaN} where missing (not modified)
     * @param room the room per indicator, 0 where missing or without gain (not modified)
     * @param c    the costs, ≥ 0 (not modified)
     * @param t    the score to reach
     * @return the path and its bounds
     */
    static Solution solve(IndexFunction f, double[] x, double[] room, double[] c, double t) {
        NonlinearPath p = new NonlinearPath(f, x, room, c, t);
        if (f.shape() == IndexFunction.Shape.CONCAVE) {
            Solution s = p.barrier();
            double[] d = p.clean(s.d());
            return new Solution(d, Math.min(s.lower(), p.cost(d)), s.method(), s.iterations());
        }
        Solution heuristic = p.free.length <= EDGE_LIMIT ? p.edges(p.free) : p.greedyAndEdges();
        double[] d = p.prune(heuristic.d());
        double lower = f.shape() == IndexFunction.Shape.CONVEX && heuristic.method() == ImprovementPath.Method.EDGES
                ? p.cost(d) : Math.min(p.cost(d), p.slopeBound());
        return new Solution(d, lower, heuristic.method(), heuristic.iterations());
    }

    /**
     * Drops rises below {@value #NEGLIGIBLE} normalised units (an interior point leaves such traces on
     * every indicator); if the target is then missed, the largest rise grows by bisection to it.
     */
    private double[] clean(double[] d) {
        double[] out = d.clone();
        int largest = -1;
        for (int i : free) {
            if (out[i] < NEGLIGIBLE) {
                out[i] = 0;
            }
            largest = largest < 0 || out[i] > out[largest] ? i : largest;
        }
        if (at(out) >= t) {
            return out;
        }
        if (largest < 0) {
            return d;
        }
        double[] z = out.clone();
        z[largest] = room[largest];
        if (at(z) < t) {
            return d;
        }
        out[largest] = rise(out, largest);
        return out;
    }

    private double cost(double[] d) {
        double s = 0;
        for (int i : free) {
            s += c[i] * d[i];
        }
        return s;
    }

    private double at(double[] d) {
        double[] y = x.clone();
        for (int i : free) {
            y[i] += d[i];
        }
        return f.value(y);
    }

    /**
     * A logarithmic barrier method (Boyd and Vandenberghe 2004, §11.3):
     * Newton's method on τ c·d − ln(f(x + d) − t) − Σ ln d<sub>i</sub> − Σ ln(room<sub>i</sub> − d<sub>i</sub>)
     * for τ rising twentyfold per stage, from the midpoint between the crossing of the diagonal and
     * the full rise; then polished: the tangent plane at the best feasible point gives a lower bound
     * ({@link #tangent}) and a knapsack point, and the segment from that point to the feasible one
     * crosses f = t at a cheaper feasible point.
     */
    private Solution barrier() {
        int m = free.length;
        double[] full = room.clone();
        double s = crossing(new double[x.length]);
        double[] d = new double[x.length];
        for (int i : free) {
            d[i] = room[i] * (1 + s) / 2;
        }
        if (!(at(d) > t) || s >= 1) {
            return polish(full, 0);
        }
        double tau = (2 * m + 1) / Math.max(cost(d), 1e-12);
        int steps = 0;
        for (int stage = 0; stage < STAGES; stage++) {
            for (int it = 0; it < NEWTON; it++) {
                steps++;
                double[] dir = newton(d, tau);
                if (dir == null) {
                    break;
                }
                double decrease = 0;
                double[] grad = barrierGradient(d, tau);
                for (int j = 0; j < m; j++) {
                    decrease -= grad[j] * dir[j];
                }
                if (decrease / 2 <= 1e-12) {
                    break;
                }
                double phi = barrierValue(d, tau);
                double step = 1;
                double[] next = null;
                for (int back = 0; back < 60; back++, step /= 2) {
                    double[] z = d.clone();
                    for (int j = 0; j < m; j++) {
                        z[free[j]] += step * dir[j];
                    }
                    double v = barrierValue(z, tau);
                    if (v <= phi - 0.25 * step * decrease) {
                        next = z;
                        break;
                    }
                }
                if (next == null) {
                    break;
                }
                d = next;
            }
            if ((2 * m + 1) / tau <= TOLERANCE * 1e-2 * cost(d)) {
                break;
            }
            tau *= 20;
        }
        return polish(d, steps);
    }

    /** The barrier's value; +∞ outside the open box or where f ≤ t. */
    private double barrierValue(double[] d, double tau) {
        double v = tau * cost(d);
        for (int i : free) {
            if (!(d[i] > 0 && d[i] < room[i])) {
                return Double.POSITIVE_INFINITY;
            }
            v -= Math.log(d[i]) + Math.log(room[i] - d[i]);
        }
        double slack = at(d) - t;
        return slack > 0 ? v - Math.log(slack) : Double.POSITIVE_INFINITY;
    }

    private double[] shifted(double[] d) {
        double[] y = x.clone();
        for (int i : free) {
            y[i] += d[i];
        }
        return y;
    }

    private double[] barrierGradient(double[] d, double tau) {
        double[] g = f.gradient(shifted(d));
        double slack = at(d) - t;
        double[] out = new double[free.length];
        for (int j = 0; j < free.length; j++) {
            int i = free[j];
            out[j] = tau * c[i] - g[i] / slack - 1 / d[i] + 1 / (room[i] - d[i]);
        }
        return out;
    }

    /** The Newton direction of the barrier; the Hessian of f by differences of its exact gradient. */
    private double[] newton(double[] d, double tau) {
        int m = free.length;
        double[] y = shifted(d);
        double[] g = f.gradient(y);
        double slack = f.value(y) - t;
        double[][] h = new double[m][m];
        double[][] hf = new double[m][];
        for (int j = 0; j < m; j++) {
            int i = free[j];
            double step = 1e-6 * Math.max(1, Math.abs(y[i]));
            step = Math.min(step, (room[i] - d[i]) / 2);
            double[] yy = y.clone();
            yy[i] += step;
            double[] gg = f.gradient(yy);
            hf[j] = new double[m];
            for (int q = 0; q < m; q++) {
                hf[j][q] = (gg[free[q]] - g[free[q]]) / step;
            }
        }
        double[] rhs = new double[m];
        for (int j = 0; j < m; j++) {
            int i = free[j];
            for (int q = 0; q < m; q++) {
                double second = (hf[j][q] + hf[q][j]) / 2;
                h[j][q] = g[i] * g[free[q]] / (slack * slack) - second / slack;
            }
            h[j][j] += 1 / (d[i] * d[i]) + 1 / ((room[i] - d[i]) * (room[i] - d[i]));
            rhs[j] = -(tau * c[i] - g[i] / slack - 1 / d[i] + 1 / (room[i] - d[i]));
            if (!Double.isFinite(rhs[j])) {
                return null;
            }
        }
        try {
            return new LUDecomposition(new Array2DRowRealMatrix(h, false)).getSolver()
                    .solve(new ArrayRealVector(rhs, false)).toArray();
        } catch (SingularMatrixException e) {
            return null;
        }
    }

    /**
     * Polishes a feasible point: rounds of the tangent knapsack at the best point (a lower bound and a
     * point of that cost) and the crossing of f = t between that point and the best one.
     */
    private Solution polish(double[] start, int steps) {
        double[] best = start.clone();
        double upper = cost(best);
        double lower = 0;
        for (int round = 0; round < POLISH; round++) {
            double[] point = new double[x.length];
            lower = Math.max(lower, tangent(best, point));
            if (upper - lower <= TOLERANCE * upper) {
                break;
            }
            double[] dir = new double[x.length];
            for (int i : free) {
                dir[i] = best[i] - point[i];
            }
            double lo = 0;
            double hi = 1;
            double[] z = point.clone();
            for (int b = 0; b < BISECTIONS && hi - lo > 1e-16; b++) {
                double mid = (lo + hi) / 2;
                for (int i : free) {
                    z[i] = point[i] + mid * dir[i];
                }
                if (at(z) >= t) {
                    hi = mid;
                } else {
                    lo = mid;
                }
            }
            for (int i : free) {
                z[i] = Math.min(room[i], Math.max(0, point[i] + hi * dir[i]));
            }
            if (at(z) >= t && cost(z) < upper) {
                best = z;
                upper = cost(z);
            } else {
                break;
            }
        }
        return new Solution(best, Math.min(lower, upper), ImprovementPath.Method.INTERIOR_POINT, steps);
    }

    /** The smallest s in [0, 1] with f at s·room ≥ t, by bisection. */
    private double crossing(double[] zero) {
        double lo = 0;
        double hi = 1;
        double[] z = zero.clone();
        for (int b = 0; b < BISECTIONS && hi - lo > 1e-16; b++) {
            double mid = (lo + hi) / 2;
            for (int i : free) {
                z[i] = mid * room[i];
            }
            if (at(z) >= t) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }

    /**
     * The lower bound of the tangent plane at a feasible z alone: min c·d over the box with
     * ∇f(z)·(d − z) ≥ t − f(x + z), a continuous knapsack solved in order of gradient per cost; it
     * equals the optimal cost at the optimum (the optimality conditions of a convex programme); its
     * point is written to {@code point}.
     */
    private double tangent(double[] z, double[] point) {
        double[] y = x.clone();
        for (int i : free) {
            y[i] += z[i];
        }
        double[] g = f.gradient(y);
        double need = t - f.value(y);
        for (int i : free) {
            if (!Double.isFinite(g[i])) {
                return 0;
            }
            need += g[i] * z[i];
        }
        return knapsack(g, need, point);
    }

    /**
     * min c·d over the box subject to Σ g_i d_i ≥ need, g ≥ 0: a continuous knapsack (0 if a g is
     * infinite); its point written to {@code point}.
     */
    private double knapsack(double[] g, double need, double[] point) {
        Integer[] order = Arrays.stream(free).boxed().toArray(Integer[]::new);
        Arrays.sort(order, (a, b) -> Double.compare(ratio(g[b], c[b]), ratio(g[a], c[a])));
        double cost = 0;
        for (int i : order) {
            if (need <= 0) {
                break;
            }
            double l = g[i];
            if (!(l > 0)) {
                continue;
            }
            if (Double.isInfinite(l)) {
                return cost;
            }
            double take = Math.min(room[i], need / l);
            point[i] = take;
            cost += c[i] * take;
            need -= l * take;
        }
        return cost;
    }

    /**
     * Every edge of the box: all indicators with room at 0 or at their room but one, which rises by
     * bisection to f = t. For a convex f the optimum lies on such an edge (Hillestad and Jacobsen 1980).
     */
    private Solution edges(int[] vars) {
        int m = vars.length;
        double[] vertex = new double[1 << m];
        double[] vcost = new double[1 << m];
        double[] d = new double[x.length];
        for (int mask = 0; mask < 1 << m; mask++) {
            for (int j = 0; j < m; j++) {
                d[vars[j]] = (mask & (1 << j)) != 0 ? room[vars[j]] : 0;
            }
            vertex[mask] = at(d);
            vcost[mask] = cost(d);
        }
        double best = Double.POSITIVE_INFINITY;
        int bestMask = (1 << m) - 1;
        int bestFree = -1;
        double bestAmount = 0;
        int searched = 0;
        for (int mask = 0; mask < 1 << m; mask++) {
            if (vcost[mask] >= best) {
                continue;
            }
            if (vertex[mask] >= t) {
                best = vcost[mask];
                bestMask = mask;
                bestFree = -1;
                continue;
            }
            for (int j = 0; j < m; j++) {
                int up = mask | (1 << j);
                if (up == mask || vertex[up] < t) {
                    continue;
                }
                searched++;
                double amount = edge(vars, mask, j);
                double cost = vcost[mask] + c[vars[j]] * amount;
                if (cost < best) {
                    best = cost;
                    bestMask = mask;
                    bestFree = j;
                    bestAmount = amount;
                }
            }
        }
        double[] out = new double[x.length];
        for (int j = 0; j < m; j++) {
            out[vars[j]] = (bestMask & (1 << j)) != 0 ? room[vars[j]] : j == bestFree ? bestAmount : 0;
        }
        return new Solution(out, Double.NaN, ImprovementPath.Method.EDGES, searched);
    }

    /** The smallest rise of free indicator j, the others of {@code mask} at their room, with f ≥ t. */
    private double edge(int[] vars, int mask, int j) {
        double[] d = new double[x.length];
        for (int q = 0; q < vars.length; q++) {
            d[vars[q]] = (mask & (1 << q)) != 0 ? room[vars[q]] : 0;
        }
        int i = vars[j];
        return rise(d, i);
    }

    /** The smallest d_i in [0, room_i], the rest of d fixed, with f ≥ t (f(d with d_i = room_i) ≥ t). */
    private double rise(double[] d, int i) {
        double lo = 0;
        double hi = room[i];
        double[] z = d.clone();
        for (int b = 0; b < BISECTIONS && hi - lo > 1e-15 * room[i]; b++) {
            double mid = (lo + hi) / 2;
            z[i] = mid;
            if (at(z) >= t) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }

    /**
     * Beyond {@value #EDGE_LIMIT} indicators: the cheaper of the greedy path and the best edge of the
     * sub-box of the {@value #EDGE_LIMIT} indicators of largest rise of f per cost when raised alone
     * in full (those the greedy path raised first).
     */
    private Solution greedyAndEdges() {
        Solution g = greedy();
        double base = at(new double[x.length]);
        Integer[] order = Arrays.stream(free).boxed().toArray(Integer[]::new);
        double[] ratio = new double[x.length];
        for (int i : free) {
            double[] z = new double[x.length];
            z[i] = room[i];
            ratio[i] = c[i] == 0 ? Double.POSITIVE_INFINITY : (at(z) - base) / (c[i] * room[i]);
        }
        Arrays.sort(order, (a, b) -> {
            boolean ga = g.d()[a] > 0;
            boolean gb = g.d()[b] > 0;
            return ga != gb ? (ga ? -1 : 1) : Double.compare(ratio[b], ratio[a]);
        });
        int[] vars = Arrays.stream(order).limit(EDGE_LIMIT).mapToInt(Integer::intValue).sorted().toArray();
        double[] full = new double[x.length];
        for (int i : vars) {
            full[i] = room[i];
        }
        if (at(full) < t) {
            return g;
        }
        Solution e = edges(vars);
        return cost(e.d()) < cost(g.d()) ? new Solution(e.d(), Double.NaN, ImprovementPath.Method.GREEDY,
                g.iterations() + e.iterations()) : g;
    }

    /**
     * Greedy: raise in full the indicator of largest rise of f per cost at the current point until
     * one indicator alone can finish; of those that can, the cheapest finishes.
     */
    private Solution greedy() {
        double[] d = new double[x.length];
        double best = Double.POSITIVE_INFINITY;
        double[] bestD = room.clone();
        int steps = 0;
        boolean[] full = new boolean[x.length];
        while (true) {
            steps++;
            double now = at(d);
            double base = cost(d);
            if (now >= t) {
                if (base < best) {
                    bestD = d.clone();
                }
                break;
            }
            int pick = -1;
            double ratio = Double.NEGATIVE_INFINITY;
            for (int i : free) {
                if (full[i]) {
                    continue;
                }
                double[] z = d.clone();
                z[i] = room[i];
                double v = at(z);
                if (v >= t) {
                    double r = rise(d, i);
                    if (base + c[i] * r < best) {
                        best = base + c[i] * r;
                        bestD = d.clone();
                        bestD[i] = r;
                    }
                }
                double r = c[i] == 0 ? Double.POSITIVE_INFINITY : (v - now) / (c[i] * room[i]);
                if (r > ratio) {
                    ratio = r;
                    pick = i;
                }
            }
            if (pick < 0 || base >= best) {
                break;
            }
            d[pick] = room[pick];
            full[pick] = true;
        }
        return new Solution(bestD, Double.NaN, ImprovementPath.Method.GREEDY, steps);
    }

    /** Lowers each raised indicator, dearest first, as far as the target allows. */
    private double[] prune(double[] d) {
        double[] out = d.clone();
        Integer[] order = Arrays.stream(free).boxed().toArray(Integer[]::new);
        Arrays.sort(order, (a, b) -> Double.compare(c[b] * out[b], c[a] * out[a]));
        for (int i : order) {
            if (out[i] > 0 && c[i] > 0) {
                double[] z = out.clone();
                z[i] = 0;
                if (at(z) >= t) {
                    out[i] = 0;
                } else {
                    double r = rise(z, i);
                    out[i] = Math.min(out[i], r);
                }
            }
        }
        return out;
    }

    /**
     * The lower bound of the slope bounds L ({@link IndexFunction#slopeBound} over the points of the box
     * where f ≤ t): for a feasible d, f rises along the segment from x to x + d (f is non-decreasing)
     * and crosses t at some x + s d, below which every point is such a point, so
     * t − f(x) ≤ Σ L<sub>i</sub>d<sub>i</sub>; the continuous knapsack min c·d subject to
     * Σ L<sub>i</sub>d<sub>i</sub> ≥ t − f(x) is a relaxation.
     */
    private double slopeBound() {
        double[] hi = x.clone();
        for (int i : free) {
            hi[i] += room[i];
        }
        double[] lipschitz = f.slopeBound(x, hi, t);
        return knapsack(lipschitz, t - f.value(x), new double[x.length]);
    }

    private static double ratio(double l, double c) {
        return c == 0 ? Double.POSITIVE_INFINITY : l / c;
    }
}
