package org.divide.bench.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.divide.io.EconomyResolver;
import org.divide.io.ReadOptions;
import org.divide.io.ReadResult;

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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading a synthetic long-format CSV ({@code economy,indicator,year,value}; 1000 economies × 20
 * indicators × up to 50 years, values with 15 significant digits, about 33 bytes a row) from
 * memory into a panel, to measure throughput in MB/s as the row count grows. Economies are kept
 * as written ({@link EconomyResolver#none()}), so the cost is the reading itself.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ReadLongCsv -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1500m"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class ReadLongCsvBenchmark {

    /** Number of data rows. */
    @Param({"100000", "1000000"})
    public int rows;

    /** The file's bytes. */
    private byte[] file;
    /** The reader, codes kept as written. */
    private LongCsvReader reader;

    /** Generates the file (seeded). */
    @Setup
    public void setup() {
        StringBuilder s = new StringBuilder(rows * 40).append("economy,indicator,year,value\n");
        SplittableRandom random = new SplittableRandom(42);
        for (int r = 0; r < rows; r++) {
            int year = 1970 + r % 50;
            int indicator = (r / 50) % 20;
            int economy = r / 1000;
            s.append('E').append(economy).append(",IND.").append(indicator).append(',').append(year).append(',')
                    .append(random.nextDouble() * 1e6).append('\n');
        }
        file = s.toString().getBytes(StandardCharsets.UTF_8);
        reader = LongCsvReader.withDefaults().withOptions(ReadOptions.defaults().withResolver(EconomyResolver.none()));
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
     * The size of the generated file, for converting time to throughput.
     *
     * @return the number of bytes
     */
    public long bytes() {
        return file.length;
    }
}
