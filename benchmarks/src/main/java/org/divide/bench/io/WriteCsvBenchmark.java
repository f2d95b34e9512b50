package org.divide.bench.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.divide.core.Economy;
import org.divide.core.Indicator;
import org.divide.core.Panel;
import org.divide.io.csv.CsvOptions;
import org.divide.io.csv.LongCsv;
import org.divide.io.csv.MissingCells;
import org.divide.io.csv.WideCsv;
import org.openjdk.jmh.annotations.AuxCounters;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Writing a synthetic panel of 10⁷ cells (10 000 economies × 20 indicators × 50 years; values
 * {@code nextDouble() * 1e6} of a {@link SplittableRandom} seeded 42, 15–17 significant digits,
 * one cell in 50 missing) as long CSV ({@code economy,indicator,year,value}, missing cells omitted)
 * and as wide CSV ({@code economy,indicator,<years>}, the World Bank's shape), into an
 * {@link OutputStream} that counts and discards the bytes and into a file.
 *
 * <p>The benchmarks run in throughput mode and count the bytes written in the auxiliary counter
 * {@code bytes}: its score, in bytes per second, divided by 10⁶ is the throughput in MB/s (about
 * 385 MB for the long file, 200 MB for the wide one). The {@code writer*} variants write through
 * the {@link Writer} overloads (a {@link BufferedWriter} over UTF-8), the {@code stream*} ones
 * through the {@link OutputStream} overloads, the {@code file*} ones into a file through
 * {@link LongCsv#write(Panel, Path)} and {@link Files#newOutputStream} (a page-cache write, so it
 * measures the writer more than the disk).
 *
 * <p>Panels of 2²⁰ cells and more are formatted on all cores; one-thread figures: run with
 * {@code -jvmArgsAppend -XX:ActiveProcessorCount=1}.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar WriteCsv -f 1 -wi 2 -i 3
 * java -jar benchmarks/target/benchmarks.jar WriteCsv -f 1 -wi 2 -i 3 -jvmArgsAppend -XX:ActiveProcessorCount=1
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class WriteCsvBenchmark {

    /** Number of economies (× 20 indicators × 50 years cells). */
    @Param({"10000"})
    public int economies;

    /** The panel written. */
    private Panel panel;
    /** The file written to. */
    private Path file;

    /** Bytes written, reported by JMH as bytes per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Bytes {
        /** Bytes written in this iteration. */
        public long bytes;

        /** Resets the count for each iteration. */
        @Setup(Level.Iteration)
        public void reset() {
            bytes = 0;
        }
    }

    /** Builds the panel (seeded) and creates the file. */
    @Setup
    public void setup() {
        panel = panel(economies, 20, 50);
        try {
            file = Files.createTempFile("divide-write", ".csv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the file. */
    @TearDown
    public void tearDown() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The synthetic panel.
     *
     * @param economyCount   the number of economies, coded {@code E0, E1, ...}
     * @param indicatorCount the number of indicators, coded {@code IND.0, IND.1, ...}
     * @param yearCount      the number of years from 1970
     * @return the panel
     */
    public static Panel panel(int economyCount, int indicatorCount, int yearCount) {
        Panel.Builder b = Panel.builder();
        for (int e = 0; e < economyCount; e++) {
            b.addEconomy(Economy.of("E" + e, "Economy " + e));
        }
        SplittableRandom random = new SplittableRandom(42);
        double[] column = new double[economyCount];
        for (int i = 0; i < indicatorCount; i++) {
            b.addIndicator(Indicator.of("IND." + i));
            for (int y = 0; y < yearCount; y++) {
                for (int e = 0; e < economyCount; e++) {
                    double v = random.nextDouble() * 1e6;
                    column[e] = random.nextInt(50) == 0 ? Double.NaN : v;
                }
                b.putColumn("IND." + i, 1970 + y, column);
            }
        }
        return b.build();
    }

    /**
     * Long CSV into a counting stream, through the {@link Writer} overload.
     *
     * @param count the byte counter
     * @return the bytes written
     * @throws IOException never
     */
    @Benchmark
    public long writerLong(Bytes count) throws IOException {
        Counting out = new Counting();
        try (Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
            LongCsv.write(panel, w, CsvOptions.defaults(), MissingCells.OMIT);
        }
        count.bytes += out.count;
        return out.count;
    }

    /**
     * Wide CSV (years across) into a counting stream, through the {@link Writer} overload.
     *
     * @param count the byte counter
     * @return the bytes written
     * @throws IOException never
     */
    @Benchmark
    public long writerWide(Bytes count) throws IOException {
        Counting out = new Counting();
        try (Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
            WideCsv.writeYearsAcross(panel, w, CsvOptions.defaults());
        }
        count.bytes += out.count;
        return out.count;
    }

    /**
     * Long CSV into a counting stream, through the {@link OutputStream} overload.
     *
     * @param count the byte counter
     * @return the bytes written
     * @throws IOException never
     */
    @Benchmark
    public long streamLong(Bytes count) throws IOException {
        Counting out = new Counting();
        LongCsv.write(panel, out, CsvOptions.defaults(), MissingCells.OMIT);
        count.bytes += out.count;
        return out.count;
    }

    /**
     * Wide CSV (years across) into a counting stream, through the {@link OutputStream} overload.
     *
     * @param count the byte counter
     * @return the bytes written
     * @throws IOException never
     */
    @Benchmark
    public long streamWide(Bytes count) throws IOException {
        Counting out = new Counting();
        WideCsv.writeYearsAcross(panel, out, CsvOptions.defaults());
        count.bytes += out.count;
        return out.count;
    }

    /**
     * Long CSV into a file ({@link LongCsv#write(Panel, Path)}).
     *
     * @param count the byte counter
     * @return the bytes written
     * @throws IOException if writing fails
     */
    @Benchmark
    public long fileLong(Bytes count) throws IOException {
        LongCsv.write(panel, file);
        long size = Files.size(file);
        count.bytes += size;
        return size;
    }

    /**
     * Wide CSV (years across) into a file.
     *
     * @param count the byte counter
     * @return the bytes written
     * @throws IOException if writing fails
     */
    @Benchmark
    public long fileWide(Bytes count) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            WideCsv.writeYearsAcross(panel, out, CsvOptions.defaults());
        }
        long size = Files.size(file);
        count.bytes += size;
        return size;
    }

    /** An output stream that counts the bytes and discards them. */
    static final class Counting extends OutputStream {
        /** Bytes seen. */
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
