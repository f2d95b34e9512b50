package org.divide.metrics.normalise;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.divide.core.Direction;
import org.divide.core.spec.NormaliseMethod;
import org.divide.core.spec.RankTies;
import org.junit.jupiter.api.Test;

/** Hand-worked values (COINr's formulas) and properties of every normalisation. */
class NormalisationTest {

    static final double NA = Double.NaN;
    static final double TOL = 1e-12;
    /** min 2, max 10, mean 5, sample variance 10. */
    static final double[] X = {2, 4, 10, NA, 6, 3};

    static void near(double[] want, double[] got) {
        assertEquals(want.length, got.length);
        for (int i = 0; i < want.length; i++) {
            if (Double.isNaN(want[i])) {
                assertTrue(Double.isNaN(got[i]), "position " + i + ": " + got[i]);
            } else {
                assertEquals(want[i], got[i], TOL * Math.max(1, Math.abs(want[i])), "position " + i);
            }
        }
    }

    @Test
    void minMaxDefaultsToZeroToHundred() {
        near(new double[] {0, 25, 100, NA, 50, 12.5}, Normalisation.minMax().apply(X));
        near(new double[] {1, 3.25, 10, NA, 5.5, 2.125}, Normalisation.minMax(1, 10).apply(X));
    }

    @Test
    void negativeDirectionReversesMinMax() {
        near(new double[] {100, 75, 0, NA, 50, 87.5},
                Normalisation.minMax().withDirection(Direction.NEGATIVE).apply(X));
    }

    @Test
    void zScoreUsesTheSampleStandardDeviation() {
        // values 2 4 10 6 3: mean 5, deviations -3 -1 5 1 -2, squares 9 1 25 1 4 = 40, var 10
        double s = Math.sqrt(10);
        near(new double[] {-3 / s, -1 / s, 5 / s, NA, 1 / s, -2 / s}, Normalisation.zScore().apply(X));
        near(new double[] {10 - 6 / s, 10 - 2 / s, 10 + 10 / s, NA, 10 + 2 / s, 10 - 4 / s},
                Normalisation.zScore(10, 2).apply(X));
    }

    @Test
    void scaledUsesFixedBoundsAndFlipsThemForNegativeIndicators() {
        near(new double[] {0, 25, 100, NA, 50, 12.5}, Normalisation.scaled(2, 10).apply(X));
        near(new double[] {-10, 10, 70, NA, 30, 0}, Normalisation.scaled(3, 13).apply(X));
        near(new double[] {110, 90, 30, NA, 70, 100},
                Normalisation.scaled(3, 13).withDirection(Direction.NEGATIVE).apply(X));
        near(new double[] {0, 0.25, 1, NA, 0.5, 0.125}, Normalisation.scaled(2, 10).withRange(0, 1).apply(X));
    }

    @Test
    void rankBordaAndPercentileRank() {
        double[] y = {5, 1, 5, NA, 3};
        near(new double[] {3, 1, 3, NA, 2}, Normalisation.rank().apply(y));
        near(new double[] {2, 0, 2, NA, 1}, Normalisation.borda().apply(y));
        near(new double[] {2 / 3.0, 0, 2 / 3.0, NA, 1 / 3.0}, Normalisation.percentileRank().apply(y));
        near(new double[] {4, 1, 4, NA, 2}, Normalisation.rank().withTies(RankTies.MAX).apply(y));
        near(new double[] {1, 4, 1, NA, 3}, Normalisation.rank().withDirection(Direction.NEGATIVE).apply(y));
        near(new double[] {200 / 3.0, 0, 200 / 3.0, NA, 100 / 3.0},
                Normalisation.percentileRank().withRange(0, 100).apply(y));
    }

    @Test
    void fractionAndDistanceToMax() {
        near(new double[] {0.2, 0.4, 1, NA, 0.6, 0.3}, Normalisation.fractionOfMax().apply(X));
        near(new double[] {0, 0.25, 1, NA, 0.5, 0.125}, Normalisation.distanceToMax().apply(X));
        // negative direction: x' = -x, max' = -2: x/min of the original
        near(new double[] {1, 2, 5, NA, 3, 1.5},
                Normalisation.fractionOfMax().withDirection(Direction.NEGATIVE).apply(X));
    }

    @Test
    void distanceToReference() {
        // reference economy 1 (value 4): 1 - (4 - x)/(4 - 2)
        near(new double[] {0, 1, 4, NA, 2, 0.5}, Normalisation.distanceToReference(1).apply(X));
        near(new double[] {0, 1, 1, NA, 1, 0.5},
                Normalisation.distanceToReference(1).withCap(true).apply(X));
        assertThrows(IllegalArgumentException.class,
                () -> Normalisation.distanceToReference(9).apply(X));
    }

    @Test
    void distanceToTargetWithDirectionsAsCoinrUseIMeta() {
        // (x - min)/(targ - min), targ 6
        near(new double[] {0, 0.5, 2, NA, 1, 0.25}, Normalisation.distanceToTarget(6).apply(X));
        near(new double[] {0, 0.5, 1, NA, 1, 0.25},
                Normalisation.distanceToTarget(6).withCap(true).apply(X));
        // negative: (max - x)/(max - targ), targ 4: (10 - x)/6
        near(new double[] {8 / 6.0, 1, 0, NA, 4 / 6.0, 7 / 6.0},
                Normalisation.distanceToTarget(4).withDirection(Direction.NEGATIVE).apply(X));
    }

    @Test
    void goalpostsTruncateScaleAndFlip() {
        // posts 3 and 7
        near(new double[] {0, 0.25, 1, NA, 0.75, 0}, Normalisation.goalposts(3, 7).apply(X));
        near(new double[] {-0.25, 0.25, 1.75, NA, 0.75, 0},
                Normalisation.goalposts(3, 7).withTruncation(false).apply(X));
        near(new double[] {0, 25, 100, NA, 75, 0},
                Normalisation.goalposts(3, 7).withRange(0, 100).apply(X));
        // negative direction: (hi - x)/(hi - lo), COINr n_goalposts(direction = -1) formula
        near(new double[] {1, 0.75, 0, NA, 0.25, 1},
                Normalisation.goalposts(3, 7).withDirection(Direction.NEGATIVE).apply(X));
        near(new double[] {1, 7.75, 1, NA, 3.25, 10},
                Normalisation.goalposts(3, 7).withRange(1, 10).withDirection(Direction.NEGATIVE)
                        .withTruncation(true).apply(new double[] {10, 4, 7, NA, 6, 3}));
    }

    @Test
    void noneOnlyAppliesTheDirection() {
        near(new double[] {-2, -4, -10, NA, -6, -3},
                Normalisation.none().withDirection(Direction.NEGATIVE).apply(X));
    }

    @Test
    void degenerateColumnsGiveNaNOrAreRejected() {
        double[] constant = {3, 3, NA, 3};
        near(new double[] {NA, NA, NA, NA}, Normalisation.minMax().apply(constant));
        near(new double[] {NA, NA, NA, NA}, Normalisation.zScore().apply(constant));
        near(new double[] {NA, NA, NA, NA}, Normalisation.minMax().apply(new double[] {NA, NA, NA, NA}));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Normalisation.minMax().withDegenerate(DegeneratePolicy.REJECT).apply(constant));
        assertTrue(e.getMessage().contains("constant"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Normalisation.percentileRank()
                .withDegenerate(DegeneratePolicy.REJECT).apply(new double[] {1, NA}));
        assertThrows(IllegalArgumentException.class, () -> Normalisation.fractionOfMax()
                .withDegenerate(DegeneratePolicy.REJECT).apply(new double[] {0, -1}));
        // rank-type methods are never degenerate
        near(new double[] {1, 1, NA, 1}, Normalisation.rank().apply(constant));
    }

    @Test
    void invalidParametersAndOptionsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Normalisation.minMax(1, 1));
        assertThrows(IllegalArgumentException.class, () -> Normalisation.minMax(0, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Normalisation.zScore(0, 0));
        assertThrows(IllegalArgumentException.class, () -> Normalisation.goalposts(5, 5));
        assertThrows(IllegalArgumentException.class, () -> Normalisation.distanceToTarget(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Normalisation.rank().withRange(0, 1));
        assertThrows(IllegalArgumentException.class, () -> Normalisation.zScore().withRange(0, 1));
        assertThrows(IllegalArgumentException.class, () -> Normalisation.minMax().withCap(true));
        assertThrows(IllegalArgumentException.class, () -> Normalisation.minMax().withTies(RankTies.MAX));
        assertThrows(IllegalArgumentException.class, () -> Normalisation.minMax().withTruncation(false));
        assertThrows(IllegalArgumentException.class, () -> Normalisation.minMax().apply(null));
    }

    @Test
    void inputIsNotModifiedAndOptionsAreImmutable() {
        double[] x = X.clone();
        Normalisation base = Normalisation.minMax();
        Normalisation neg = base.withDirection(Direction.NEGATIVE);
        neg.apply(x);
        assertArrayEquals(X, x);
        assertEquals(Direction.POSITIVE, base.direction());
        assertEquals(Normalisation.minMax(), base);
        assertEquals(NormaliseMethod.minMax(), base.method());
    }

    /** Every method, both directions, on random data: range, order preservation and reversal. */
    @Test
    void propertiesOnRandomColumns() {
        Random rnd = new Random(42);
        List<Normalisation> methods = List.of(Normalisation.minMax(), Normalisation.minMax(1, 100),
                Normalisation.zScore(), Normalisation.scaled(-5, 5), Normalisation.rank(),
                Normalisation.borda(), Normalisation.percentileRank(), Normalisation.fractionOfMax(),
                Normalisation.distanceToMax(), Normalisation.distanceToReference(0),
                Normalisation.distanceToTarget(0), Normalisation.goalposts(-1, 1).withRange(0, 10),
                Normalisation.none());
        for (int trial = 0; trial < 50; trial++) {
            double[] x = new double[30];
            for (int i = 0; i < x.length; i++) {
                x[i] = rnd.nextInt(10) == 0 ? NA : rnd.nextGaussian() * 3 + 1;
            }
            x[0] = 0.5 + rnd.nextDouble();
            for (Normalisation m : methods) {
                for (Direction d : Direction.values()) {
                    Normalisation n = m.withDirection(d);
                    double[] y = n.apply(x);
                    for (int i = 0; i < x.length; i++) {
                        assertEquals(Double.isNaN(x[i]), Double.isNaN(y[i]), n + " NaN pattern at " + i);
                        if (Double.isNaN(x[i])) {
                            continue;
                        }
                        if (m.method() instanceof NormaliseMethod.MinMax
                                || m.method() instanceof NormaliseMethod.Goalposts
                                || m.method() instanceof NormaliseMethod.PercentileRank
                                || m.method() instanceof NormaliseMethod.DistanceToMax) {
                            assertTrue(y[i] >= n.lower() - 1e-12 && y[i] <= n.upper() + 1e-12,
                                    n + " out of range: " + y[i]);
                        }
                        for (int j = 0; j < x.length; j++) {
                            if (Double.isNaN(x[j]) || !(x[i] < x[j])) {
                                continue;
                            }
                            // weakly monotone (goalposts truncate), reversed for NEGATIVE
                            double lo = d == Direction.POSITIVE ? y[i] : y[j];
                            double hi = d == Direction.POSITIVE ? y[j] : y[i];
                            boolean fracOfNegativeMax = m.method() instanceof NormaliseMethod.FractionOfMax;
                            if (!fracOfNegativeMax) {
                                assertTrue(lo <= hi + 1e-12, n + " order at " + i + "," + j);
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void theSpecsRecordsAreComputedDirectly() {
        assertEquals(Normalisation.goalposts(1, 5).withRange(0, 100),
                Normalisation.of(NormaliseMethod.goalposts(1, 5).withRange(0, 100)));
        assertEquals(Normalisation.zScore(10, 2), Normalisation.of(new NormaliseMethod.ZScore(10, 2)));
        Normalisation ref = Normalisation.of(NormaliseMethod.distanceToReference("KEN"));
        assertThrows(IllegalArgumentException.class, () -> ref.apply(X));
        near(Normalisation.distanceToReference(0).apply(X), ref.withReference(0).apply(X));
        assertThrows(IllegalArgumentException.class, () -> Normalisation.minMax().withReference(0));
        assertThrows(IllegalArgumentException.class, () -> Normalisation.of(null));
    }
}
