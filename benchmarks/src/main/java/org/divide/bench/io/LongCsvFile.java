package org.divide.bench.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
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

    private static final String HEADER = "economy,indicator,year,value\n";
    /** Rows formatted at a time when writing a file. */
    private static final int BLOCK = 100_000;

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
        StringBuilder s = new StringBuilder(rows * 40);
        rows(0, rows, decimals, s.append(HEADER));
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Appends rows {@code [from, to)}; the random values continue from row to row. */
    private static void rows(long from, long to, int decimals, StringBuilder s) {
        rows(from, to, decimals, s, new SplittableRandom(42));
    }

    private static void rows(long from, long to, int decimals, StringBuilder s, SplittableRandom random) {
        double scale = decimals < 0 ? 1 : Math.pow(10, decimals);
        for (long r = from; r < to; r++) {
            long year = 1970 + r % 50;
            long indicator = (r / 50) % 20;
            long economy = r / 1000;
            s.append('E').append(economy).append(",IND.").append(indicator).append(',').append(year).append(',')
                    .append(decimals < 0 ? random.nextDouble() * 1e6
                            : Math.rint(random.nextDouble() * 1e6 * scale) / scale)
                    .append('\n');
        }
    }

    /**
     * Writes the file, in blocks of rows, so that files beyond the 2 GiB of an array (10⁸ rows,
     * 3.6 GB) can be written.
     *
     * @param args the number of rows, the path and optionally the decimals
     * @throws IOException if writing fails
     */
    public static void main(String[] args) throws IOException {
        long rows = Long.parseLong(args[0]);
        int decimals = args.length > 2 ? Integer.parseInt(args[2]) : -1;
        SplittableRandom random = new SplittableRandom(42);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[1])), 1 << 20)) {
            out.write(HEADER.getBytes(StandardCharsets.US_ASCII));
            StringBuilder s = new StringBuilder();
            for (long from = 0; from < rows; from += BLOCK) {
                s.setLength(0);
                rows(from, Math.min(rows, from + BLOCK), decimals, s, random);
                out.write(s.toString().getBytes(StandardCharsets.US_ASCII));
            }
        }
    }
}
