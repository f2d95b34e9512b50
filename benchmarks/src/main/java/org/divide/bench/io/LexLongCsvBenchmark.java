package org.divide.bench.io;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
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
 * The decision between FastCSV ({@code de.siegmar:fastcsv}) and divide's own byte-level lexer for
 * the long CSV fast path, on the file of {@link ReadLongCsvBenchmark}: {@link #fastCsvLexOnly()}
 * only splits the file into records and fields with FastCSV (a {@code String} per field, nothing
 * parsed or stored), {@link #fastCsvParse()} adds what divide's parsing phase does per row (a code
 * lookup for the economy and the indicator, the year, the value by FastDoubleParser) but stores
 * nothing, and {@link #divideFastPath()} is divide's whole read into a panel (lexing, interning the
 * codes, parsing the numbers, then duplicate detection and the panel). FastCSV would be the better
 * base if {@link #fastCsvParse()} took less than the parsing phase of {@link #divideFastPath()}.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar LexLongCsv -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx3g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class LexLongCsvBenchmark {

    /** Number of data rows. */
    @Param({"5000000"})
    public int rows;

    private byte[] file;
    private LongCsvReader reader;

    /** Generates the file ({@link LongCsvFile}). */
    @Setup
    public void setup() {
        file = LongCsvFile.bytes(rows);
        reader = LongCsvReader.withDefaults().withOptions(ReadOptions.defaults().withResolver(EconomyResolver.none()));
    }

    /**
     * Splits the file into fields with FastCSV, summing the field lengths.
     *
     * @return the sum of the lengths of all fields
     */
    @Benchmark
    public long fastCsvLexOnly() {
        long chars = 0;
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(new ByteArrayInputStream(file),
                StandardCharsets.UTF_8)) {
            for (CsvRecord r : csv) {
                for (int i = 0; i < r.getFieldCount(); i++) {
                    chars += r.getField(i).length();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return chars;
    }

    /**
     * FastCSV with the per-row work of divide's parsing phase, nothing stored.
     *
     * @return a checksum of the handles, years and values
     */
    @Benchmark
    public double fastCsvParse() {
        Map<String, Integer> codes = new HashMap<>();
        double sum = 0;
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(new ByteArrayInputStream(file),
                StandardCharsets.UTF_8)) {
            boolean header = true;
            for (CsvRecord r : csv) {
                if (header) {
                    header = false;
                    continue;
                }
                int e = codes.computeIfAbsent(r.getField(0), k -> codes.size());
                int i = codes.computeIfAbsent(r.getField(1), k -> codes.size());
                int y = Integer.parseInt(r.getField(2));
                sum += e + i + y + JavaDoubleParser.parseDouble(r.getField(3));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sum;
    }

    /**
     * divide's whole read of the file into a panel, on the fast path.
     *
     * @return the result
     */
    @Benchmark
    public ReadResult divideFastPath() {
        try {
            return reader.read(new ByteArrayInputStream(file), "synthetic");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
