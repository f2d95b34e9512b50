package org.divide.bench.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import org.divide.core.Indicator;
import org.divide.io.EconomyResolver;
import org.divide.io.ReadOptions;
import org.divide.io.ReadResult;

import org.divide.io.worldbank.WdiLongCsvReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading the WDI long-format population file ({@code wdi_SP.POP.TOTL.csv}: 17 394 rows, 264
 * economies and aggregates, 1960–2025, 557 kB) from memory into a panel: strict decoding, CSV
 * parsing, number and year checks, duplicate detection, and economy resolution through the World
 * Bank registry ({@code registry}) or none at all ({@code codesOnly}, every code kept as
 * written), which isolates the cost of parsing.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ReadWdi -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ReadWdiBenchmark {

    /** The file's bytes. */
    private byte[] file;
    /** The indicator of the file. */
    private Indicator population;
    /** Resolution through the World Bank registry (the default). */
    private ReadOptions registry;
    /** No resolution: codes kept as written. */
    private ReadOptions codesOnly;

    /**
     * Loads the file and the registry (so that its one-off loading is not measured).
     *
     * @throws IOException if the resource cannot be read
     */
    @Setup
    public void setup() throws IOException {
        try (InputStream in = ReadWdiBenchmark.class.getResourceAsStream(
                "/org/divide/testdata/wdi/wdi_SP.POP.TOTL.csv")) {
            if (in == null) {
                throw new IOException("benchmark resource wdi_SP.POP.TOTL.csv is missing");
            }
            file = in.readAllBytes();
        }
        population = Indicator.of("SP.POP.TOTL");
        registry = ReadOptions.defaults();
        codesOnly = ReadOptions.defaults().withResolver(EconomyResolver.none());
        read(registry);
    }

    /**
     * Reads with the registry.
     *
     * @return the result
     */
    @Benchmark
    public ReadResult registry() {
        return read(registry);
    }

    /**
     * Reads without economy resolution.
     *
     * @return the result
     */
    @Benchmark
    public ReadResult codesOnly() {
        return read(codesOnly);
    }

    private ReadResult read(ReadOptions options) {
        try {
            return WdiLongCsvReader.withDefaults().withIndicator(population).withOptions(options)
                    .read(new ByteArrayInputStream(file), "wdi");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
