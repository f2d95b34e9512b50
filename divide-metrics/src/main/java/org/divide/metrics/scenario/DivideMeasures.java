package org.divide.metrics.scenario;

import org.divide.metrics.inequality.Decomposition;
import org.divide.metrics.inequality.GeneralizedEntropy;
import org.divide.metrics.inequality.Inequality;

/**
 * The measures of one year's column: Gini, Theil T and L through the {@link Inequality} facade, and the
 * between-group share of Theil T through its exact decomposition ({@link GeneralizedEntropy#decompose}).
 *
 * @param gini         G
 * @param theilT       T
 * @param theilL       L
 * @param betweenShare between / total of Theil T; {@code NaN} without groups or when T = 0
 */
record DivideMeasures(double gini, double theilT, double theilL, double betweenShare) {

    /**
     * @param x      the values, &gt; 0; not modified
     * @param w      the weights, or {@code null}; not modified
     * @param groups the groups, or {@code null}; not modified
     * @return the measures
     */
    static DivideMeasures of(double[] x, double[] w, String[] groups) {
        double t = Inequality.theilT(x, w);
        double share = Double.NaN;
        if (groups != null) {
            Decomposition d = GeneralizedEntropy.theilT().decompose(x, w, groups);
            share = d.total() > 0 ? d.between() / d.total() : Double.NaN;
        }
        return new DivideMeasures(Inequality.gini(x, w), t, Inequality.theilL(x, w), share);
    }
}
