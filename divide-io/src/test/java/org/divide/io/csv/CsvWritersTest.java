package org.divide.io.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleFunction;
import org.divide.core.Economy;
import org.divide.core.Indicator;
import org.divide.core.Panel;
import org.divide.io.EconomyResolver;
import org.divide.io.ReadOptions;
import org.divide.io.internal.NumberText;
import org.divide.io.internal.Values;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The byte-level CSV writers against the writers they replace ({@link LegacyCsvWriter}, Apache
 * Commons CSV): the same text for awkward codes, delimiters and quote characters; and round trips
 * through the readers, bit for bit.
 */
class CsvWritersTest {

    /** Codes that need quoting, neutralising or more than one byte a character. */
    private static final List<String> AWKWARD = List.of("KEN", "C,D", "Q\"T", "=SUM(A1)", "-X", "#H", "Côte",
            "a\nb", "-5", "semi;colon", "tab\there", "dot.ted", "1E5", "@at", "'q", "x y", "日本");

    /** Values whose text JDK 17's {@code Double.toString} and the shortest digits agree on. */
    private static double agreeingValue(SplittableRandom random) {
        switch (random.nextInt(8)) {
            case 0:
                return Double.NaN;
            case 1:
                return random.nextInt(2_000_001) - 1_000_000;
            case 2:
                return Math.rint(random.nextDouble() * 1e6) / 100;
            case 3:
                return random.nextDouble() * 1e6;
            case 4:
                return new double[] {-0.0, 0.0, 1e-5, -3e-7, 1.5e-5, 1e-8, 1.25e-300, 1e21, 1.2345e22, 1e15,
                    123456789012345678.0, 12345678.5, 0.001, 1e7, 9.999999e6, Double.MIN_NORMAL}[random.nextInt(16)];
            case 5:
                return (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(30) - 20);
            case 6:
                return random.nextInt(1000) / 8.0;
            default:
                return random.nextGaussian();
        }
    }

    /** Any finite value or NaN. */
    private static double anyValue(SplittableRandom random) {
        if (random.nextInt(10) == 0) {
            return Double.NaN;
        }
        double v;
        do {
            v = Double.longBitsToDouble(random.nextLong());
        } while (!Double.isFinite(v));
        return random.nextBoolean() ? v : agreeingValue(random);
    }

    private static Panel panel(List<String> economies, List<String> indicators, int years, SplittableRandom random,
            boolean any) {
        Panel.Builder b = Panel.builder();
        for (String e : economies) {
            b.addEconomy(Economy.of(e, e));
        }
        for (String i : indicators) {
            b.addIndicator(Indicator.of(i));
        }
        for (String e : economies) {
            for (String i : indicators) {
                for (int y = 0; y < years; y++) {
                    b.put(e, i, 1990 + 2 * y, any ? anyValue(random) : agreeingValue(random));
                }
            }
        }
        return b.build();
    }

    private interface Writing {
        void write(Panel panel, Object target, CsvOptions csv) throws IOException;
    }

    private interface Legacy {
        void write(LegacyCsvWriter legacy, Panel panel) throws IOException;
    }

    private static void assertSameText(Panel panel, CsvOptions csv, DoubleFunction<String> format, Writing writing,
            Legacy legacy) throws IOException {
        StringWriter expected = new StringWriter();
        legacy.write(new LegacyCsvWriter(expected, csv, format), panel);
        StringWriter chars = new StringWriter();
        writing.write(panel, chars, csv);
        assertEquals(expected.toString(), chars.toString());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        writing.write(panel, bytes, csv);
        assertEquals(expected.toString(), bytes.toString(csv.charset()));
    }

    private static void assertAllShapes(Panel panel, CsvOptions csv, DoubleFunction<String> format)
            throws IOException {
        assertSameText(panel, csv, format, (p, t, o) -> {
            if (t instanceof StringWriter w) {
                LongCsv.write(p, w, o, MissingCells.OMIT);
            } else {
                LongCsv.write(p, (ByteArrayOutputStream) t, o, MissingCells.OMIT);
            }
        }, (l, p) -> l.writeLong(p, MissingCells.OMIT));
        assertSameText(panel, csv, format, (p, t, o) -> {
            if (t instanceof StringWriter w) {
                LongCsv.write(p, w, o, MissingCells.WRITE_EMPTY);
            } else {
                LongCsv.write(p, (ByteArrayOutputStream) t, o, MissingCells.WRITE_EMPTY);
            }
        }, (l, p) -> l.writeLong(p, MissingCells.WRITE_EMPTY));
        assertSameText(panel, csv, format, (p, t, o) -> {
            if (t instanceof StringWriter w) {
                WideCsv.writeYearsAcross(p, w, o);
            } else {
                WideCsv.writeYearsAcross(p, (ByteArrayOutputStream) t, o);
            }
        }, LegacyCsvWriter::writeYearsAcross);
        assertSameText(panel, csv, format, (p, t, o) -> {
            if (t instanceof StringWriter w) {
                WideCsv.writeIndicatorsAcross(p, w, o);
            } else {
                WideCsv.writeIndicatorsAcross(p, (ByteArrayOutputStream) t, o);
            }
        }, (l, p) -> l.writeIndicatorsAcross(p, 0, true));
        int year = panel.years()[1];
        assertSameText(panel, csv, format, (p, t, o) -> {
            if (t instanceof StringWriter w) {
                WideCsv.writeYear(p, year, w, o);
            } else {
                WideCsv.writeYear(p, year, (ByteArrayOutputStream) t, o);
            }
        }, (l, p) -> l.writeIndicatorsAcross(p, year, false));
    }

    private static final List<CsvOptions> OPTIONS = List.of(CsvOptions.defaults(),
            CsvOptions.defaults().withDelimiter(';'), CsvOptions.defaults().withDelimiter('\t'),
            CsvOptions.defaults().withDelimiter('.'), CsvOptions.defaults().withDelimiter('-'),
            CsvOptions.defaults().withDelimiter('§'), CsvOptions.defaults().withQuote('\''),
            CsvOptions.defaults().withQuote('1'), CsvOptions.defaults().withCharset(StandardCharsets.ISO_8859_1),
            CsvOptions.defaults().withCharset(StandardCharsets.UTF_16));

    @Test
    void sameTextAsCommonsCsvWithValuesFormat() throws IOException {
        SplittableRandom random = new SplittableRandom(1);
        for (CsvOptions csv : OPTIONS) {
            Charset charset = csv.charset();
            List<String> codes = charset.equals(StandardCharsets.ISO_8859_1) ? AWKWARD.subList(0, 16) : AWKWARD;
            Panel panel = panel(codes, codes.subList(0, 7), 5, random, false);
            assertAllShapes(panel, csv, Values::format);
        }
    }

    @Test
    void sameTextAsCommonsCsvForAnyValue() throws IOException {
        SplittableRandom random = new SplittableRandom(2);
        NumberText numbers = new NumberText();
        for (CsvOptions csv : OPTIONS.subList(0, 8)) {
            Panel panel = panel(AWKWARD, AWKWARD.subList(3, 9), 6, random, true);
            assertAllShapes(panel, csv, numbers::format);
        }
    }

    @Test
    void sameTextAsCommonsCsvAcrossBufferBoundaries() throws IOException {
        SplittableRandom random = new SplittableRandom(3);
        List<String> economies = new ArrayList<>();
        for (int e = 0; e < 2500; e++) {
            economies.add(AWKWARD.get(e % AWKWARD.size()) + e);
        }
        Panel panel = panel(economies, List.of("A", "B.C", "Dé"), 20, random, true);
        NumberText numbers = new NumberText();
        assertAllShapes(panel, CsvOptions.defaults(), numbers::format);
    }

    /** A panel above {@link RowBlocks#PARALLEL_CELLS}: blocks formatted on all cores, same text. */
    @Test
    void sameTextWhenFormattedInParallel() throws IOException {
        SplittableRandom random = new SplittableRandom(5);
        List<String> economies = new ArrayList<>();
        for (int e = 0; e < 1050; e++) {
            economies.add(e % 10 == 0 ? "=E" + e : "E" + e);
        }
        List<String> indicators = List.of("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N",
                "O", "P", "Q", "R", "S", "T");
        Panel panel = panel(economies, indicators, 50, random, true);
        assertEquals(true, (long) panel.economyCount() * panel.indicatorCount() * panel.yearCount()
                >= RowBlocks.PARALLEL_CELLS);
        NumberText numbers = new NumberText();
        assertSameText(panel, CsvOptions.defaults(), numbers::format, (p, t, o) -> {
            if (t instanceof StringWriter w) {
                LongCsv.write(p, w, o, MissingCells.WRITE_EMPTY);
            } else {
                LongCsv.write(p, (ByteArrayOutputStream) t, o, MissingCells.WRITE_EMPTY);
            }
        }, (l, p) -> l.writeLong(p, MissingCells.WRITE_EMPTY));
        assertSameText(panel, CsvOptions.defaults(), numbers::format, (p, t, o) -> {
            if (t instanceof StringWriter w) {
                WideCsv.writeIndicatorsAcross(p, w, o);
            } else {
                WideCsv.writeIndicatorsAcross(p, (ByteArrayOutputStream) t, o);
            }
        }, (l, p) -> l.writeIndicatorsAcross(p, 0, true));
    }

    /** Tables: numbers as the panel writers write them, infinities as {@code Values.format} does. */
    @Test
    void tablesWriteNumbersAsBefore() throws IOException {
        List<List<?>> rows = List.of(List.of("KEN", 0.41, 97, Double.POSITIVE_INFINITY),
                List.of("=NOR", Double.NaN, -3L, Double.NEGATIVE_INFINITY),
                java.util.Arrays.asList(null, 1e-5, 1.5f, -0.0));
        StringWriter out = new StringWriter();
        TableCsv.write(List.of("economy", "score", "rank", "ratio"), rows, out, CsvOptions.defaults());
        assertEquals("economy,score,rank,ratio\nKEN,0.41,97,Infinity\n'=NOR,,-3,-Infinity\n\"\",0.000010,1.5,-0\n",
                out.toString());
    }

    private static void assertSameBits(Panel expected, Panel actual) {
        assertEquals(expected.economies().stream().map(Economy::code).toList(),
                actual.economies().stream().map(Economy::code).toList());
        assertEquals(expected.indicators().stream().map(Indicator::code).toList(),
                actual.indicators().stream().map(Indicator::code).toList());
        assertArrayEquals(expected.years(), actual.years());
        for (int e = 0; e < expected.economyCount(); e++) {
            for (int i = 0; i < expected.indicatorCount(); i++) {
                for (int y = 0; y < expected.years().length; y++) {
                    long a = Double.doubleToRawLongBits(expected.value(e, i, y));
                    long b = Double.doubleToRawLongBits(actual.value(e, i, y));
                    if (a != b) {
                        throw new AssertionError(expected.economies().get(e).code() + " "
                                + expected.indicators().get(i).code() + " " + expected.years()[y] + ": wrote "
                                + expected.value(e, i, y) + ", read " + actual.value(e, i, y));
                    }
                }
            }
        }
    }

    @Test
    void roundTripsBitForBit(@TempDir Path dir) throws IOException {
        SplittableRandom random = new SplittableRandom(4);
        List<String> economies = new ArrayList<>();
        for (int e = 0; e < 400; e++) {
            economies.add(e % 7 == 0 ? "Q\"" + e + ",x" : e % 5 == 0 ? "Côte " + e : "E" + e);
        }
        Panel panel = panel(economies, List.of("IND.1", "GDP, PPP", "Gini"), 25, random, true);
        ReadOptions options = ReadOptions.defaults().withResolver(EconomyResolver.none());

        Path file = dir.resolve("long.csv");
        LongCsv.write(panel, file);
        assertSameBits(panel, LongCsvReader.withDefaults().withOptions(options).read(file).panel());

        ByteArrayOutputStream wide = new ByteArrayOutputStream();
        WideCsv.writeYearsAcross(panel, wide, CsvOptions.defaults());
        assertSameBits(panel, WideCsvReader.withDefaults().withLayout(WideLayout.yearsAcross("indicator"))
                .withOptions(options).read(new ByteArrayInputStream(wide.toByteArray()), "wide.csv").panel());

        ByteArrayOutputStream across = new ByteArrayOutputStream();
        WideCsv.writeIndicatorsAcross(panel, across, CsvOptions.defaults().withDelimiter(';'));
        assertSameBits(panel, WideCsvReader.withDefaults().withLayout(WideLayout.indicatorsAcross("year"))
                .withCsv(CsvOptions.defaults().withDelimiter(';')).withOptions(options)
                .read(new ByteArrayInputStream(across.toByteArray()), "across.csv").panel());

        Files.writeString(file, "");
        try (var out = Files.newOutputStream(file)) {
            LongCsv.write(panel, out, CsvOptions.defaults(), MissingCells.WRITE_EMPTY);
        }
        assertSameBits(panel, LongCsvReader.withDefaults().withOptions(options).read(file).panel());
    }
}
