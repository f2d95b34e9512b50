package org.divide.bench.io;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.divide.io.EconomyResolver;
import org.divide.io.ReadOptions;
import org.divide.io.ReadResult;
import org.divide.io.csv.CoinrIDataReader;
import org.divide.io.csv.CsvOptions;
import org.divide.io.csv.CsvRow;
import org.divide.io.csv.CsvTable;
import org.divide.io.sdmx.SdmxCsvReader;
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
 * The general CSV path ({@link CsvTable}) on two generated files of about 10⁶ cells each, the shapes
 * of the readers that always take it: {@code sdmx}, SDMX-CSV 1.0 as the OECD writes it (16 columns,
 * 62 500 rows: 250 areas × 5 measures × 50 years, a label with a comma quoted) and {@code idata},
 * COINr's iData as R's {@code write.csv} writes it (text quoted; 50 columns, 20 000 rows: 1 000
 * units × 20 years, 46 indicators, one value in ten {@code NA}).
 * <ul>
 *   <li>{@link #read()}: the reader as users call it ({@code SdmxCsvReader} or
 *       {@code CoinrIDataReader}, codes kept as written) from the bytes into a panel;</li>
 *   <li>{@link #tableOnly()}: {@code CsvTable} alone, every field of every row looked at;</li>
 *   <li>{@link #fastCsvOnly()}: FastCSV ({@code de.siegmar:fastcsv}) splitting the same bytes into
 *       fields, the alternative to divide's own lexer.</li>
 * </ul>
 * Run on a jar built from the sources before and after a change of the lexer, in the same window,
 * to compare them.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar CsvTable -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class CsvTableBenchmark {

    /** The shape of the file: {@code sdmx} or {@code idata}. */
    @Param({"sdmx", "idata"})
    public String shape;

    private byte[] file;
    private ReadOptions codesOnly;

    /** Generates the file. */
    @Setup
    public void setup() {
        file = (shape.equals("sdmx") ? sdmx() : idata()).getBytes(StandardCharsets.UTF_8);
        codesOnly = ReadOptions.defaults().withResolver(EconomyResolver.none());
    }

    /**
     * The whole read into a panel.
     *
     * @return the result
     * @throws IOException never (the bytes are in memory)
     */
    @Benchmark
    public ReadResult read() throws IOException {
        ByteArrayInputStream in = new ByteArrayInputStream(file);
        return shape.equals("sdmx") ? SdmxCsvReader.withDefaults().withOptions(codesOnly).read(in, "bench.csv")
                : CoinrIDataReader.withDefaults().withOptions(codesOnly).read(in, "bench.csv");
    }

    /**
     * {@code CsvTable} alone: every row, every field.
     *
     * @return the sum of the lengths of all fields
     * @throws IOException never
     */
    @Benchmark
    public long tableOnly() throws IOException {
        long chars = 0;
        try (CsvTable table = CsvTable.open(new InputStreamReader(new ByteArrayInputStream(file),
                StandardCharsets.UTF_8), "bench.csv", CsvOptions.defaults())) {
            for (CsvRow row; (row = table.next()) != null; ) {
                for (int i = 0; i < row.size(); i++) {
                    chars += row.get(i).length();
                }
            }
        }
        return chars;
    }

    /**
     * FastCSV splitting the file into fields.
     *
     * @return the sum of the lengths of all fields
     */
    @Benchmark
    public long fastCsvOnly() {
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

    /** SDMX-CSV 1.0, the OECD's columns: 62 500 rows of 16 fields. */
    static String sdmx() {
        SplittableRandom random = new SplittableRandom(15);
        StringBuilder s = new StringBuilder(8_000_000);
        s.append("DATAFLOW,REF_AREA,FREQ,METHODOLOGY,MEASURE,UNIT_MEASURE,EXPENDITURE,ADJUSTMENT,TRANSFORMATION,"
                + "TIME_PERIOD,OBS_VALUE,OBS_STATUS,UNIT_MULT,BASE_PER,DURABILITY,DECIMALS\n");
        for (int area = 0; area < 250; area++) {
            String code = String.format(Locale.ROOT, "A%02d", area);
            for (int measure = 0; measure < 5; measure++) {
                for (int year = 1975; year < 2025; year++) {
                    s.append("OECD.SDD.TPS:DSD_G20_PRICES@DF_G20_PRICES(1.0),").append(code).append(",A,N,CPI")
                            .append(measure).append(",PA,\"_T, all items\",N,GY,").append(year).append(',')
                            .append(Math.round(random.nextDouble(-5, 30) * 1e4) / 1e4).append(",A,0,,,1\n");
                }
            }
        }
        return s.toString();
    }

    /** COINr iData as {@code write.csv} writes it: 20 000 rows of 50 fields. */
    static String idata() {
        SplittableRandom random = new SplittableRandom(15);
        StringBuilder s = new StringBuilder(12_000_000);
        s.append("\"uName\",\"uCode\",\"GDP_group\",\"EurAsia_group\",\"Time\"");
        for (int i = 1; i <= 45; i++) {
            s.append(",\"Ind").append(i).append('"');
        }
        s.append('\n');
        for (int unit = 0; unit < 1000; unit++) {
            String code = String.format(Locale.ROOT, "U%03d", unit);
            for (int year = 2001; year <= 2020; year++) {
                s.append("\"Unit ").append(unit).append("\",\"").append(code).append("\",\"")
                        .append("SMLX".charAt(unit % 4)).append("\",\"").append(unit % 2 == 0 ? "Europe" : "Asia")
                        .append("\",").append(year);
                for (int i = 1; i <= 45; i++) {
                    s.append(',');
                    if (random.nextInt(10) == 0) {
                        s.append("NA");
                    } else {
                        s.append(random.nextDouble() * 1000);
                    }
                }
                s.append('\n');
            }
        }
        return s.toString();
    }
}
