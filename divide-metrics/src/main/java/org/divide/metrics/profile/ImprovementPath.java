package org.divide.metrics.profile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.divide.core.spec.Normalise;
import org.divide.core.spec.NormaliseMethod;
import org.divide.metrics.composite.IndexResult;
import org.divide.metrics.rank.Ranking;

/**
 * The smallest improvement of one economy's normalised indicator scores that lifts its index score
 * to a target ({@link PathTarget}: a score, a rank or a tier): exact by linear programming where
 * the aggregation is arithmetic, and with a lower bound on the optimal cost and the gap to it where
 * it is not.
 *
 * <p><b>Problem.</b> With x the economy's normalised indicator scores and I(y) its index score
 * recomputed through the aggregation tree with y in place of x, the path solves
 * <pre>
 *   minimise  Σ c_i d_i
 *   subject to  I(x + d) ≥ T + ε,   0 ≤ d_i ≤ u_i − x_i
 * </pre>
 * with costs c<sub>i</sub> ≥ 0 (1 by default: the plain sum of normalised increments) and upper
 * bounds u<sub>i</sub>, by default the frontier (the best normalised score of indicator i over the
 * economies). How it is solved depends on the aggregation ({@link Method}):
 * <ul>
 * <li><b>Weighted arithmetic means at every level</b> ({@link Method#SIMPLEX}): I is linear,
 * I(x + d) = I(x) + Σ g<sub>i</sub> d<sub>i</sub>, where g<sub>i</sub> is the exact gain of the index per
 * normalised unit of indicator i ({@link EconomyProfile#binding()}'s gain: the effective weight,
 * renormalised over the economy's present indicators when some are missing); one linear programme
 * solved with commons-math3's {@link SimplexSolver} (the two-phase simplex method) is exact. It is a
 * continuous knapsack, so the optimum raises indicators in decreasing order of
 * g<sub>i</sub>/c<sub>i</sub>, the last one partly; when two indicators share that ratio the optimum is
 * not unique ({@link Result#alternatives()} names them).</li>
 * <li><b>Power means of order p ≤ 1 at every level</b> (geometric, harmonic, generalised p ≤ 1, mixed
 * with arithmetic ones) ({@link Method#INTERIOR_POINT}): I is concave, so
 * {I ≥ T + ε} is convex and the problem a convex programme, solved by a barrier method and bounded by
 * the tangent plane at the path.</li>
 * <li><b>Power means of order p ≥ 1 at every level</b> ({@link Method#EDGES}): I is convex, the
 * constraint reverse convex, and the optimum lies on an edge of the box; with up to
 * {@value NonlinearPath#EDGE_LIMIT} indicators to raise every edge is searched (exact), beyond that
 * {@link Method#GREEDY}.</li>
 * <li><b>A weighted median, or orders on both sides of 1</b>: the best edge (or greedy) path, with
 * the slope lower bound.</li>
 * </ul>
 * {@link Result#lowerBound()} is a lower bound on the optimal cost, {@link Result#totalCost()} the
 * cost of the path returned (feasible: an upper bound) and {@link Result#gap()} their relative gap.
 *
 * <p><b>Zeros.</b> A geometric or harmonic mean needs positive values and a generalised mean of
 * order p &gt; 0 non-negative ones, unless the spec declares a shift c (COINr's rule: the mean of
 * x + c, minus c); an index with a zero where the mean needs a positive value cannot be built, so it
 * never reaches a path. A zero under a generalised mean of order 0 &lt; p &lt; 1 has an infinite
 * partial derivative: the tangent planes are taken at points where every indicator with room is
 * positive, so the method is unaffected (an economy at 0 on such an indicator gains most from
 * raising it first, which the path does).
 *
 * <p><b>The frontier stays put.</b> With u<sub>i</sub> = frontier no economy exceeds the current
 * best score, so the normalisation's bounds (a min-max's minimum and maximum) do not move and the
 * other economies' scores are unchanged: the path is exact, and applied through {@link WhatIf} as
 * raw values it rebuilds to the score computed here. A user bound above the frontier is allowed,
 * but then a data-dependent normalisation would move and the score reached is the one of this
 * model, not of a rebuild. At the other end, an economy that alone holds the lowest score of a
 * min-max normalised indicator is not raised on it: its rise would move the minimum, and with it
 * every other economy's score, while its own would stay at the bottom of the range.
 *
 * <p><b>Missing values</b> stay missing: an indicator with no value has no gain and is not raised.
 *
 * <p><b>Not supported:</b> Copeland and benefit of the doubt, reflected aggregates and
 * data-driven weights, where one economy's score depends on the others'; {@link #of} says so and
 * names the reason.
 *
 * <p>References: S. Boyd, L. Vandenberghe, <i>Convex Optimization</i>, Cambridge University Press
 * (2004), §11.3 (the barrier method) and §5.5.3 (optimality conditions); R. J. Hillestad, S. E. Jacobsen, "Linear programs with an
 * additional reverse convex constraint", <i>Applied Mathematics and Optimization</i> 6 (1980).
 */
public final class ImprovementPath {

    /** How far the path exceeds the target score, in normalised units. */
    public static final double EPSILON = 1e-9;

    private static final int MAX_ITERATIONS = 10_000;

    private ImprovementPath() {
    }

    /** How a path was found, and what its lower bound on the optimal cost is worth. */
    public enum Method {
        /**
         * Weighted arithmetic means at every level: one linear programme (commons-math3's simplex); exact,
         * the lower bound equals the cost.
         */
        SIMPLEX,
        /**
         * A concave index (power means of order ≤ 1 at every level): a convex programme, solved by a
         * logarithmic barrier (interior point) method — Newton's method on
         * τ c·d − ln(I(x + d) − T − ε) − Σ ln d<sub>i</sub> − Σ ln(u<sub>i</sub> − x<sub>i</sub> − d<sub>i</sub>), τ
         * rising twentyfold per stage, the gradient exact and the Hessian by differences of it. The lower
         * bound is the tangent plane at the path: by concavity I(x + d) ≤ I(x + z) + ∇I(x + z)·(d − z),
         * so min c·d over the box subject to that plane ≥ T + ε (a continuous knapsack) is below the optimum,
         * and equals it at the optimum; the knapsack's point and the path span a segment whose crossing of
         * the target is a cheaper path, and these rounds repeat until
         * (cost − lower)/cost ≤ {@value NonlinearPath#TOLERANCE} or {@value NonlinearPath#POLISH} rounds.
         */
        INTERIOR_POINT,
        /**
         * The best point on the edges of the box (every indicator but one at 0 or its bound, the last
         * raised by bisection to the target), each raised indicator then lowered as far as the target
         * allows. Exact for a convex index (power means of order ≥ 1 at every level), where the optimum
         * lies on an edge; otherwise (a median, or orders on both sides of 1) a heuristic whose lower
         * bound is the slope bound: with L<sub>i</sub> an upper bound on ∂I/∂x<sub>i</sub> over the points of
         * the box where I ≤ T + ε (which every path crosses on its way up, I being non-decreasing),
         * T + ε − I(x) ≤ Σ L<sub>i</sub>d<sub>i</sub> for every feasible d, so min c·d subject to
         * Σ L<sub>i</sub>d<sub>i</sub> ≥ T + ε − I(x) is a relaxation.
         */
        EDGES,
        /**
         * More than {@value NonlinearPath#EDGE_LIMIT} indicators to raise and an index that is not
         * concave: the cheaper of a greedy path (raise in full the indicator of largest rise per cost
         * until one alone can finish; the cheapest finisher finishes) and the best edge of the sub-box of
         * {@value NonlinearPath#EDGE_LIMIT} indicators (those greedy raised, then those of largest rise per
         * cost alone), then each raised indicator lowered as far as the target allows; a heuristic, its
         * lower bound the slope bound of {@link #EDGES}.
         */
        GREEDY;

        /** {@return the method's name in lower case with spaces, for messages} */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    /**
     * One indicator of a path.
     *
     * @param indicator the indicator's code
     * @param current   the current normalised score ({@code NaN} if missing)
     * @param target    the normalised score on the path
     * @param bound     its upper bound u<sub>i</sub> (its current score where the economy alone holds the
     *                  lowest score of a min-max normalised indicator, see the class comment)
     * @param gain      the index's gain per normalised unit, g<sub>i</sub> ({@code NaN} if missing)
     * @param cost      its cost per normalised unit, c<sub>i</sub>
     * @param rawCurrent the value in the indicator's own units as it entered normalisation (after any
     *                   imputation or winsorisation), or {@code NaN} where {@code rawTarget} is
     * @param rawTarget the value in its own units that normalises to {@code target} (a min-max
     *                  normalisation inverted: the affine map through the economies of lowest and
     *                  highest input), or {@code NaN} for other normalisations and for indicators
     *                  a treatment transformed (e.g. by a log)
     */
    public record Step(String indicator, double current, double target, double bound, double gain, double cost,
            double rawCurrent, double rawTarget) {

        /** {@return the change in normalised units} */
        public double change() {
            return target - current;
        }
    }

    /**
     * The outcome of a path.
     *
     * @param economy      the economy's code
     * @param target       what was aimed at
     * @param targetScore  the target index score T (without ε)
     * @param currentScore the economy's index score
     * @param currentRank  its competition rank
     * @param feasible     whether T is reachable within the bounds
     * @param bestScore    the highest score reachable within the bounds (every indicator at its bound)
     * @param steps        every indicator: current and target (all at the bound when infeasible)
     * @param totalCost    Σ c<sub>i</sub> d<sub>i</sub>
     * @param score        the index score reached, recomputed through the aggregation tree
     * @param rank         the competition rank reached among the other economies' unchanged scores
     * @param tied         how many other economies share that score
     * @param tier         for a tier target, the tier reached, its thresholds recomputed with the
     *                     score reached in place of the current one (0 for other targets)
     * @param alternatives indicators sharing the marginal gain per cost with the one raised last (the
     *                     optimum is then not unique; arithmetic indices only); empty if it is
     * @param method       how the path was found
     * @param lowerBound   a lower bound on the optimal cost: {@code totalCost} when the path is exact
     *                     (and when no rise is needed or the target is out of reach)
     * @param iterations   1 for {@link Method#SIMPLEX}; Newton steps for {@link Method#INTERIOR_POINT};
     *                     edges searched ({@link Method#EDGES}) or greedy steps and edges
     *                     ({@link Method#GREEDY}); 0 when nothing was solved
     */
    public record Result(String economy, PathTarget target, double targetScore, double currentScore,
            int currentRank, boolean feasible, double bestScore, List<Step> steps, double totalCost, double score,
            int rank, int tied, int tier, List<String> alternatives, Method method, double lowerBound,
            int iterations) {

        /** Copies the lists. */
        public Result {
            steps = List.copyOf(steps);
            alternatives = List.copyOf(alternatives);
        }

        /** {@return the indicators changed (target above current)} */
        public List<Step> changed() {
            return steps.stream().filter(s -> s.change() > 0).toList();
        }

        /** {@return the relative gap (totalCost − lowerBound)/totalCost, 0 when the cost is 0} */
        public double gap() {
            return totalCost > 0 ? Math.max(0, totalCost - lowerBound) / totalCost : 0;
        }
    }

    /**
     * Finds the cheapest path of an economy to a target, with unit costs and the frontier as bounds.
     *
     * @param result  the index built
     * @param economy the economy's code
     * @param target  the target
     * @return the path
     * @throws IllegalArgumentException see {@link #of(IndexResult, String, PathTarget, Map, Map)}
     */
    public static Result of(IndexResult result, String economy, PathTarget target) {
        return of(result, economy, target, Map.of(), Map.of());
    }

    /**
     * Finds the cheapest path of an economy to a target.
     *
     * @param result  the index built
     * @param economy the economy's code
     * @param target  the target
     * @param costs   indicator → cost per normalised unit (≥ 0; 1 for those not given)
     * @param bounds  indicator → upper bound in normalised units (the frontier for those not given)
     * @return the path
     * @throws IllegalArgumentException if the economy is not in the index, a cost or bound names no
     *     indicator or is negative or not finite, the target rank exceeds the number of economies,
     *     or the aggregation is not a weighted arithmetic mean at every level
     */
    public static Result of(IndexResult result, String economy, PathTarget target, Map<String, Double> costs,
            Map<String, Double> bounds) {
        Objects.requireNonNull(target, "target");
        List<String> eco = result.economies();
        int unit = eco.indexOf(economy);
        if (unit < 0) {
            throw new IllegalArgumentException("economy " + economy + " is not among the " + eco.size()
                    + " economies of the index");
        }
        Tree tree = new Tree(result);
        supported(tree);
        List<String> leaves = tree.codes.subList(0, tree.leafCount);
        check(costs, leaves, "cost");
        check(bounds, leaves, "bound");
        double[][] all = new double[tree.size()][];
        for (int k = 0; k < all.length; k++) {
            all[k] = result.scores(tree.codes.get(k));
        }
        double[] index = all[tree.root];
        double current = index[unit];
        double t = targetScore(target, index, unit);
        double[] gains = EconomyProfile.gains(tree, all, unit);
        double[] row = new double[tree.size()];
        for (int k = 0; k < row.length; k++) {
            row[k] = all[k][unit];
        }
        IndexFunction fn = new IndexFunction(tree, row);
        boolean linear = fn.shape() == IndexFunction.Shape.LINEAR;
        int n = tree.leafCount;
        double[] x = new double[n];
        double[] u = new double[n];
        double[] c = new double[n];
        double[] room = new double[n];
        double best = current;
        double[] top = new double[n];
        for (int i = 0; i < n; i++) {
            String code = leaves.get(i);
            x[i] = all[i][unit];
            u[i] = bounds.getOrDefault(code, Arrays.stream(all[i]).filter(v -> !Double.isNaN(v)).max().orElse(x[i]));
            c[i] = costs.getOrDefault(code, 1.0);
            // a median's gain from one unit may be 0 where a larger rise counts: non-linear indices keep every
            // indicator of positive weight
            boolean counts = linear ? gains[i] > 0 : result.spec().framework().effectiveWeight(code) > 0;
            if (soleMinimum(result, code, all[i], x[i])) {
                u[i] = x[i];
            }
            room[i] = Double.isNaN(x[i]) || !counts ? 0 : Math.max(0, u[i] - x[i]);
            best += room[i] > 0 ? gains[i] * room[i] : 0;
            top[i] = x[i] + room[i];
        }
        if (!linear) {
            best = fn.value(top);
        }
        double need = t + EPSILON - current;
        boolean feasible = need <= 0 || best >= t + EPSILON;
        double[] d = new double[n];
        Method method = linear ? Method.SIMPLEX : fn.shape() == IndexFunction.Shape.CONCAVE
                ? Method.INTERIOR_POINT : Method.EDGES;
        double lower = Double.NaN;
        int iterations = 0;
        if (need > 0 && feasible && linear) {
            d = solve(gains, c, room, need);
            iterations = 1;
        } else if (need > 0 && feasible) {
            NonlinearPath.Solution sol = NonlinearPath.solve(fn, x, room, c, t + EPSILON);
            d = sol.d();
            method = sol.method();
            lower = sol.lower();
            iterations = sol.iterations();
        } else if (need > 0) {
            d = room.clone();
        }
        List<Step> steps = new ArrayList<>();
        double total = 0;
        Normalise norm = result.spec().step(Normalise.class).orElse(null);
        for (int i = 0; i < n; i++) {
            if (d[i] > 0) {
                row[i] = x[i] + d[i];
                total += c[i] * d[i];
            }
            String code = leaves.get(i);
            boolean minMax = norm != null && norm.methodFor(code) instanceof NormaliseMethod.MinMax
                    && !(result.treatment().containsKey(code) && result.treatment().get(code).transformed());
            steps.add(new Step(code, x[i], d[i] > 0 ? x[i] + d[i] : x[i], u[i], gains[i], c[i],
                    minMax ? own(result, code, economy, x[i]) : Double.NaN,
                    minMax ? own(result, code, economy, d[i] > 0 ? x[i] + d[i] : x[i]) : Double.NaN));
        }
        for (int i = 0; i < n; i++) {
            if (d[i] > 0) {
                tree.propagate(i, row);
            }
        }
        double reached = row[tree.root];
        int above = 0;
        int tied = 0;
        for (int e = 0; e < index.length; e++) {
            if (e != unit && !Double.isNaN(index[e])) {
                above += index[e] > reached ? 1 : 0;
                tied += index[e] == reached ? 1 : 0;
            }
        }
        int currentRank = (int) Ranking.competition(index)[unit];
        int tier = 0;
        if (target instanceof PathTarget.Tier tt) {
            double[] moved = index.clone();
            moved[unit] = reached;
            tier = (int) EconomyProfile.tier(Arrays.stream(moved).filter(v -> !Double.isNaN(v)).toArray(), reached,
                    tt.tiers())[0];
        }
        return new Result(economy, target, t, current, currentRank, feasible, best, steps, total, reached, above + 1,
                tied, tier, linear && feasible && need > 0 ? alternatives(leaves, gains, c, room, d) : List.of(),
                method, Double.isNaN(lower) ? total : Math.min(lower, total), iterations);
    }

    /** The simplex on the variables with room. */
    private static double[] solve(double[] g, double[] c, double[] room, double need) {
        int n = c.length;
        double[] gain = new double[n];
        List<LinearConstraint> cs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            gain[i] = g[i] > 0 ? g[i] : 0;
            double[] a = new double[n];
            a[i] = 1;
            cs.add(new LinearConstraint(a, Relationship.LEQ, room[i]));
        }
        cs.add(new LinearConstraint(gain, Relationship.GEQ, need));
        PointValuePair p = new SimplexSolver().optimize(new MaxIter(MAX_ITERATIONS),
                new LinearObjectiveFunction(c, 0), new LinearConstraintSet(cs), GoalType.MINIMIZE,
                new NonNegativeConstraint(true));
        double[] d = p.getPoint();
        for (int i = 0; i < n; i++) {
            d[i] = Math.min(room[i], Math.max(0, d[i]));
        }
        return d;
    }

    /** Indicators with room left sharing the marginal ratio g/c of a partly raised one. */
    private static List<String> alternatives(List<String> codes, double[] g, double[] c, double[] room, double[] d) {
        double marginal = Double.NaN;
        for (int i = 0; i < c.length; i++) {
            if (d[i] > 0 && d[i] < room[i] - 1e-12) {
                marginal = g[i] / c[i];
            }
        }
        if (Double.isNaN(marginal)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < c.length; i++) {
            if (room[i] > 0 && d[i] < room[i] - 1e-12
                    && Math.abs(g[i] / c[i] - marginal) <= 1e-12 * Math.abs(marginal)) {
                out.add(codes.get(i));
            }
        }
        return out.size() > 1 ? out : List.of();
    }

    /** T of a target, from the current index scores. */
    private static double targetScore(PathTarget target, double[] index, int unit) {
        if (target instanceof PathTarget.Score s) {
            return s.score();
        }
        if (target instanceof PathTarget.Rank r) {
            double[] others = new double[index.length - 1];
            int j = 0;
            for (int e = 0; e < index.length; e++) {
                if (e != unit && !Double.isNaN(index[e])) {
                    others[j++] = index[e];
                }
            }
            if (r.rank() > j + 1) {
                throw new IllegalArgumentException("target rank " + r.rank() + " is beyond the " + (j + 1)
                        + " economies ranked");
            }
            if (r.rank() == j + 1) {
                return Double.NEGATIVE_INFINITY;
            }
            double[] sorted = Arrays.copyOf(others, j);
            Arrays.sort(sorted);
            return sorted[j - r.rank()];
        }
        PathTarget.Tier tier = (PathTarget.Tier) target;
        if (tier.tier() == tier.tiers()) {
            return Double.NEGATIVE_INFINITY;
        }
        double[] others = new double[index.length];
        int j = 0;
        for (int e = 0; e < index.length; e++) {
            if (e != unit && !Double.isNaN(index[e])) {
                others[j++] = index[e];
            }
        }
        others = Arrays.copyOf(others, j);
        Arrays.sort(others);
        // type 7 over the n = j + 1 scores, the economy's own at s: h = (n - 1) p; s exceeds the
        // quantile exactly when it exceeds the floor(h)-th smallest of the others (0-based)
        int k = (int) Math.floor(j * (double) (tier.tiers() - tier.tier()) / tier.tiers());
        return others[Math.min(k, j - 1)];
    }

    /**
     * The value in an indicator's own units (as it entered normalisation) that a min-max
     * normalises to {@code score}: the affine map through the economies of lowest and highest input.
     */
    private static double own(IndexResult result, String code, String economy, double score) {
        List<String> in = result.treated().economies();
        List<String> out = result.normalised().economies();
        double[] raw = result.treated().column(code);
        double[] nor = result.normalised().column(code);
        int lo = -1;
        int hi = -1;
        for (int e = 0; e < raw.length; e++) {
            if (!Double.isNaN(raw[e]) && out.contains(in.get(e))) {
                lo = lo < 0 || raw[e] < raw[lo] ? e : lo;
                hi = hi < 0 || raw[e] > raw[hi] ? e : hi;
            }
        }
        if (lo < 0 || raw[lo] == raw[hi] || Double.isNaN(score)) {
            return Double.NaN;
        }
        double nlo = nor[out.indexOf(in.get(lo))];
        double nhi = nor[out.indexOf(in.get(hi))];
        return raw[lo] + (score - nlo) * (raw[hi] - raw[lo]) / (nhi - nlo);
    }

    /**
     * Whether the economy alone holds the lowest score of a min-max normalised indicator: raising it
     * would move the normalisation's minimum, and so every other economy's score, while its own stays
     * at the bottom of the range; such an indicator is not raised.
     */
    private static boolean soleMinimum(IndexResult result, String code, double[] column, double x) {
        Normalise norm = result.spec().step(Normalise.class).orElse(null);
        if (norm == null || !(norm.methodFor(code) instanceof NormaliseMethod.MinMax)) {
            return false;
        }
        int at = 0;
        for (double v : column) {
            if (v < x) {
                return false;
            }
            at += v == x ? 1 : 0;
        }
        return at == 1;
    }

    /** Rejects aggregates that read other economies than the one whose path is sought. */
    private static void supported(Tree tree) {
        if (!tree.rowwise()) {
            throw new IllegalArgumentException("improvement paths need aggregates that read only the economy's own"
                    + " children (no Copeland, benefit of the doubt, data-driven weights or reflected aggregates)");
        }
    }

    private static void check(Map<String, Double> m, List<String> leaves, String what) {
        for (Map.Entry<String, Double> e : m.entrySet()) {
            if (!leaves.contains(e.getKey())) {
                throw new IllegalArgumentException(what + " " + e.getKey() + ": not an indicator of the index"
                        + " (indicators: " + String.join(", ", leaves) + ")");
            }
            double v = e.getValue();
            if (!Double.isFinite(v) || (what.equals("cost") && v < 0)) {
                throw new IllegalArgumentException(what + " " + e.getKey() + "=" + v + ": must be finite"
                        + (what.equals("cost") ? " and >= 0" : ""));
            }
        }
    }
}
