package org.divide.metrics.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.distribution.TDistribution;
import org.divide.core.Framework;
import org.divide.core.spec.CorrelationType;
import org.divide.metrics.composite.IndexResult;
import org.divide.metrics.composite.Stage;
import org.divide.metrics.internal.multivariate.Correlation;

/**
 * Pearson and Spearman correlations with p-values over pairwise-complete observations (R's
 * {@code cor(use = "pairwise.complete.obs")} and {@code cor.test}, as COINr's {@code get_corr} and
 * {@code get_pvals}): between any columns of a data set, between two levels of an index (within a
 * level when both are the same), and of every node with its parent.
 *
 * <p>The p-values are two-sided and R's defaults. Pearson: from {@code t = r √(n − 2) / √(1 − r²)}
 * with {@code n − 2} degrees of freedom (commons-math3 {@link TDistribution}). Spearman: from the
 * statistic S = (n³ − n)(1 − ρ)/6, exactly by permutations for n ≤ 9 and by the AS 89 Edgeworth
 * series up to 1 290 pairs, and by the same t approximation with ties or more pairs (see
 * {@code SpearmanTest}).
 */
public final class Correlations {

    private Correlations() {
    }

    /**
     * The correlation of two columns and its test.
     *
     * @param x    the first column, {@code NaN} = missing (not modified)
     * @param y    the second column, same length (not modified)
     * @param type Pearson or Spearman
     * @return the coefficient, p-value and number of complete pairs
     * @throws IllegalArgumentException if the lengths differ
     */
    public static CorrelationTest test(double[] x, double[] y, CorrelationType type) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("columns differ in length: " + x.length + " and " + y.length);
        }
        int n = Correlation.pairs(x, y);
        if (type == CorrelationType.SPEARMAN) {
            double rho = Correlation.spearman(x, y);
            return new CorrelationTest(rho, SpearmanTest.pValue(rho, n, SpearmanTest.ties(x, y)), n);
        }
        double r = Correlation.pearson(x, y);
        return new CorrelationTest(r, pValue(r, n), n);
    }

    /**
     * The two-sided p-value of the t approximation.
     *
     * @param r the coefficient
     * @param n the number of complete pairs
     * @return the p-value; {@code NaN} when r is {@code NaN} or n &lt; 3, 0 when |r| = 1
     */
    static double pValue(double r, int n) {
        if (Double.isNaN(r) || n < 3) {
            return Double.NaN;
        }
        if (Math.abs(r) >= 1) {
            return 0;
        }
        double t = r * Math.sqrt((n - 2) / (1 - r * r));
        return 2 * new TDistribution(null, n - 2).cumulativeProbability(-Math.abs(t));
    }

    /**
     * Correlations between two sets of columns of a data set.
     *
     * @param stage the data set
     * @param rows  the codes of the first set
     * @param cols  the codes of the second set
     * @param type  Pearson or Spearman
     * @return the matrix
     * @throws IllegalArgumentException if a code is not in the data set
     */
    public static CorrelationMatrix between(Stage stage, List<String> rows, List<String> cols, CorrelationType type) {
        double[][] r = new double[rows.size()][cols.size()];
        double[][] p = new double[rows.size()][cols.size()];
        int[][] n = new int[rows.size()][cols.size()];
        for (int i = 0; i < rows.size(); i++) {
            double[] x = stage.column(rows.get(i));
            for (int j = 0; j < cols.size(); j++) {
                CorrelationTest t = test(x, stage.column(cols.get(j)), type);
                r[i][j] = t.r();
                p[i][j] = t.p();
                n[i][j] = t.n();
            }
        }
        return new CorrelationMatrix(rows, cols, r, p, n);
    }

    /**
     * Correlations between the nodes of two levels of an index, from its aggregated data set
     * (COINr's {@code get_corr(Levels = c(a, b))}); within one level when {@code a == b}.
     *
     * @param result the index
     * @param a      the first level (1 = indicators)
     * @param b      the second level
     * @param type   Pearson or Spearman
     * @return the matrix, rows at level {@code a}, columns at level {@code b}
     * @throws IllegalArgumentException if a level is out of range
     */
    public static CorrelationMatrix levels(IndexResult result, int a, int b, CorrelationType type) {
        Framework f = result.spec().framework();
        return between(result.aggregated(), codes(f, a), codes(f, b), type);
    }

    /**
     * The correlation of every node of a level with its parent (COINr's {@code withparent = TRUE}).
     *
     * @param result the index
     * @param level  the level, below the root's
     * @param type   Pearson or Spearman
     * @return node code → its correlation with its parent, in framework order
     * @throws IllegalArgumentException if the level is out of range or is the root's
     */
    public static Map<String, CorrelationTest> withParents(IndexResult result, int level, CorrelationType type) {
        Framework f = result.spec().framework();
        if (level >= f.levels()) {
            throw new IllegalArgumentException("level " + level + " has no parents (root level " + f.levels() + ")");
        }
        Map<String, CorrelationTest> out = new LinkedHashMap<>();
        for (Framework.Node node : f.nodesAtLevel(level)) {
            out.put(node.code(), test(result.scores(node.code()), result.scores(node.parent()), type));
        }
        return out;
    }

    private static List<String> codes(Framework f, int level) {
        return f.nodesAtLevel(level).stream().map(Framework.Node::code).toList();
    }
}
