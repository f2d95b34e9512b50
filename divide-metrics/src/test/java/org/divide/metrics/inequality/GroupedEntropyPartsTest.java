package org.divide.metrics.inequality;

import static org.divide.metrics.inequality.TestData.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Decomposition from per-group accumulators merged with {@code combine(group, part)}. */
class GroupedEntropyPartsTest {

    private static final double TOLERANCE = 1e-12;

    @Test
    void partsGiveTheDecompositionOfTheArrays() {
        SplittableRandom random = new SplittableRandom(8);
        int n = 2000;
        String[] labels = {"A", "B", "C"};
        double[] x = new double[n];
        double[] w = new double[n];
        String[] g = new String[n];
        for (int i = 0; i < n; i++) {
            x[i] = Math.exp(random.nextGaussian());
            w[i] = random.nextDouble(0.5, 2);
            g[i] = labels[random.nextInt(labels.length)];
        }
        for (double alpha : new double[] {0, 1, 2, -0.5}) {
            GeneralizedEntropyAccumulator[] parts = new GeneralizedEntropyAccumulator[labels.length];
            for (int k = 0; k < labels.length; k++) {
                parts[k] = GeneralizedEntropyAccumulator.create(alpha);
            }
            for (int i = 0; i < n; i++) {
                parts[g[i].charAt(0) - 'A'].accept(x[i], w[i]);
            }
            GroupedEntropyAccumulator acc = GroupedEntropyAccumulator.create(alpha, labels);
            for (int k = labels.length - 1; k >= 0; k--) {
                acc.combine(k, parts[k]);
            }
            Decomposition actual = acc.decomposition();
            Decomposition expected = Measure.generalizedEntropy(alpha).decompose(x, w, g);
            assertClose(expected.total(), actual.total(), TOLERANCE, "total");
            assertClose(expected.within(), actual.within(), TOLERANCE, "within");
            assertClose(expected.between(), actual.between(), TOLERANCE, "between");
            assertEquals(n, actual.observations());
        }
    }

    @Test
    void partOfAnotherMeasureIsRejected() {
        GroupedEntropyAccumulator acc = GroupedEntropyAccumulator.create(1, "A");
        assertThrows(IllegalArgumentException.class, () -> acc.combine(0, GeneralizedEntropyAccumulator.create(2)));
        assertThrows(IndexOutOfBoundsException.class, () -> acc.combine(1, GeneralizedEntropyAccumulator.theilT()));
    }
}
