package org.divide.metrics.weights;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;

import org.divide.core.Direction;
import org.divide.core.Framework;
import org.divide.core.Framework.Node;
import org.junit.jupiter.api.Test;

class WeightsTest {

    static final Framework TREE = Framework.of(List.of(
            Node.indicator("a", "A", "P", 1, Direction.POSITIVE),
            Node.indicator("b", "B", "P", 3, Direction.POSITIVE),
            Node.indicator("c", "C", "Q", 1, Direction.POSITIVE),
            Node.aggregate("P", "P", "I", 2, 1),
            Node.aggregate("Q", "Q", "I", 2, 1),
            Node.aggregate("I", "Index", null, 3, 1)));

    @Test
    void effectiveWeightsMultiplyAlongTheLineage() {
        Map<String, Double> e = Weighting.effective(TREE);
        assertEquals(0.125, e.get("a"), 1e-15);
        assertEquals(0.375, e.get("b"), 1e-15);
        assertEquals(0.5, e.get("c"), 1e-15);
        assertEquals(1, e.get("I"));
        Map<String, Double> eq = Weighting.effective(TREE, Weighting.equal(TREE));
        assertEquals(0.25, eq.get("a"), 1e-15);
        assertEquals(3.0, Weighting.of(TREE).get("b"));
        assertThrows(IllegalArgumentException.class, () -> Weighting.apply(TREE, Map.of("zz", 1.0)));
    }

    @Test
    void pcaOfTwoColumnsLoadsThemEquallyAndExplainsHalfOfOnePlusR() {
        Random rnd = new Random(3);
        double[] x = new double[200];
        double[] y = new double[200];
        for (int i = 0; i < x.length; i++) {
            x[i] = rnd.nextGaussian();
            y[i] = 0.6 * x[i] + rnd.nextGaussian();
        }
        y[5] = Double.NaN;
        PcaWeights p = PcaWeights.of(new double[][] {x, y});
        assertEquals(199, p.rows());
        double s = Math.sqrt(0.5);
        assertArrayEquals(new double[] {s, s}, p.loadings(), 1e-12);
        assertArrayEquals(new double[] {0.5, 0.5}, p.weights(), 1e-12);
        double[] xc = new double[199];
        double[] yc = new double[199];
        for (int i = 0, k = 0; i < 200; i++) {
            if (i != 5) {
                xc[k] = x[i];
                yc[k++] = y[i];
            }
        }
        double r = new org.apache.commons.math3.stat.correlation.PearsonsCorrelation().correlation(xc, yc);
        assertEquals((1 + r) / 2, p.varianceExplained(), 1e-12);
    }

    @Test
    void pcaWeightsFollowTheCommonFactor() {
        Random rnd = new Random(11);
        int n = 300;
        double[][] cols = new double[3][n];
        for (int i = 0; i < n; i++) {
            double f = rnd.nextGaussian();
            cols[0][i] = f + 0.1 * rnd.nextGaussian();
            cols[1][i] = f + 0.5 * rnd.nextGaussian();
            cols[2][i] = rnd.nextGaussian();
        }
        double[] w = PcaWeights.of(cols).weights();
        assertEquals(1, w[0] + w[1] + w[2], 1e-12);
        assertTrue(w[2] < 0.01 && w[0] > 0.45 && w[1] > 0.45, java.util.Arrays.toString(w));
    }

    @Test
    void benefitOfTheDoubtGivesFrontierEconomiesOne() {
        double[][] cols = {{1, 0, 0.4, 0.2}, {0, 1, 0.4, 0.2}};
        BenefitOfTheDoubt.Result r = BenefitOfTheDoubt.plain().apply(cols);
        assertArrayEquals(new double[] {1, 1, 0.8, 0.4}, r.scores(), 1e-9);
        double[][] w = r.weights();
        assertEquals(1, w[0][0] * 1, 1e-9);
        double[][] dominated = {{4, 2, 1}, {4, 2, 1}};
        assertArrayEquals(new double[] {1, 0.5, 0.25}, BenefitOfTheDoubt.plain().apply(dominated).scores(), 1e-9);
    }

    @Test
    void shareBoundsLimitTheFavourableWeights() {
        double[][] cols = {{1, 0.1}, {0.1, 1}};
        double plain = BenefitOfTheDoubt.plain().apply(cols).scores()[0];
        double bounded = BenefitOfTheDoubt.plain().withShareBounds(0.3, 0.7).apply(cols).scores()[0];
        assertEquals(1, plain, 1e-9);
        assertTrue(bounded < plain, bounded + " < " + plain);
        BenefitOfTheDoubt.Result r = BenefitOfTheDoubt.plain().withShareBounds(0.3, 0.7).apply(cols);
        double[] w = r.weights()[0];
        double share = w[0] * 1 / (w[0] * 1 + w[1] * 0.1);
        assertTrue(share <= 0.7 + 1e-9 && share >= 0.3 - 1e-9, "share " + share);
        assertThrows(IllegalArgumentException.class, () -> BenefitOfTheDoubt.plain().apply(new double[][] {{-1, 2}}));
    }

    @Test
    void balancedWeightsEqualiseCorrelationsOfAToyIndex() {
        Random rnd = new Random(5);
        int n = 100;
        double[][] x = new double[3][n];
        for (int i = 0; i < n; i++) {
            double f = rnd.nextGaussian();
            x[0][i] = f + 0.2 * rnd.nextGaussian();
            x[1][i] = f + 1.0 * rnd.nextGaussian();
            x[2][i] = f + 2.0 * rnd.nextGaussian();
        }
        java.util.function.Function<double[], double[]> corr = w -> {
            double[] index = new double[n];
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < 3; k++) {
                    index[i] += w[k] * x[k][i];
                }
            }
            double[] r = new double[3];
            for (int k = 0; k < 3; k++) {
                r[k] = new org.apache.commons.math3.stat.correlation.PearsonsCorrelation().correlation(x[k], index);
            }
            return r;
        };
        double[] start = corr.apply(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0});
        OptimisedWeights.Result r = OptimisedWeights.balance(new double[] {1, 1, 1}, corr, 1e-8, 2000);
        double spreadBefore = spread(start);
        double spreadAfter = spread(r.correlations());
        assertTrue(spreadAfter < spreadBefore / 10, spreadBefore + " -> " + spreadAfter);
        assertEquals(1, r.weights()[0] + r.weights()[1] + r.weights()[2], 1e-12);
        assertTrue(r.weights()[2] > r.weights()[0]);
        OptimisedWeights.Result info = OptimisedWeights.maxInformation(new double[] {1, 1, 1}, corr, 1e-8, 2000);
        double sumInfo = info.correlations()[0] + info.correlations()[1] + info.correlations()[2];
        assertTrue(sumInfo >= start[0] + start[1] + start[2] - 1e-9);
    }

    static double spread(double[] r) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : r) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        return hi - lo;
    }

    @Test
    void nelderMeadFindsTheMinimumOfRosenbrock() {
        NelderMead.Result r = NelderMead.minimise(p -> 100 * Math.pow(p[1] - p[0] * p[0], 2) + Math.pow(1 - p[0], 2),
                new double[] {-1.2, 1}, 1e-12, 5000);
        assertEquals(1, r.point()[0], 1e-3);
        assertEquals(1, r.point()[1], 1e-3);
        assertTrue(r.converged());
    }
}
