package org.divide.metrics.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Degenerate cases give documented values; bad arguments and failing models give clear errors. */
class DegenerateAndErrorsTest {

    private static final UncertaintyAnalysis SMALL = UncertaintyAnalysis.withDefaults().withSamples(64)
            .withBootstrap(50);

    @Test
    void anInputWithOneChoiceHasZeroIndicesAndCostsNoRuns() {
        AtomicInteger calls = new AtomicInteger();
        Model m = x -> {
            calls.incrementAndGet();
            return new double[] {x[0] + x[1] * 10};
        };
        SensitivityResult r = SMALL.sobol(m, List.of(Input.uniform("x", 0, 1), Input.choice("one", 1),
                Input.uniform("fixed", 2, 2)));
        assertEquals(64 * 3, calls.get());
        assertEquals(64 * 3, r.runs().runs());
        for (String name : List.of("one", "fixed")) {
            SobolIndex s = r.output(0).index(name);
            assertEquals(new SobolIndex(name, 0, 0, 0, 0, 0, 0), s);
        }
        assertEquals(1, r.output(0).index("x").firstOrder(), 0.02); // estimator noise at N = 64
        assertTrue(Input.choice("one", 1).isConstant());
        assertTrue(!Input.choice("two", 2).isConstant());
    }

    @Test
    void aConstantOutputHasNaNIndices() {
        SensitivityResult r = SMALL.sobol(x -> new double[] {0.1 * 3, x[0]},
                List.of(Input.uniform("x", 0, 1), Input.choice("one", 1)));
        OutputSensitivity constant = r.output(0);
        assertEquals(0, constant.variance());
        assertEquals(0.1 * 3, constant.mean());
        assertTrue(Double.isNaN(constant.index("x").firstOrder()));
        assertTrue(Double.isNaN(constant.index("x").total()));
        assertTrue(Double.isNaN(constant.index("x").firstLower()));
        assertEquals(0, constant.index("one").total());
        assertEquals(1, r.output(1).index("x").total(), 0.02);
        assertEquals(0, r.distributions().get(0).standardDeviation());
    }

    @Test
    void aNaNOutputMakesIndicesNaNAndIsMissingInSummaries() {
        Model m = x -> new double[] {x[0] > 0.9 ? Double.NaN : x[0]};
        SensitivityResult r = SMALL.sobol(m, TestModels.unitInputs(2));
        assertTrue(Double.isNaN(r.output(0).index(0).firstOrder()));
        UncertaintyResult mc = SMALL.withSamples(1000).monteCarlo(m, TestModels.unitInputs(2));
        OutputDistribution d = mc.output(0);
        assertEquals(1000, d.count() + d.missing());
        assertTrue(d.missing() > 50 && d.missing() < 150, d::toString);
        assertTrue(d.max() <= 0.9);
        assertTrue(Double.isFinite(d.mean()));
    }

    @Test
    void badOptions() {
        UncertaintyAnalysis o = UncertaintyAnalysis.withDefaults();
        assertThrows(IllegalArgumentException.class, () -> o.withSamples(1));
        assertThrows(IllegalArgumentException.class, () -> o.withBootstrap(-1));
        assertThrows(IllegalArgumentException.class, () -> o.withConfidence(1));
        assertThrows(IllegalArgumentException.class, () -> o.withConfidence(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> o.withSampling(null));
        assertThrows(IllegalArgumentException.class, () -> o.withExecutor(null));
        assertThrows(IllegalArgumentException.class, () -> o.withProgress(null));
        assertThrows(IllegalArgumentException.class, () -> o.withCancellation(null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> o.withQuantiles(0.5, 1.5));
        assertEquals("probabilities[1] is outside [0, 1]: 1.5", e.getMessage());
        assertEquals(List.of(0.05, 0.95), Arrays.stream(o.quantiles()).boxed().toList());
        assertEquals(0.1, o.withQuantiles(0.9, 0.1).quantiles()[0]);
    }

    @Test
    void badInputs() {
        Model m = x -> x;
        assertThrows(IllegalArgumentException.class, () -> SMALL.sobol(m, List.of()));
        assertThrows(IllegalArgumentException.class, () -> SMALL.sobol(m, null));
        assertThrows(IllegalArgumentException.class, () -> SMALL.sobol(null, TestModels.unitInputs(1)));
        assertThrows(IllegalArgumentException.class, () -> SMALL.monteCarlo(m, Arrays.asList(Input.choice("a", 2), null)));
        IllegalArgumentException dup = assertThrows(IllegalArgumentException.class,
                () -> SMALL.sobol(m, List.of(Input.choice("a", 2), Input.choice("a", 3))));
        assertEquals("inputs[1] repeats the name a", dup.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Input.choice("a", 0));
        assertThrows(IllegalArgumentException.class, () -> Input.uniform("a", 1, 0));
        assertThrows(IllegalArgumentException.class, () -> Input.uniform("a", 0, Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> Input.uniform(" ", 0, 1));
        assertThrows(IllegalArgumentException.class, () -> Input.inverseCdf("a", null));
        Input log = Input.inverseCdf("log", Math::log);
        assertTrue(Double.isFinite(log.value(0)));
        assertThrows(IllegalArgumentException.class, () -> log.value(1));
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> SMALL.monteCarlo(m, List.of(Input.inverseCdf("bad", u -> u < 0.5 ? u : Double.NaN))));
        assertTrue(nan.getMessage().startsWith("input bad: the inverse CDF maps u = "), nan.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SMALL.sobol(m, TestModels.unitInputs(501)));
        assertEquals(64, SMALL.withSampling(SamplingMethod.PSEUDO_RANDOM).withBootstrap(0)
                .monteCarlo(x -> new double[] {x[0]}, TestModels.unitInputs(1001)).runs().runs());
    }

    @Test
    void mismatchedOutputLengthsNameTheRun() {
        Model m = x -> x[0] > 0.5 ? new double[2] : new double[3];
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SMALL.sobol(m, TestModels.unitInputs(2)));
        assertTrue(e.getMessage().matches("the model returned \\d outputs at run \\d+ \\(matrix .*, row \\d+\\) but "
                + "\\d at run 0"), e.getMessage());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> SMALL.monteCarlo(x -> new double[0], TestModels.unitInputs(1)));
        assertEquals("the model returned no outputs at run 0 (row 0)", none.getMessage());
        IllegalArgumentException nul = assertThrows(IllegalArgumentException.class,
                () -> SMALL.monteCarlo(x -> x[0] < 0.5 ? null : x, TestModels.unitInputs(1)));
        assertTrue(nul.getMessage().startsWith("the model returned null at run "), nul.getMessage());
    }

    @Test
    void aModelExceptionReachesTheCallerWithRunAndInputs() {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            ArithmeticException boom = new ArithmeticException("boom");
            Model m = x -> {
                if (x[1] == 2) {
                    throw boom;
                }
                return new double[] {x[0]};
            };
            List<Input> inputs = List.of(Input.uniform("w", 1, 5), Input.choice("norm", 3));
            for (UncertaintyAnalysis o : List.of(SMALL, SMALL.withExecutor(pool), SMALL.withExecutor(Runnable::run))) {
                IllegalStateException e = assertThrows(IllegalStateException.class, () -> o.sobol(m, inputs));
                assertSame(boom, e.getCause());
                assertTrue(e.getMessage().matches("the model failed at run \\d+ \\(matrix .*, row \\d+\\) with inputs "
                        + "\\[[0-9.]+, 2\\.0\\]: java.lang.ArithmeticException: boom"), e.getMessage());
            }
            // sequentially, the first failing run is the one reported
            IllegalStateException first = assertThrows(IllegalStateException.class,
                    () -> SMALL.withExecutor(Runnable::run).monteCarlo(m, inputs));
            UncertaintyResult design = SMALL.monteCarlo(x -> x.clone(), inputs);
            int r = 0;
            while (design.runs().input(r, 1) != 2) {
                r++;
            }
            assertTrue(first.getMessage().startsWith("the model failed at run " + r + " (row " + r + ")"),
                    first.getMessage());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void cancellationStopsTheRuns() {
        AtomicBoolean cancel = new AtomicBoolean();
        AtomicInteger calls = new AtomicInteger();
        Model m = x -> {
            if (calls.incrementAndGet() == 100) {
                cancel.set(true);
            }
            return new double[] {x[0]};
        };
        UncertaintyAnalysis o = UncertaintyAnalysis.withDefaults().withSamples(10_000).withCancellation(cancel::get);
        assertThrows(CancellationException.class, () -> o.monteCarlo(m, TestModels.unitInputs(2)));
        assertTrue(calls.get() < 10_000, "calls " + calls.get());
        cancel.set(false);
        calls.set(1000);
        assertEquals(10_000, o.monteCarlo(m, TestModels.unitInputs(2)).runs().runs());
    }

    @Test
    void aFailingListenerStopsTheAnalysis() {
        IllegalStateException boom = new IllegalStateException("listener");
        UncertaintyAnalysis o = SMALL.withProgress(p -> {
            throw boom;
        });
        assertSame(boom, assertThrows(IllegalStateException.class,
                () -> o.monteCarlo(x -> x.clone(), TestModels.unitInputs(1))));
    }

    @Test
    void resultsCopyTheirArrays() {
        double[] p = {0.1, 0.9};
        double[] q = {1, 2};
        OutputDistribution d = new OutputDistribution(2, 0, 1.5, 0.7, 1, 1.5, 2, p, q);
        p[0] = 0.5;
        d.quantiles()[0] = 7;
        assertEquals(1, d.quantile(0.1));
        assertThrows(IllegalArgumentException.class, () -> d.quantile(0.5));
        assertThrows(IllegalArgumentException.class, () -> new OutputDistribution(2, 0, 1, 1, 1, 1, 1, p, new double[1]));
        UncertaintyResult r = SMALL.monteCarlo(x -> x.clone(), TestModels.unitInputs(2));
        double[] column = r.runs().outputColumn(0);
        column[0] = -1;
        assertTrue(r.runs().output(0, 0) >= 0);
        assertThrows(IndexOutOfBoundsException.class, () -> r.runs().output(64, 0));
        assertThrows(UnsupportedOperationException.class, () -> r.inputs().add("z"));
    }
}
