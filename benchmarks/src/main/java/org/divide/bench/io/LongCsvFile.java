package org.divide.bench.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * The synthetic long CSV of {@link ReadLongCsvBenchmark} ({@code economy,indicator,year,value};
 * economy {@code E<row/1000>}, indicator {@code IND.<row/50 mod 20>}, year {@code 1970 + row mod 50},
 * value {@code nextDouble() * 1e6} of a {@link SplittableRandom} seeded 42, as Java prints it:
 * 15–17 significant digits; or rounded to a number of decimals, as data files usually hold), also
 * written to a file so that other tools (data.table's {@code fread}, {@code benchmarks/r/fread.R})
 * read the very same bytes:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.divide.bench.io.LongCsvFile 5000000 /tmp/long.csv [decimals]
 * </pre>
 */
public final class LongCsvFile {

    private LongCsvFile() {
    }

    /**
     * The file's bytes, values as Java prints them (15–17 significant digits).
     *
     * @param rows the number of data rows
     * @return the UTF-8 (ASCII) bytes, header included
     */
    public static byte[] bytes(int rows) {
        return bytes(rows, -1);
    }

    /**
     * The file's bytes.
     *
     * @param rows     the number of data rows
     * @param decimals the decimals values are rounded to, or -1 for none
     * @return the UTF-8 (ASCII) bytes, header included
     */
    public static byte[] bytes(int rows, int decimals) {
        double scale = decimals < 0 ? 1 : Math.pow(10, decimals);
        StringBuilder s = new StringBuilder(rows * 40).append("economy,indicator,year,value\n");
        SplittableRandom random = new SplittableRandom(42);
        for (int r = 0; r < rows; r++) {
            int year = 1970 + r % 50;
            int indicator = (r / 50) % 20;
            int economy = r / 1000;
            s.append('E').append(economy).append(",IND.").append(indicator).append(',').append(year).append(',')
                    .append(decimals < 0 ? random.nextDouble() * 1e6
                            : Math.rint(random.nextDouble() * 1e6 * scale) / scale)
                    .append('\n');
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Writes the file.
     *
     * @param args the number of rows, the path and optionally the decimals
     * @throws IOException if writing fails
     */
    public static void main(String[] args) throws IOException {
        Files.write(Path.of(args[1]), bytes(Integer.parseInt(args[0]), args.length > 2 ? Integer.parseInt(args[2]) : -1));
    }
}
