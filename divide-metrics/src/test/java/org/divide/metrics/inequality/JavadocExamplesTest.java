package org.divide.metrics.inequality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;

/** The code examples of the package's Javadoc, compiled and run. */
class JavadocExamplesTest {

    private final double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    private final double[] w = {5, 1, 2, 3, 4, 5, 6, 1, 2, 3};
    private final String[] regions = {"A", "A", "A", "A", "A", "B", "B", "B", "B", "B"};

    @Test
    void measureExample() {
        GeneralizedEntropy theil = Measure.theilT();
        double t = theil.compute(x, w);
        Estimate e = Measure.theilL()
                .withOptions(InequalityOptions.withDefaults().withNonPositivePolicy(NonPositivePolicy.DROP))
                .evaluate(x, w);
        Decomposition d = theil.decompose(x, w, regions);
        assertEquals(Inequality.theilT(x, w), t);
        assertEquals(0, e.droppedNonPositive());
        assertEquals(t, d.total(), 1e-15);
    }

    @Test
    void optionsExample() {
        InequalityOptions o = InequalityOptions.withDefaults()
                .withSmallSampleCorrection(SmallSampleCorrection.EFFECTIVE_SAMPLE_SIZE)
                .withNonPositivePolicy(NonPositivePolicy.DROP);
        double g = Measure.gini().withOptions(o).compute(x, w);
        double sum = 0;
        double squares = 0;
        for (double v : w) {
            sum += v;
            squares += v * v;
        }
        assertEquals(Inequality.gini(x, w) / (1 - squares / (sum * sum)), g, 1e-15);
    }

    @Test
    void streamingExamples() {
        double t = DoubleStream.of(x).parallel().collect(GeneralizedEntropyAccumulator::theilT,
                GeneralizedEntropyAccumulator::accept, GeneralizedEntropyAccumulator::combine).getAsDouble();
        assertEquals(Inequality.theilT(x), t, 1e-15);

        GroupedEntropyAccumulator acc = GroupedEntropyAccumulator.create(1, "Africa", "Asia", "Europe");
        double[] income = {1, 2, 3, 4, 5, 6};
        double[] population = {10, 20, 5, 5, 7, 1};
        int[] regionIndex = {0, 0, 1, 1, 2, 2};
        for (int i = 0; i < income.length; i++) {
            acc.accept(regionIndex[i], income[i], population[i]);
        }
        Decomposition d = acc.decomposition();
        assertEquals(Inequality.theilT(income, population), d.total(), 1e-15);
        assertEquals(d.total(), d.within() + d.between(), 1e-15);
    }

    @Test
    void weightedMeasureExample() {
        WeightedMeasure gini = Inequality::gini;
        assertEquals(Inequality.gini(x, w), gini.compute(x, w));
    }
}
