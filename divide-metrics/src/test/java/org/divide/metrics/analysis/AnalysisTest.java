package org.divide.metrics.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.divide.core.spec.CorrelationType;
import org.divide.metrics.aggregate.Outranking;
import org.junit.jupiter.api.Test;

/** The audit functions by their definitions and against commons-math3. */
class AnalysisTest {

    @Test
    void statisticsCountAndFlagAsCoinr() {
        double[] x = {0, 0, 1, 1, 1, 2, Double.NaN, 3, 100, 0};
        IndicatorStats s = IndicatorStatistics.coinr().of("x", x);
        assertEquals(9, s.available());
        assertEquals(6, s.nonZero());
        assertEquals(5, s.unique());
        assertEquals(3, s.same());
        assertEquals(0.9, s.availableShare(), 1e-15);
        assertEquals(6 / 9.0, s.nonZeroShare(), 1e-15);
        assertEquals(1, s.median());
        assertEquals(0, s.min());
        assertEquals(100, s.max());
        assertFalse(s.lowAvailability());
        assertFalse(s.lowNonZero());
        assertFalse(s.lowUnique());
        assertTrue(s.outliers(), s.skewness() + " " + s.kurtosis());
        IndicatorStats binary = IndicatorStatistics.coinr().of("b", new double[] {0, 1, 1, 0, 1, 1});
        assertTrue(binary.lowUnique());
        IndicatorStats sparse = IndicatorStatistics.coinr().of("s", new double[] {Double.NaN, Double.NaN, 1, 2});
        assertTrue(sparse.lowAvailability());
    }

    @Test
    void pearsonAndSpearmanMatchCommonsMathOnCompleteData() {
        Random rnd = new Random(9);
        int n = 40;
        double[][] data = new double[n][3];
        for (int i = 0; i < n; i++) {
            data[i][0] = rnd.nextGaussian();
            data[i][1] = data[i][0] * 0.3 + rnd.nextGaussian();
            data[i][2] = Math.exp(data[i][1]) + 0.1 * rnd.nextGaussian();
        }
        PearsonsCorrelation pc = new PearsonsCorrelation(new Array2DRowRealMatrix(data));
        double[][] cols = new double[3][n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < 3; k++) {
                cols[k][i] = data[i][k];
            }
        }
        for (int a = 0; a < 3; a++) {
            for (int b = a + 1; b < 3; b++) {
                CorrelationTest t = Correlations.test(cols[a], cols[b], CorrelationType.PEARSON);
                assertEquals(pc.getCorrelationMatrix().getEntry(a, b), t.r(), 1e-12);
                assertEquals(pc.getCorrelationPValues().getEntry(a, b), t.p(), 1e-9);
                assertEquals(n, t.n());
                double rho = new SpearmansCorrelation().correlation(cols[a], cols[b]);
                assertEquals(rho, Correlations.test(cols[a], cols[b], CorrelationType.SPEARMAN).r(), 1e-12);
            }
        }
    }

    @Test
    void correlationsUsePairwiseCompleteObservations() {
        double[] x = {1, 2, Double.NaN, 4, 5, 6};
        double[] y = {2, 1, 9, 3, Double.NaN, 8};
        CorrelationTest t = Correlations.test(x, y, CorrelationType.PEARSON);
        assertEquals(4, t.n());
        assertEquals(new PearsonsCorrelation().correlation(new double[] {1, 2, 4, 6}, new double[] {2, 1, 3, 8}), t.r(),
                1e-12);
    }

    @Test
    void cronbachAlphaMatchesTheVarianceFormulaOnCompleteData() {
        double[][] cols = {{2, 4, 3, 5, 1, 4}, {3, 5, 3, 4, 2, 5}, {1, 4, 2, 5, 1, 3}};
        int k = 3;
        int n = 6;
        double sumVar = 0;
        double[] total = new double[n];
        for (double[] c : cols) {
            sumVar += variance(c);
            for (int i = 0; i < n; i++) {
                total[i] += c[i];
            }
        }
        double want = k / (k - 1.0) * (1 - sumVar / variance(total));
        assertEquals(want, CronbachAlpha.of(cols), 1e-12);
        assertTrue(Double.isNaN(CronbachAlpha.of(new double[][] {cols[0]})));
    }

    static double variance(double[] x) {
        double m = 0;
        for (double v : x) {
            m += v;
        }
        m /= x.length;
        double s = 0;
        for (double v : x) {
            s += (v - m) * (v - m);
        }
        return s / (x.length - 1);
    }

    @Test
    void principalComponentsAreOrthonormalAndExplainAllVariance() {
        Random rnd = new Random(4);
        double[][] cols = new double[4][60];
        for (int i = 0; i < 60; i++) {
            double f = rnd.nextGaussian();
            for (int k = 0; k < 4; k++) {
                cols[k][i] = f * (k + 1) * 0.3 + rnd.nextGaussian();
            }
        }
        PrincipalComponents p = PrincipalComponents.of(List.of("a", "b", "c", "d"), cols);
        double sum = 0;
        for (double v : p.varianceExplained()) {
            sum += v;
        }
        assertEquals(1, sum, 1e-12);
        assertEquals(4, p.variances()[0] + p.variances()[1] + p.variances()[2] + p.variances()[3], 1e-10);
        double[][] l = p.loadings();
        for (int a = 0; a < 4; a++) {
            for (int b = 0; b < 4; b++) {
                double dot = 0;
                for (int k = 0; k < 4; k++) {
                    dot += l[a][k] * l[b][k];
                }
                assertEquals(a == b ? 1 : 0, dot, 1e-10);
            }
        }
        assertTrue(p.variances()[0] >= p.variances()[1]);
    }

    @Test
    void dominanceCountsPairsBetterOnEveryComponent() {
        double[][] cols = {{3, 2, 1}, {3, 1, 2}};
        Outranking o = org.divide.metrics.aggregate.Copeland.outranking(cols, new double[] {1, 1});
        assertEquals(2, o.dominantPairs());
        assertArrayEquals(new double[] {2, -1, -1}, o.scores(), 0);
        assertEquals(Map.of(), Map.of());
    }
}
