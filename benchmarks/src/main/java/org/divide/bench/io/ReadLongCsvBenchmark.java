package org.divide.bench.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.divide.io.EconomyResolver;
import org.divide.io.ReadOptions;
import org.divide.io.ReadResult;

import org.divide.io.csv.CsvOptions;
import org.divide.io.csv.LongCsvReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
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
 * Reading a synthetic long-format CSV ({@code economy,indicator,year,value}; 1000 economies × 20
 * indicators × up to 50 years, values with 15–17 significant digits, about 35 bytes a row) from
 * memory into a panel, to measure throughput in MB/s as the row count grows. Economies are kept
 * as written ({@link EconomyResolver#none()}), so the cost is the reading itself.
 *
 * <p>{@link #read()} is the reader as users call it (the byte-level fast path, on all cores from
 * 8 MiB); {@link #general()} is the same read on the general path (Apache Commons CSV and
 * {@link Double#parseDouble}), which a header search ({@link CsvOptions#withHeaderAt}) selects —
 * the reader as it was before the fast path, measured in the same run. One-thread figures of the
 * fast path: run with {@code -jvmArgsAppend -XX:ActiveProcessorCount=1}.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ReadLongCsv -f 1 -wi 2 -i 3 -p rows=5000000
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx3g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class ReadLongCsvBenchmark {

    /** Number of data rows. */
    @Param({"100000", "1000000", "5000000"})
    public int rows;

    /** Values rounded to this many decimals, or -1 for Java's 15–17 significant digits. */
    @Param({"-1"})
    public int decimals;

    /** The file's bytes. */
    private byte[] file;
    /** The same bytes in a temporary file, for {@link #readFile()}. */
    private Path path;
    /** The reader, codes kept as written. */
    private LongCsvReader reader;
    /** The same reader on the general path. */
    private LongCsvReader generalReader;

    /** Generates the file (seeded, {@link LongCsvFile}). */
    @Setup
    public void setup() {
        file = LongCsvFile.bytes(rows, decimals);
        reader = LongCsvReader.withDefaults().withOptions(ReadOptions.defaults().withResolver(EconomyResolver.none()));
        generalReader = reader.withCsv(CsvOptions.defaults().withHeaderAt("economy"));
        path = BenchFiles.temporary(file);
    }

    /**
     * Reads the file.
     *
     * @return the result
     */
    @Benchmark
    public ReadResult read() {
        try {
            return reader.read(new ByteArrayInputStream(file), "synthetic");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the same bytes from a file, as a researcher's command does and as fread reads them:
     * streamed from the file chunk by chunk, never held whole.
     *
     * @return the result
     */
    @Benchmark
    public ReadResult readFile() {
        return BenchFiles.read(reader, path);
    }

    /**
     * Deletes the temporary file.
     *
     * @throws IOException if it cannot be deleted
     */
    @TearDown
    public void deleteFile() throws IOException {
        BenchFiles.delete(path);
    }

    /**
     * Reads the file on the general path (Commons CSV), as before the fast path.
     *
     * @return the result
     */
    @Benchmark
    public ReadResult general() {
        try {
            return generalReader.read(new ByteArrayInputStream(file), "synthetic");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The size of the generated file, for converting time to throughput.
     *
     * @return the number of bytes
     */
    public long bytes() {
        return file.length;
    }
}
