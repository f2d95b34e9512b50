package org.divide.metrics.uncertainty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

/** The same seed gives bit-identical results on any executor; another seed gives others. */
class DeterminismTest {

    private static final UncertaintyAnalysis BASE = UncertaintyAnalysis.withDefaults().withSamples(256)
            .withBootstrap(200).withSeed(42);

    /** A model whose cost varies from run to run, so threads finish out of order. */
    private static final Model UNEVEN = x -> {
        double s = 0;
        int spins = (int) (x[0] * 300);
        for (int i = 0; i < spins; i++) {
            s += Math.sin(i * x[1]);
        }
        return new double[] {TestModels.ISHIGAMI.evaluate(x)[0], s * 1e-9 + x[2], x[0] * x[1]};
    };

    @Test
    void sameSeedSameBitsOnOneOrManyThreads() {
        ForkJoinPool one = new ForkJoinPool(1);
        ForkJoinPool four = new ForkJoinPool(4);
        ExecutorService fixed = Executors.newFixedThreadPool(4);
        try {
            for (SamplingMethod m : SamplingMethod.values()) {
                UncertaintyAnalysis o = BASE.withSampling(m);
                SensitivityResult reference = o.withExecutor(Runnable::run).sobol(UNEVEN, TestModels.ishigamiInputs());
                assertEquals(reference, o.withExecutor(one).sobol(UNEVEN, TestModels.ishigamiInputs()));
                assertEquals(reference, o.withExecutor(four).sobol(UNEVEN, TestModels.ishigamiInputs()));
                assertEquals(reference, o.withExecutor(fixed).sobol(UNEVEN, TestModels.ishigamiInputs()));
                assertEquals(reference, o.sobol(UNEVEN, TestModels.ishigamiInputs()));
                UncertaintyResult mc = o.withExecutor(Runnable::run).monteCarlo(UNEVEN, TestModels.ishigamiInputs());
                assertEquals(mc, o.withExecutor(four).monteCarlo(UNEVEN, TestModels.ishigamiInputs()));
                assertEquals(mc, o.monteCarlo(UNEVEN, TestModels.ishigamiInputs()));
                for (int k = 0; k < 3; k++) {
                    assertArrayEquals(reference.runs().outputColumn(k),
                            o.withExecutor(fixed).sobol(UNEVEN, TestModels.ishigamiInputs()).runs().outputColumn(k));
                }
            }
        } finally {
            one.shutdown();
            four.shutdown();
            fixed.shutdown();
        }
    }

    @Test
    void anotherSeedGivesAnotherDesignAndBootstrap() {
        for (SamplingMethod m : SamplingMethod.values()) {
            UncertaintyAnalysis o = BASE.withSampling(m);
            SensitivityResult a = o.sobol(TestModels.ISHIGAMI, TestModels.ishigamiInputs());
            SensitivityResult b = o.withSeed(43).sobol(TestModels.ISHIGAMI, TestModels.ishigamiInputs());
            assertNotEquals(a, b, m::toString);
            SobolIndex x = a.output(0).index(0);
            SobolIndex y = b.output(0).index(0);
            assertNotEquals(x.firstLower(), y.firstLower(), m::toString);
            if (m == SamplingMethod.SOBOL) {
                // the plain sequence does not depend on the seed; only the bootstrap does
                assertEquals(a.runs(), b.runs());
                assertEquals(x.firstOrder(), y.firstOrder());
            } else {
                assertNotEquals(a.runs(), b.runs(), m::toString);
                assertNotEquals(x.firstOrder(), y.firstOrder(), m::toString);
            }
        }
    }

    /** The run layout: A, B, then A with one column from B per varying input. */
    @Test
    void runLayout() {
        int n = 8;
        SensitivityResult r = BASE.withSamples(n).withBootstrap(0).sobol(x -> x.clone(),
                List.of(Input.uniform("p", 0, 1), Input.choice("fixed", 1), Input.choice("q", 3)));
        RunMatrix runs = r.runs();
        assertEquals(n * 4, runs.runs());
        for (int j = 0; j < n; j++) {
            double[] a = runs.inputs(j);
            double[] b = runs.inputs(n + j);
            assertArrayEquals(a, runs.outputs(j));
            assertArrayEquals(new double[] {b[0], a[1], a[2]}, runs.inputs(2 * n + j));
            assertArrayEquals(new double[] {a[0], a[1], b[2]}, runs.inputs(3 * n + j));
            assertEquals(0.0, a[1]);
            assertTrue(a[2] == 0 || a[2] == 1 || a[2] == 2);
            assertEquals(runs.input(3 * n + j, 2), b[2]);
        }
        assertEquals("matrix A, row 3", runs.label(3));
        assertEquals("matrix B, row 0", runs.label(n));
        assertEquals("matrix A_B for input q, row 1", runs.label(3 * n + 1));
    }

    /** The design is a permutation-free function of the seed: the listener sees every run once. */
    @Test
    void progressReachesTheTotal() {
        List<RunProgress> seen = Collections.synchronizedList(new ArrayList<>());
        SensitivityResult r = BASE.withProgress(seen::add).sobol(TestModels.ISHIGAMI, TestModels.ishigamiInputs());
        RunProgress last = seen.get(seen.size() - 1);
        assertEquals(r.runs().runs(), last.done());
        assertEquals(r.runs().runs(), last.total());
        assertEquals(1.0, last.fraction());
        assertTrue(last.remaining().isZero());
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i).done() > seen.get(i - 1).done());
            assertFalse(seen.get(i).elapsed().compareTo(seen.get(i - 1).elapsed()) < 0);
        }
        assertTrue(seen.size() <= 256);
    }
}
