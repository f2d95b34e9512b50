package org.divide.bench.io.sdmx;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.divide.core.Economies;
import org.divide.core.Economy;
import org.divide.io.ReadOptions;
import org.divide.io.ReadResult;
import org.divide.io.sdmx.SdmxMlReader;
import org.divide.io.sdmx.SdmxOptions;
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
 * Streams a synthetic SDMX-ML 2.1 message of 10⁶ annual observations into a panel: 200 economies
 * (World Bank codes, resolved through the registry) × 50 indicators = 10 000 series of 100 years
 * each, written in {@code @Setup} as a structure-specific ({@code Series}/{@code Obs} attributes,
 * about 60 MB) or a generic ({@code SeriesKey}/{@code ObsDimension}/{@code ObsValue} elements,
 * about 190 MB) message. Throughput in MB/s is the file size divided by the time per read.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar org.divide.bench.io.sdmx
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
public class SdmxMlBenchmark {

    private static final int ECONOMIES = 200;
    private static final int INDICATORS = 50;
    private static final int YEARS = 100;

    /** The message kind: {@code structure-specific} or {@code generic}. */
    @Param({"structure-specific", "generic"})
    public String kind;

    private Path file;
    private SdmxOptions sdmx;
    private ReadOptions options;

    /**
     * Writes the message to a temporary file and prints its size.
     *
     * @throws IOException if the file cannot be written
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        List<Economy> economies = Economies.worldBank().classified().subList(0, ECONOMIES);
        file = Files.createTempFile("sdmx-bench-", ".xml");
        boolean generic = "generic".equals(kind);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            w.write(generic ? "<message:GenericData" : "<message:StructureSpecificData");
            w.write(" xmlns:message=\"http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message\""
                    + " xmlns:generic=\"http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/generic\">\n"
                    + "<message:Header><message:ID>BENCH</message:ID><message:Test>true</message:Test>"
                    + "<message:Structure structureID=\"BENCH\" dimensionAtObservation=\"TIME_PERIOD\"/>"
                    + "</message:Header>\n<message:DataSet structureRef=\"BENCH\">\n");
            for (Economy economy : economies) {
                for (int i = 0; i < INDICATORS; i++) {
                    String item = "IT" + i;
                    writeSeries(w, generic, economy.code(), item);
                }
            }
            w.write(generic ? "</message:DataSet></message:GenericData>\n"
                    : "</message:DataSet></message:StructureSpecificData>\n");
        }
        sdmx = SdmxOptions.defaults();
        options = ReadOptions.defaults();
        System.out.printf(Locale.ROOT, "%n%s: %d observations, %.1f MB%n", kind,
                (long) ECONOMIES * INDICATORS * YEARS, Files.size(file) / 1e6);
    }

    private static void writeSeries(Writer w, boolean generic, String area, String item) throws IOException {
        if (generic) {
            w.write("<generic:Series><generic:SeriesKey><generic:Value id=\"FREQ\" value=\"A\"/>"
                    + "<generic:Value id=\"REF_AREA\" value=\"" + area + "\"/><generic:Value id=\"ITEM\" value=\""
                    + item + "\"/></generic:SeriesKey><generic:Attributes><generic:Value id=\"UNIT_MULT\""
                    + " value=\"0\"/></generic:Attributes>\n");
        } else {
            w.write("<Series FREQ=\"A\" REF_AREA=\"" + area + "\" ITEM=\"" + item + "\" UNIT_MULT=\"0\">\n");
        }
        for (int y = 0; y < YEARS; y++) {
            int year = 1925 + y;
            String value = Double.toString((area.hashCode() & 0xffff) * 0.01 + y * 1.5 + item.length());
            if (generic) {
                w.write("<generic:Obs><generic:ObsDimension value=\"" + year + "\"/><generic:ObsValue value=\""
                        + value + "\"/><generic:Attributes><generic:Value id=\"OBS_STATUS\" value=\"A\"/>"
                        + "</generic:Attributes></generic:Obs>\n");
            } else {
                w.write("<Obs TIME_PERIOD=\"" + year + "\" OBS_VALUE=\"" + value + "\" OBS_STATUS=\"A\"/>\n");
            }
        }
        w.write(generic ? "</generic:Series>\n" : "</Series>\n");
    }

    /**
     * Deletes the file.
     *
     * @throws IOException if it cannot be deleted
     */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
    }

    /**
     * Reads the whole message into a panel.
     *
     * @return the result, so that the read is not eliminated
     * @throws IOException if reading fails
     */
    @Benchmark
    public ReadResult read() throws IOException {
        return SdmxMlReader.withDefaults().withSdmx(sdmx).withOptions(options).read(file);
    }
}
