package org.divide.bench.dynamics;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.divide.metrics.dynamics.BetaConvergence;
import org.divide.metrics.dynamics.BetaConvergenceResult;
import org.divide.metrics.dynamics.ChangeDecomposition;
import org.divide.metrics.dynamics.ChangeDecompositionResult;
import org.divide.metrics.dynamics.SigmaConvergence;
import org.divide.metrics.dynamics.SigmaConvergenceResult;
import org.divide.metrics.dynamics.TierScheme;
import org.divide.metrics.inequality.Measure;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Dynamics at country-data size: 200 economies, 60 years of lognormal values (a random walk in
 * logs) with populations, 7 income groups.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar 'dynamics' -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class DynamicsBenchmark {

    private static final int ECONOMIES = 200;
    private static final int YEARS = 60;

    private int[] years;
    private double[][] x;
    private double[][] pop;
    private String[] groups;
    private SigmaConvergence sigma;
    private ChangeDecomposition change;
    private TierScheme jenks;

    /** Draws the data (seeded). */
    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom rng = new SplittableRandom(1);
        years = new int[YEARS];
        x = new double[YEARS][ECONOMIES];
        pop = new double[YEARS][ECONOMIES];
        groups = new String[ECONOMIES];
        for (int i = 0; i < ECONOMIES; i++) {
            double level = rng.nextGaussian() * 1.2 + 8;
            double people = Math.exp(rng.nextGaussian() * 1.5 + 16);
            groups[i] = "g" + rng.nextInt(7);
            for (int t = 0; t < YEARS; t++) {
                level += 0.02 + 0.05 * rng.nextGaussian();
                people *= 1.01;
                x[t][i] = Math.exp(level);
                pop[t][i] = people;
            }
        }
        for (int t = 0; t < YEARS; t++) {
            years[t] = 1960 + t;
        }
        sigma = SigmaConvergence.of(Measure.gini());
        change = ChangeDecomposition.theilT();
        jenks = TierScheme.naturalBreaks(5);
    }

    /** @return the population-weighted Gini of 60 years and its trend */
    @Benchmark
    public SigmaConvergenceResult sigmaGiniWeighted() {
        return sigma.compute(years, x, pop);
    }

    /** @return the unweighted Gini of 60 years and its trend */
    @Benchmark
    public SigmaConvergenceResult sigmaGini() {
        return sigma.compute(years, x, null);
    }

    /** @return β-convergence of 200 economies over 59 years, unconditional */
    @Benchmark
    public BetaConvergenceResult beta() {
        return BetaConvergence.estimate(x[0], x[YEARS - 1], YEARS - 1);
    }

    /** @return β-convergence of 200 economies, population-weighted and conditional on 7 groups */
    @Benchmark
    public BetaConvergenceResult betaConditionalWeighted() {
        return BetaConvergence.estimate(x[0], x[YEARS - 1], YEARS - 1, pop[0], groups);
    }

    /** @return the Mookherjee–Shorrocks decomposition of the change of Theil T, 7 groups */
    @Benchmark
    public ChangeDecompositionResult changeTheilT() {
        return change.decompose(x[0], pop[0], groups, x[YEARS - 1], pop[YEARS - 1], groups);
    }

    /** @return Fisher–Jenks k = 5 breaks of 200 values */
    @Benchmark
    public double[] jenks5() {
        return jenks.cuts(x[YEARS - 1]);
    }
}
