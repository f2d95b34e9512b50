package org.divide.metrics.weights;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.divide.metrics.internal.numeric.Matrices;

/**
 * Benefit-of-the-doubt weights (Cherchye, Moesen, Rogge &amp; Van Puyenbroeck 2007,
 * doi:10.1007/s11205-006-0001-1; OECD/JRC Handbook 2008, §6.4): each economy {@code e} is scored
 * with the weights most favourable to it, by the linear programme (the CCR data-envelopment model
 * with a unit input)
 *
 * <pre>
 *   BoD_e = max_w Σ_k w_k x_ek
 *   subject to  Σ_k w_k x_jk ≤ 1  for every economy j,   w_k ≥ 0,
 * </pre>
 *
 * and, optionally ({@link #withShareBounds}), "pie-share" bounds on each indicator's share of the
 * economy's own score, {@code L ≤ w_k x_ek / Σ_i w_i x_ei ≤ U}, written as the linear constraints
 * {@code w_k x_ek − L Σ_i w_i x_ei ≥ 0} and {@code w_k x_ek − U Σ_i w_i x_ei ≤ 0}. Scores lie in
 * [0, 1]; economies on the frontier score 1. This is what R's {@code Compind::ci_bod} computes.
 *
 * <p>Values must be non-negative (normalise first, e.g. min-max); a missing value counts as 0, the
 * least favourable. The node weights of the framework are not used: the programme chooses them.
 * Solved with commons-math3's {@link SimplexSolver}; cost one LP of {@code k} variables and
 * {@code n} (+ {@code 2k}) constraints per economy.
 */
public final class BenefitOfTheDoubt {

    private static final int MAX_ITERATIONS = 10_000;

    private final double lower;
    private final double upper;

    private BenefitOfTheDoubt(double lower, double upper) {
        this.lower = lower;
        this.upper = upper;
    }

    /**
     * The plain model, without share bounds.
     *
     * @return the model
     */
    public static BenefitOfTheDoubt plain() {
        return new BenefitOfTheDoubt(0, 1);
    }

    /**
     * A copy with bounds on each indicator's share of an economy's score.
     *
     * @param lowerShare the least share, in [0, 1/k]
     * @param upperShare the greatest share, in [lowerShare, 1]
     * @return the new model
     * @throws IllegalArgumentException if the bounds are not ordered within [0, 1]
     */
    public BenefitOfTheDoubt withShareBounds(double lowerShare, double upperShare) {
        if (!(lowerShare >= 0 && lowerShare <= upperShare && upperShare <= 1)) {
            throw new IllegalArgumentException("share bounds must satisfy 0 <= lower <= upper <= 1: " + lowerShare
                    + ", " + upperShare);
        }
        return new BenefitOfTheDoubt(lowerShare, upperShare);
    }

    /**
     * Scores and weights of every economy.
     *
     * @param columns {@code columns[k][economy]}, non-negative, {@code NaN} = missing (not modified)
     * @return the result
     * @throws IllegalArgumentException if a value is negative or infinite, the columns are ragged,
     *     or the share bounds make a programme infeasible ({@code k·lower > 1})
     */
    public Result apply(double[][] columns) {
        int k = columns.length;
        if (k == 0) {
            throw new IllegalArgumentException("benefit of the doubt needs at least one column");
        }
        int n = columns[0].length;
        double[][] rows = new double[n][k];
        for (int j = 0; j < k; j++) {
            if (columns[j].length != n) {
                throw new IllegalArgumentException("columns[" + j + "] has length " + columns[j].length + ", not " + n);
            }
            for (int e = 0; e < n; e++) {
                double v = columns[j][e];
                if (v < 0 || Double.isInfinite(v)) {
                    throw new IllegalArgumentException("benefit of the doubt: columns[" + j + "][" + e
                            + "] must be finite and >= 0: " + v);
                }
                rows[e][j] = Double.isNaN(v) ? 0 : v;
            }
        }
        if (lower * k > 1) {
            throw new IllegalArgumentException("share lower bound " + lower + " times " + k + " indicators exceeds 1");
        }
        List<LinearConstraint> frontier = new ArrayList<>(n);
        for (int e = 0; e < n; e++) {
            frontier.add(new LinearConstraint(rows[e], Relationship.LEQ, 1));
        }
        double[] scores = new double[n];
        double[][] weights = new double[n][];
        SimplexSolver solver = new SimplexSolver();
        for (int e = 0; e < n; e++) {
            double[] x = rows[e];
            boolean any = false;
            for (double v : x) {
                any |= v > 0;
            }
            if (!any) {
                weights[e] = new double[k];
                continue;
            }
            List<LinearConstraint> cs = new ArrayList<>(frontier);
            if (lower > 0 || upper < 1) {
                for (int j = 0; j < k; j++) {
                    cs.add(new LinearConstraint(share(x, j, lower), Relationship.GEQ, 0));
                    cs.add(new LinearConstraint(share(x, j, upper), Relationship.LEQ, 0));
                }
            }
            PointValuePair p = solver.optimize(new MaxIter(MAX_ITERATIONS), new LinearObjectiveFunction(x, 0),
                    new LinearConstraintSet(cs), GoalType.MAXIMIZE, new NonNegativeConstraint(true));
            scores[e] = Math.min(1, p.getValue());
            weights[e] = p.getPoint();
        }
        return new Result(scores, weights);
    }

    /** Coefficients of {@code w_j x_j − s Σ_i w_i x_i}. */
    private static double[] share(double[] x, int j, double s) {
        double[] c = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            c[i] = -s * x[i];
        }
        c[j] += x[j];
        return c;
    }

    /**
     * The economies' scores and their most favourable weights. Arrays are copied on the way in and
     * out.
     *
     * @param scores  {@code BoD_e} in [0, 1], one per economy
     * @param weights {@code weights[e][k]}: the weight economy {@code e} gives indicator {@code k}
     *     (not unique when the optimum is degenerate)
     */
    public record Result(double[] scores, double[][] weights) {

        /**
         * Copies the arrays.
         *
         * @param scores  the scores
         * @param weights the weights
         */
        public Result {
            scores = scores.clone();
            weights = Matrices.copy(weights);
        }

        @Override
        public double[] scores() {
            return scores.clone();
        }

        @Override
        public double[][] weights() {
            return Matrices.copy(weights);
        }
    }
}
