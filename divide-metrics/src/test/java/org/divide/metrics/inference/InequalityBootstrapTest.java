package org.divide.metrics.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import org.divide.metrics.inequality.Inequality;
import org.junit.jupiter.api.Test;

/** The bootstrap on the inequality facade's measures, as the class documentation shows it. */
class InequalityBootstrapTest {

    @Test
    void documentedExampleWithThePopulationWeightedGini() {
        SplittableRandom rng = new SplittableRandom(61);
        int n = 150;
        double[] gdpPerCapita = new double[n];
        double[] population = new double[n];
        for (int i = 0; i < n; i++) {
            gdpPerCapita[i] = 10_000 * Math.exp(rng.nextGaussian());
            population[i] = 1e6 * Math.exp(2 * rng.nextGaussian());
        }
        BootstrapInterval ci = Bootstrap.withDefaults()
                .withReplicates(2000).withSeed(42).withConfidence(0.95).withMethod(IntervalMethod.BCA)
                .interval(Inequality::gini, gdpPerCapita, population);
        assertEquals(Inequality.gini(gdpPerCapita, population), ci.estimate(), 0);
        assertEquals(IntervalMethod.BCA, ci.method());
        assertTrue(ci.lower() < ci.estimate() && ci.estimate() < ci.upper(), ci.toString());
        assertTrue(ci.lower() > 0 && ci.upper() < 1, ci.toString());

        ForkJoinPool one = new ForkJoinPool(1);
        ForkJoinPool four = new ForkJoinPool(4);
        try {
            Bootstrap b = Bootstrap.withDefaults().withReplicates(500).withSeed(42);
            assertEquals(b.withExecutor(one).interval(Inequality::theilT, gdpPerCapita, population),
                    b.withExecutor(four).interval(Inequality::theilT, gdpPerCapita, population));
        } finally {
            one.shutdown();
            four.shutdown();
        }
    }

    @Test
    void bootstrapAndJackknifeStandardErrorsOfTheGiniAgree() {
        // two independent estimates of the same standard error: they agree to their own noise
        // (the jackknife SE of a smooth statistic is consistent; B = 2000 gives about 1.6%)
        SplittableRandom rng = new SplittableRandom(62);
        double[] x = new double[500];
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.exp(rng.nextGaussian());
        }
        BootstrapInterval ci = Bootstrap.withDefaults().interval(Inequality::gini, x);
        double jackknife = Jackknife.standardError(Jackknife.values(Inequality::gini, x, null));
        assertEquals(jackknife, ci.standardError(), 0.15 * jackknife, ci.toString());
        assertTrue(ci.contains(ci.estimate()), ci.toString());
    }
}
