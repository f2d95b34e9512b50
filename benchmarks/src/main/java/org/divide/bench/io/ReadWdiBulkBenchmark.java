package org.divide.bench.io;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.divide.io.ReadResult;
import org.divide.io.worldbank.WdiBulkCsvReader;
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
 * Reading a synthetic WDI bulk file ({@link WdiBulkFile}: 267 economies × {@code indicators}
 * indicators, 65 year columns, every field quoted, about 63 % of the cells empty; ≈ 400 000 rows
 * and 200 MB at the default 1 498 indicators) from memory into a panel with
 * {@link WdiBulkCsvReader}, economies resolved through the World Bank registry (the default).
 *
 * <p>{@link #read()} is the reader as users call it on a stream (the byte-level fast path of wide
 * CSV, on all cores from 8 MiB); {@link #general()} is the same read on the general path (Apache
 * Commons CSV and {@link Double#parseDouble}): the reader given characters, decoded strictly as
 * before the fast path, which is how a caller's {@link Reader} is read. One-thread figures of the
 * fast path: run with {@code -jvmArgsAppend -XX:ActiveProcessorCount=1}. fread on the same bytes:
 * {@code benchmarks/r/fread-wide.R}.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ReadWdiBulk -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class ReadWdiBulkBenchmark {

    /** Indicators per economy: 1 498 gives about 400 000 rows. */
    @Param({"1498"})
    public int indicators;

    /** The file's bytes. */
    private byte[] file;
    /** The same bytes in a temporary file, for {@link #readFile()}. */
    private Path path;
    /** The reader, without a country-metadata companion. */
    private WdiBulkCsvReader reader;

    /** Generates the file (seeded, {@link WdiBulkFile}). */
    @Setup
    public void setup() {
        file = WdiBulkFile.bytes(indicators);
        reader = WdiBulkCsvReader.withDefaults().withoutCountryMetadata();
        path = BenchFiles.temporary(file);
    }

    /**
     * Reads the file from a stream (the fast path).
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
     * Reads the file from characters on the general path (Commons CSV), as before the fast path.
     *
     * @return the result
     */
    @Benchmark
    public ReadResult general() {
        Reader text = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(file),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        try {
            return reader.read(text, "synthetic");
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
