package org.divide.bench.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.divide.core.Economies;
import org.divide.core.Economy;

/**
 * A synthetic file in the layout of the World Bank's WDI bulk download, the input of
 * {@link ReadWdiBulkBenchmark}, also written to a file so that other tools (data.table's
 * {@code fread}, {@code benchmarks/r/fread-wide.R}) read the very same bytes:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.divide.bench.io.WdiBulkFile 1498 /tmp/wdi-bulk.csv
 * </pre>
 *
 * <p><b>Layout</b>, as the real {@code API_<indicator>_DS2_en_csv_v2_<n>.csv} files (a copy is in
 * divide-io's test resources): a UTF-8 byte-order mark, the preamble
 * {@code "Data Source","World Development Indicators",} and {@code "Last Updated Date",...} each
 * followed by an empty line, the header
 * {@code "Country Name","Country Code","Indicator Name","Indicator Code","1960",...,"2024",},
 * then one row per economy and indicator; every field quoted, a trailing comma (an unnamed empty
 * last column), CRLF line ends, an empty field for a missing value.
 *
 * <p><b>Content</b> (seeded, {@link SplittableRandom} 2026): the 218 economies the World Bank
 * classifies and its 49 aggregates with three-character codes ({@code WLD}, {@code EAS}, …) from
 * divide's registry (real ISO3 codes and names, some with
 * commas such as {@code "Korea, Rep."} or accents such as {@code "Côte d’Ivoire"}), sorted by name
 * as the World Bank sorts them, each with {@code indicators} synthetic indicators
 * ({@code XX.Y<n>.ZS}, named {@code Synthetic indicator <n>, total (<unit>)}): 267 × 1 498 =
 * 399 966 rows for the issue's ≈ 400 000, 65 year columns (1960–2024). A quarter of the series are
 * empty; the others start in a random year (half of them from 1990 on), end in 2021–2024
 * and miss one year in ten: about 63 % of the cells are empty. Values are
 * printed as the World Bank prints them, to 15 significant digits ({@code 6767.55922942669}), or as
 * integers (counts) or to one decimal (rates), depending on the indicator.
 */
public final class WdiBulkFile {

    /** The first year column. */
    public static final int FIRST_YEAR = 1960;
    /** The last year column. */
    public static final int LAST_YEAR = 2024;
    /** The indicators per economy giving about 400 000 rows. */
    public static final int INDICATORS = 1498;

    private static final String[] UNITS = {"% of GDP", "current US$", "number", "per 1,000 people"};

    private WdiBulkFile() {
    }

    /**
     * The economies of the file: the classified economies and the aggregates of the registry,
     * sorted by name.
     *
     * @return the economies
     */
    public static List<Economy> economies() {
        Economies registry = Economies.worldBank();
        List<Economy> list = new ArrayList<>(registry.classified());
        for (Economy a : registry.aggregates()) {
            if (a.code().matches("[A-Z0-9]{3}")) {
                list.add(a); // the World Bank's own (WLD, EAS, ...), not the OWID ones
            }
        }
        list.sort(Comparator.comparing(Economy::name));
        return list;
    }

    /**
     * The file's bytes.
     *
     * @param indicators the number of indicators per economy
     * @return the UTF-8 bytes, byte-order mark and preamble included
     */
    public static byte[] bytes(int indicators) {
        List<Economy> economies = economies();
        StringBuilder s = new StringBuilder(economies.size() * indicators * 420);
        s.append('\uFEFF').append("\"Data Source\",\"World Development Indicators\",\r\n\r\n")
                .append("\"Last Updated Date\",\"2026-02-24\",\r\n\r\n")
                .append("\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",");
        for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
            s.append('"').append(y).append("\",");
        }
        s.append("\r\n");
        SplittableRandom random = new SplittableRandom(2026);
        char[] digits = new char[15];
        for (Economy e : economies) {
            for (int i = 0; i < indicators; i++) {
                int kind = i % 4;
                s.append('"').append(e.name()).append("\",\"").append(e.code()).append("\",\"Synthetic indicator ")
                        .append(i).append(", total (").append(UNITS[kind]).append(")\",\"XX.Y").append(i)
                        .append(".ZS\",");
                boolean empty = random.nextInt(4) == 0;
                int first = random.nextBoolean() ? FIRST_YEAR + random.nextInt(30) : 1990 + random.nextInt(25);
                int last = LAST_YEAR - random.nextInt(4);
                double magnitude = Math.pow(10, random.nextInt(kind == 1 ? 6 : 1, kind == 1 ? 13 : 3));
                for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
                    s.append('"');
                    if (!empty && y >= first && y <= last && random.nextInt(10) != 0) {
                        value(s, kind, magnitude * (0.1 + random.nextDouble()), random, digits);
                    }
                    s.append("\",");
                }
                s.append("\r\n");
            }
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Appends a value as the World Bank prints it for the indicator's kind. */
    private static void value(StringBuilder s, int kind, double v, SplittableRandom random, char[] digits) {
        if (kind == 2) {
            s.append(Math.round(v));
            return;
        }
        if (kind == 3) {
            s.append(Math.round(v * 10) / 10.0);
            return;
        }
        // 15 significant digits: the integer digits of v, then the decimals, trailing zeros dropped
        long mantissa = random.nextLong(100_000_000_000_000L, 1_000_000_000_000_000L);
        for (int k = 14; k >= 0; k--) {
            digits[k] = (char) ('0' + mantissa % 10);
            mantissa /= 10;
        }
        int whole = Math.max(1, Math.min(15, (int) Math.floor(Math.log10(v)) + 1));
        int end = 15;
        while (end > whole && digits[end - 1] == '0') {
            end--;
        }
        s.append(digits, 0, whole);
        if (end > whole) {
            s.append('.').append(digits, whole, end - whole);
        }
    }

    /**
     * Writes the file.
     *
     * @param args the number of indicators per economy ({@value #INDICATORS} for about 400 000
     *             rows) and the path
     * @throws IOException if writing fails
     */
    public static void main(String[] args) throws IOException {
        Files.write(Path.of(args[1]), bytes(Integer.parseInt(args[0])));
    }
}
