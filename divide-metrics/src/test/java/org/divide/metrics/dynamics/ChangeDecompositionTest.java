package org.divide.metrics.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The decomposition of the change of Theil T and the MLD: identities, a hand-worked case, and the residual's order. */
class ChangeDecompositionTest {

    /** Absolute tolerance of identities and hand-worked values (indices of order 1). */
    private static final double EXACT = 1e-12;

    /*
     * Hand-worked case, unweighted, groups A and B.
     * Period 0: A = {1, 1}, B = {2, 8}: μ = 3, s_A = s_B = 1/2, μ_A = 1, μ_B = 5, λ_A = 1/3, λ_B = 5/3,
     *   θ_A = 1/6, θ_B = 5/6.
     *   MLD_A = 0, MLD_B = ½[ln(5/2) + ln(5/8)] = ½ ln(25/16) = ln(5/4).
     *   W = ½ ln(5/4); B = −½ ln(1/3) − ½ ln(5/3) = ½ ln(9/5); I = ½ ln(9/4) = ln(3/2)
     *   (directly: ¼[ln 3 + ln 3 + ln(3/2) + ln(3/8)] = ¼ ln(81/16) = ln(3/2)).
     * Period 1: A = {1, 1}, B = {3, 3}: μ = 2, λ_A = 1/2, λ_B = 3/2, θ_A = 1/4, θ_B = 3/4, I_A = I_B = 0,
     *   W = 0, B = −½ ln(1/2) − ½ ln(3/2) = ½ ln(4/3) = I.
     * MLD terms: Δs = 0, so allocation within = allocation between = 0;
     *   pure within = ½·(0 − 0) + ½·(0 − ln(5/4)) = −½ ln(5/4) = ΔW;
     *   relative income = Σ (θ̄_k − s̄_k) Δln μ_k = (19/24 − 1/2)·ln(3/5) = (7/24) ln(3/5) (Δln μ_A = 0);
     *   residual = ΔI − the four terms = ½ ln(4/3) − ln(3/2) + ½ ln(5/4) − (7/24) ln(3/5).
     * Theil T: T_B(0) = ½[0.4 ln 0.4 + 1.6 ln 1.6]; pure within = θ̄_B·(0 − T_B) = −(19/24) T_B;
     *   allocation within = Ī_B Δθ_B = (T_B/2)(3/4 − 5/6) = −T_B/24; together −(5/6) T_B = ΔW.
     */
    private static final double[] X0 = {1, 1, 2, 8};
    private static final double[] X1 = {1, 1, 3, 3};
    private static final String[] G = {"A", "A", "B", "B"};

    @Test
    void handWorkedMeanLogDeviation() {
        ChangeDecompositionResult r = ChangeDecomposition.meanLogDeviation().decompose(X0, null, G, X1, null, G);
        assertEquals(Math.log(1.5), r.from().total(), EXACT);
        assertEquals(0.5 * Math.log(4.0 / 3), r.to().total(), EXACT);
        assertEquals(-0.5 * Math.log(1.25), r.pureWithin(), EXACT);
        assertEquals(0, r.allocationWithin(), EXACT);
        assertEquals(0, r.allocationBetween(), EXACT);
        assertEquals(7.0 / 24 * Math.log(0.6), r.relativeIncome(), EXACT);
        double residual = 0.5 * Math.log(4.0 / 3) - Math.log(1.5) + 0.5 * Math.log(1.25) - 7.0 / 24 * Math.log(0.6);
        assertEquals(residual, r.residual(), EXACT);
        assertEquals("MLD", r.measure());
    }

    @Test
    void handWorkedTheilT() {
        ChangeDecompositionResult r = ChangeDecomposition.theilT().decompose(X0, null, G, X1, null, G);
        double tb = 0.5 * (0.4 * Math.log(0.4) + 1.6 * Math.log(1.6));
        assertEquals(-19.0 / 24 * tb, r.pureWithin(), EXACT);
        assertEquals(-tb / 24, r.allocationWithin(), EXACT);
        assertEquals(-5.0 / 6 * tb, r.withinChange(), EXACT);
        double b0 = Math.log(1.0 / 3) / 6 + 5.0 / 6 * Math.log(5.0 / 3);
        double b1 = Math.log(0.5) / 4 + 0.75 * Math.log(1.5);
        assertEquals(b1 - b0, r.betweenChange(), EXACT);
    }

    @Test
    void identitiesHoldOnRandomData() {
        SplittableRandom rnd = new SplittableRandom(11);
        for (int rep = 0; rep < 50; rep++) {
            int n = 5 + rnd.nextInt(200);
            double[] x0 = new double[n];
            double[] x1 = new double[n];
            double[] w0 = new double[n];
            double[] w1 = new double[n];
            String[] g = new String[n];
            for (int i = 0; i < n; i++) {
                x0[i] = Math.exp(rnd.nextGaussian() * 2);
                x1[i] = x0[i] * Math.exp(rnd.nextGaussian());
                w0[i] = rnd.nextDouble(0.1, 100);
                w1[i] = w0[i] * rnd.nextDouble(0.5, 2);
                g[i] = i < 4 ? "g" + i : "g" + rnd.nextInt(4);
            }
            for (ChangeDecomposition d : new ChangeDecomposition[] {ChangeDecomposition.theilT(),
                ChangeDecomposition.meanLogDeviation()}) {
                ChangeDecompositionResult r = d.decompose(x0, w0, g, x1, w1, g);
                assertEquals(r.change(), r.withinChange() + r.betweenChange(), EXACT);
                assertEquals(r.withinChange(), r.pureWithin() + r.allocationWithin(), EXACT);
                assertEquals(r.change(), r.pureWithin() + r.allocationWithin() + r.allocationBetween()
                        + r.relativeIncome() + r.residual(), EXACT);
            }
        }
    }

    @Test
    void residualIsSecondOrder() {
        SplittableRandom rnd = new SplittableRandom(3);
        int n = 100;
        double[] x0 = new double[n];
        double[] w0 = new double[n];
        double[] dx = new double[n];
        double[] dw = new double[n];
        String[] g = new String[n];
        for (int i = 0; i < n; i++) {
            x0[i] = Math.exp(rnd.nextGaussian());
            w0[i] = rnd.nextDouble(1, 10);
            dx[i] = rnd.nextGaussian();
            dw[i] = rnd.nextGaussian();
            g[i] = "g" + (i % 3);
        }
        for (ChangeDecomposition d : new ChangeDecomposition[] {ChangeDecomposition.theilT(),
            ChangeDecomposition.meanLogDeviation()}) {
            double previous = Double.NaN;
            for (double eps : new double[] {1e-1, 1e-2}) {
                double[] x1 = new double[n];
                double[] w1 = new double[n];
                for (int i = 0; i < n; i++) {
                    x1[i] = x0[i] * Math.exp(eps * dx[i]);
                    w1[i] = w0[i] * Math.exp(eps * dw[i]);
                }
                ChangeDecompositionResult r = d.decompose(x0, w0, g, x1, w1, g);
                double ratio = Math.abs(r.residual());
                if (!Double.isNaN(previous)) {
                    // second order: the residual shrinks ~100x when the change shrinks 10x
                    assertTrue(ratio < previous / 30, d + ": " + ratio + " vs " + previous);
                }
                previous = ratio;
            }
        }
    }

    @Test
    void missingObservationsAreSkippedPerPeriod() {
        double[] x0 = {1, 1, 2, 8, Double.NaN};
        double[] x1 = {1, 1, 3, 3, 5};
        String[] g0 = {"A", "A", "B", "B", "B"};
        String[] g1 = {"A", "A", "B", "B", null};
        ChangeDecompositionResult r = ChangeDecomposition.meanLogDeviation().decompose(x0, null, g0, x1, null, g1);
        assertEquals(Math.log(1.5), r.from().total(), EXACT);
        assertEquals(0.5 * Math.log(4.0 / 3), r.to().total(), EXACT);
    }

    @Test
    void badInputNamesTheArgument() {
        ChangeDecomposition d = ChangeDecomposition.meanLogDeviation();
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> d.decompose(X0, null, G, X1, null, new String[] {"A", "A", "C", "C"})).getMessage()
                .contains("groups differ"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> d.decompose(new double[] {1, -1, 2, 8}, null, G, X1, null, G)).getMessage().startsWith("x0"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> d.decompose(X0, null, new String[3], X1, null, G)).getMessage().contains("groups of x0"));
    }
}
