package org.divide.bench.inequality;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.divide.metrics.internal.numeric.Logarithm;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of the table-driven logarithm {@link Logarithm#ln(double)} against
 * {@link Math#log(double)} (a JVM intrinsic) and {@link StrictMath#log(double)}: the logarithms
 * of n lognormal(0, 1) values written to an array (n = 4096 stays in the L1 cache; n = 10⁶ reads
 * and writes 16 MB), and their plain sum, as the entropy sums use them.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar 'LogarithmBenchmark' -f 1 -wi 3 -i 5 -w 1 -r 1
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class LogarithmBenchmark {

    /** Number of values. */
    @Param({"4096", "1000000"})
    public int n;

    private double[] x;
    private double[] out;

    /** Draws the data (seeded). */
    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom rng = new SplittableRandom(1);
        x = new double[n];
        out = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = Math.exp(rng.nextGaussian());
        }
    }

    /** @return the logarithms by {@link Logarithm#ln(double)} */
    @Benchmark
    public double[] ln() {
        double[] a = x;
        double[] o = out;
        for (int i = 0; i < a.length; i++) {
            o[i] = Logarithm.ln(a[i]);
        }
        return o;
    }

    /** @return the logarithms by {@link Math#log(double)} */
    @Benchmark
    public double[] mathLog() {
        double[] a = x;
        double[] o = out;
        for (int i = 0; i < a.length; i++) {
            o[i] = Math.log(a[i]);
        }
        return o;
    }

    /** @return the logarithms by {@link StrictMath#log(double)} */
    @Benchmark
    public double[] strictMathLog() {
        double[] a = x;
        double[] o = out;
        for (int i = 0; i < a.length; i++) {
            o[i] = StrictMath.log(a[i]);
        }
        return o;
    }

    /** @return Σ x ln x by {@link Logarithm#ln(double)} (plain sum, two accumulators) */
    @Benchmark
    public double xLnXSum() {
        double[] a = x;
        double s0 = 0;
        double s1 = 0;
        int i = 0;
        for (; i + 1 < a.length; i += 2) {
            s0 += a[i] * Logarithm.ln(a[i]);
            s1 += a[i + 1] * Logarithm.ln(a[i + 1]);
        }
        for (; i < a.length; i++) {
            s0 += a[i] * Logarithm.ln(a[i]);
        }
        return s0 + s1;
    }

    /** @return Σ x ln x by {@link Math#log(double)} (plain sum, two accumulators) */
    @Benchmark
    public double xLnXSumMathLog() {
        double[] a = x;
        double s0 = 0;
        double s1 = 0;
        int i = 0;
        for (; i + 1 < a.length; i += 2) {
            s0 += a[i] * Math.log(a[i]);
            s1 += a[i + 1] * Math.log(a[i + 1]);
        }
        for (; i < a.length; i++) {
            s0 += a[i] * Math.log(a[i]);
        }
        return s0 + s1;
    }
}
