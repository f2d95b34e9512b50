package org.divide.bench.io;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.divide.io.ReadOptions;
import org.divide.io.internal.DecimalToDouble;
import org.divide.io.internal.Values;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parsing the values of {@link LongCsvFile} (as Java prints {@code nextDouble() * 1e6}: 15–17
 * significant digits; or rounded to {@code decimals}) from text: {@link Double#parseDouble} of a
 * {@code String}, FastDoubleParser ({@link JavaDoubleParser}) and divide's own
 * {@link DecimalToDouble} (Clinger's fast path, Eisel–Lemire) on the bytes, and
 * {@link Values#number} (the general path of every CSV reader) on a {@code String}. Each invocation
 * parses the same {@value #COUNT} values (about 18 bytes each), so the score is per value.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ParseNumber -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class ParseNumberBenchmark {

    /** Values per invocation. */
    static final int COUNT = 4096;

    /** Values rounded to this many decimals, or -1 for Java's 15–17 significant digits. */
    @Param({"-1", "2"})
    public int decimals;

    /** The values' texts. */
    private String[] texts;
    /** The same texts as one byte array, one after the other. */
    private byte[] bytes;
    /** Where each text starts in {@link #bytes}, and where the last ends. */
    private int[] offsets;
    private ReadOptions options;

    /** Generates the values as {@link LongCsvFile} does (seed 42). */
    @Setup
    public void setup() {
        SplittableRandom random = new SplittableRandom(42);
        double scale = decimals < 0 ? 1 : Math.pow(10, decimals);
        texts = new String[COUNT];
        offsets = new int[COUNT + 1];
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < COUNT; i++) {
            double v = random.nextDouble() * 1e6;
            texts[i] = Double.toString(decimals < 0 ? v : Math.rint(v * scale) / scale);
            offsets[i] = all.length();
            all.append(texts[i]);
        }
        offsets[COUNT] = all.length();
        bytes = all.toString().getBytes(StandardCharsets.US_ASCII);
        options = ReadOptions.defaults();
    }

    /**
     * {@link Double#parseDouble} of each text.
     *
     * @return the sum of the values
     */
    @Benchmark
    @OperationsPerInvocation(COUNT)
    public double parseDouble() {
        double sum = 0;
        for (String t : texts) {
            sum += Double.parseDouble(t);
        }
        return sum;
    }

    /**
     * FastDoubleParser on each text's bytes.
     *
     * @return the sum of the values
     */
    @Benchmark
    @OperationsPerInvocation(COUNT)
    public double fastDoubleParser() {
        double sum = 0;
        for (int i = 0; i < COUNT; i++) {
            sum += JavaDoubleParser.parseDouble(bytes, offsets[i], offsets[i + 1] - offsets[i]);
        }
        return sum;
    }

    /**
     * divide's parser on each text's bytes (grammar check, digits, Clinger or Eisel–Lemire).
     *
     * @return the sum of the values
     */
    @Benchmark
    @OperationsPerInvocation(COUNT)
    public double decimalToDouble() {
        double sum = 0;
        for (int i = 0; i < COUNT; i++) {
            sum += DecimalToDouble.parse(bytes, offsets[i], offsets[i + 1]);
        }
        return sum;
    }

    /**
     * {@link Values#number} of each text (strip, grammar check, divide's parser on the text).
     *
     * @return the sum of the values
     */
    @Benchmark
    @OperationsPerInvocation(COUNT)
    public double valuesNumber() {
        double sum = 0;
        for (String t : texts) {
            sum += Values.number(t, options);
        }
        return sum;
    }
}
