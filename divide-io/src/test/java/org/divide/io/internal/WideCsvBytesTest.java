package org.divide.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.divide.core.Indicator;
import org.divide.io.EconomyResolver;
import org.divide.io.Fixtures;
import org.divide.io.ReadOptions;
import org.divide.io.ReadResult;
import org.divide.io.UnmatchedPolicy;
import org.divide.io.csv.CsvOptions;
import org.divide.io.csv.WideCsvReader;
import org.divide.io.csv.WideLayout;
import org.divide.io.worldbank.WdiBulkCsvReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast path of wide CSV ({@link WideCsvBytes}) gives the general path's result on the files it
 * takes — bit for bit, on any number of threads and chunk size — and declines on the others, for
 * which the readers give the general path's result or message.
 */
class WideCsvBytesTest {

    private static final ReadOptions CODES = ReadOptions.defaults().withResolver(EconomyResolver.none());
    private static final WideLayout YEARS = WideLayout.yearsAcross("indicator");
    private static final WideLayout BULK = WideLayout.yearsAcross("Indicator Code").withEconomy("Country Code")
            .withEconomyName("Country Name").withIndicatorName("Indicator Name");
    private static final String[] WDI_FILES = {"worldbank/API_NY.GDP.PCAP.CD_DS2_en_csv_v2_46.csv",
        "fuzz/WdiBulkFuzzTestInputs/fuzz/API_SP.DYN.LE00.IN_head.csv",
        "fuzz/WdiBulkFuzzTestInputs/fuzz/API_NY.GDP.PCAP.CD_head.csv"};

    /** The fast path's result on one thread, or {@code null} when it declines. */
    private static ReadResult fast(String text, WideLayout layout, String headerStart, ReadOptions options) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        return WideCsvBytes.read(b, b.length, "t.csv", layout, WideCsvBytes.Reading.plain(headerStart), options, 1);
    }

    private static WideCsvReader reader(WideLayout layout, String headerStart, ReadOptions options) {
        return WideCsvReader.withDefaults().withLayout(layout).withOptions(options)
                .withCsv(headerStart == null ? CsvOptions.defaults() : CsvOptions.defaults().withHeaderAt(headerStart));
    }

    /** The general path's result (a reader is never given to the fast path), or its message. */
    private static Object general(String text, WideLayout layout, String headerStart, ReadOptions options) {
        try {
            return reader(layout, headerStart, options).read(new StringReader(text), "t.csv");
        } catch (IOException e) {
            return e.getMessage();
        }
    }

    /** What reading the bytes as a stream gives (the fast path first), or its message. */
    private static Object stream(String text, WideLayout layout, String headerStart, ReadOptions options) {
        try {
            return reader(layout, headerStart, options)
                    .read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.csv");
        } catch (IOException e) {
            return e.getMessage();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "economy,indicator,2020,2021\nFRA,GDP,1.5,2\nDEU,GDP,,3\nFRA,POP,-3e5,NA\n",
        "economy,indicator,2020,2021\r\nFRA,GDP,1.5,2\r\n\r\nDEU,GDP,.25,\r\n",
        "\n\neconomy,indicator,2020,2021\nFRA,GDP,1.5,2\n",
        "\uFEFF\"economy\",\"indicator\",\"2020\",\"2021\",\r\n\"FRA\",\"GDP, real\",\"1.5\",\"\",\r\n\n",
        "Economy , INDICATOR,name,1999,x,2001\nFRA, GDP ,a,0.1,x,\nDEU,GDP,b,,y,2\nFRA,POP,c,1e3,z,2",
        "economy,indicator,2020,2021\nCÔT,PIB \u2014 é,1,2\n\u4e2d\u56fd,\uD83D\uDE00,3,4\n",
        "economy,indicator,2020\nFRA,GDP,12345678901234567890123\nDEU,GDP,4.9e-324\nITA,GDP,-0\n",
    })
    void yearsAcrossFilesGiveTheGeneralPathsResult(String text) {
        for (ReadOptions options : new ReadOptions[] {CODES, ReadOptions.defaults(), CODES.withLenient(true)}) {
            ReadResult r = fast(text, YEARS, null, options);
            assertNotNull(r, text);
            assertEquals(general(text, YEARS, null, options), r);
            assertEquals(r, stream(text, YEARS, null, options));
        }
    }

    /**
     * A second record of a cell, even an equal one or a missing value after a value, is left to the
     * general path, which accepts it with a debug line; the reader's result is the same.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "Economy , INDICATOR,name,1999,x,2001\nFRA, GDP ,a,0.1,x,\nFRA,GDP,b,,y,2\nFRA,POP,c,1e3,z,2",
        "economy,indicator,2020\nFRA,GDP,1.5\nFRA,GDP,1.5\nFRA,GDP,\n",
        "\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",\"2020\",\r\n"
            + "\"Korea, Rep.\",\"KOR\",\"GDP\",\"NY.GDP\",\"2\",\r\n\"Korea, Rep.\",\"KOR\",\"Other\",\"NY.GDP \",\"2\",\r\n",
    })
    void repeatedCellsTakeTheGeneralPathWithTheSameResult(String text) {
        WideLayout layout = text.startsWith("\"Country") ? BULK : YEARS;
        for (ReadOptions options : new ReadOptions[] {CODES, ReadOptions.defaults()}) {
            assertNull(fast(text, layout, null, options), text);
            Object general = general(text, layout, null, options);
            assertTrue(general instanceof ReadResult, String.valueOf(general));
            assertEquals(general, stream(text, layout, null, options));
        }
    }

    @Test
    void otherLayoutsAndAHeaderSearchGiveTheGeneralPathsResult() {
        String preamble = "\"Data Source\",\"Somewhere\",\r\n\r\n\"Updated\",\"2026\",\r\n\r\n";
        Object[][] cases = {
            {WideLayout.indicatorsAcross("year"), null, "economy,year,GDP,POP\nFRA,2020,1,2\nFRA,2021,,3\nDEU,2020,4,\n"},
            {WideLayout.indicatorsAcross(2023), null, "economy,GDP,POP,\nFRA,1,2,\nDEU,,3,\n"},
            {WideLayout.indicatorsAcross(2023).withEconomyName("name").withValueColumns(List.of("pop")), null,
                "economy,name,GDP,POP\nFRA,France,x,2\nDEU,\"Germany, Fed.\",y,3\n"},
            {WideLayout.yearsAcross(Indicator.of("SP.POP.TOTL")), null, "economy,2020,2021\nFRA,1,2\nDEU,3,\n"},
            {YEARS, "economy", preamble + "economy,indicator,2020\nFRA,GDP,1\n"},
            {BULK, "Country Name", preamble + "\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\","
                + "\"2020\",\"2021\",\r\n\"France\",\"FRA\",\"GDP (current US$)\",\"NY.GDP\",\"1\",\"\",\r\n"
                + "\"Korea, Rep.\",\"KOR\",\"GDP (current US$)\",\"NY.GDP\",\"\",\"2\",\r\n"},
        };
        for (Object[] c : cases) {
            WideLayout layout = (WideLayout) c[0];
            String start = (String) c[1];
            String text = (String) c[2];
            for (ReadOptions options : new ReadOptions[] {CODES, ReadOptions.defaults()}) {
                ReadResult r = fast(text, layout, start, options);
                assertNotNull(r, text);
                assertEquals(general(text, layout, start, options), r, text);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "economy,indicator,2020\n\"FRA\nX\",GDP,1.5\n",
        "economy,indicator,2020\n\"FR\"\"A\",GDP,1.5\n",
        "economy,indicator,2020\n\"FRA\" ,GDP,1.5\n",
        "economy,indicator,2020\nF\"RA,GDP,1.5\n",
        "economy,indicator,2020\n\"FRA,GDP,1.5\n",
        "economy,indicator,2020\nFRA,GDP,1.5\nFRA,GDP,2.5\n",
        "economy,indicator,2020\nFRA,GDP,1,5\n",
        "economy,indicator,2020\nFRA,GDP\n",
        "economy,indicator,2020\nFRA,GDP,12abc\n",
        "economy,indicator,2020\nFRA,GDP,\"1,5\"\n",
        "economy,indicator,2020\nFRA,GDP,1e999\n",
        "economy,indicator,2020\n,GDP,1\n",
        "economy,indicator,2020\nFRA,,1\n",
        "economy,indicator,2020\nFRA,GDP,1\rDEU,GDP,1\n",
        "economy,indicator,2020\nFRA,GDP,1\tx\n",
        "economy;indicator;2020\nFRA;GDP;1\n",
        "country,indicator,2020\nFRA,GDP,1\n",
        "economy,indicator,x\nFRA,GDP,1\n",
        "economy,indicator,2020\n",
        "",
    })
    void declinesAndTheReaderGivesTheGeneralPathsResultOrMessage(String text) {
        assertNull(fast(text, YEARS, null, CODES), text);
        assertEquals(general(text, YEARS, null, CODES), stream(text, YEARS, null, CODES));
        ReadOptions lenient = CODES.withLenient(true);
        assertEquals(general(text, YEARS, null, lenient), stream(text, YEARS, null, lenient));
    }

    @Test
    void declinesOnABadYearAnUnknownEconomyUnderFailTwoMarksOrNoHeader() {
        WideLayout byYear = WideLayout.indicatorsAcross("year");
        String badYear = "economy,year,GDP\nFRA,2020,1\nFRA,20x0,2\n";
        assertNull(fast(badYear, byYear, null, CODES));
        assertEquals(general(badYear, byYear, null, CODES), stream(badYear, byYear, null, CODES));
        String unknown = "economy,indicator,2020\nXYZ,GDP,1\n";
        ReadOptions fail = ReadOptions.defaults().withUnmatched(UnmatchedPolicy.FAIL);
        assertNull(fast(unknown, YEARS, null, fail));
        Object message = stream(unknown, YEARS, null, fail);
        assertEquals(general(unknown, YEARS, null, fail), message);
        assertTrue(message.toString().contains("XYZ"), message.toString());
        // two byte-order marks: the general path skips both when it decodes bytes, one when given characters
        assertNull(fast("\uFEFF\uFEFFeconomy,indicator,2020\nFRA,GDP,1.5\n", YEARS, null, CODES));
        String noHeader = "a,b\n".repeat(CsvOptions.HEADER_SEARCH + 2) + "economy,indicator,2020\nFRA,GDP,1\n";
        assertNull(fast(noHeader, YEARS, "economy", CODES));
        assertEquals(general(noHeader, YEARS, "economy", CODES), stream(noHeader, YEARS, "economy", CODES));
    }

    /**
     * Rows of aggregates (kept apart), of unknown economies (kept or dropped) and of one economy
     * under two codes, years across and indicators across, with more than 64 value columns: the
     * general path's result; a second row of an economy and key, also under another code, declines.
     */
    @Test
    void aggregatesDroppedEconomiesAndAliasesGiveTheGeneralPathsResult() {
        StringBuilder header = new StringBuilder("economy,indicator");
        StringBuilder fra = new StringBuilder("FRA,GDP");
        StringBuilder wld = new StringBuilder("WLD,GDP");
        StringBuilder xyz = new StringBuilder("XYZ,POP");
        for (int y = 1930; y < 2000; y++) {
            header.append(',').append(y);
            fra.append(',').append(y % 3 == 0 ? "" : Integer.toString(y - 1900));
            wld.append(',').append(y % 5 == 0 ? "1e3" : "");
            xyz.append(',').append(y % 7 == 0 ? "-0.5" : "");
        }
        String yearsAcross = header + "\n" + fra + "\n" + wld + "\n" + xyz + "\nDEU,POP" + ",".repeat(70) + "\n";
        String byYear = "economy,year,GDP,POP\nFRA,2020,1,2\nWLD,2020,,3\nXYZ,2021,4,\nFRA,2021,,\nDEU,2019,5,6\n";
        ReadOptions drop = ReadOptions.defaults().withUnmatched(UnmatchedPolicy.DROP);
        for (ReadOptions options : new ReadOptions[] {ReadOptions.defaults(), drop, CODES}) {
            ReadResult r = fast(yearsAcross, YEARS, null, options);
            assertNotNull(r, yearsAcross);
            assertEquals(general(yearsAcross, YEARS, null, options), r);
            WideLayout indicators = WideLayout.indicatorsAcross("year");
            ReadResult across = fast(byYear, indicators, null, options);
            assertNotNull(across, byYear);
            assertEquals(general(byYear, indicators, null, options), across);
        }
        assertTrue(fast(yearsAcross, YEARS, null, drop).unmatched().stream().anyMatch(u -> u.key().equals("XYZ")));
        // France under its ISO code and its name: one economy, so its second GDP row is a repeat
        String alias = "economy,indicator,2020\nFRA,GDP,1\nFrance,GDP,2\n";
        assertNull(fast(alias, YEARS, null, ReadOptions.defaults()));
        assertNotNull(fast(alias, YEARS, null, CODES));
        String twice = "economy,year,GDP,POP\nFRA,2020,1,2\nFRA,2020,,\n";
        assertNull(fast(twice, WideLayout.indicatorsAcross("year"), null, CODES));
        assertEquals(general(twice, WideLayout.indicatorsAcross("year"), null, CODES),
                stream(twice, WideLayout.indicatorsAcross("year"), null, CODES));
    }

    /** The World Bank's bulk files, as downloaded, take the fast path and give the general path's result. */
    @Test
    void realWdiBulkFilesTakeTheFastPathWithTheGeneralPathsResult() throws IOException {
        for (String name : WDI_FILES) {
            Path path = Fixtures.resource(name);
            byte[] b = Files.readAllBytes(path);
            for (ReadOptions options : new ReadOptions[] {CODES, ReadOptions.defaults()}) {
                ReadResult r = WideCsvBytes.read(b, b.length, "t.csv", BULK, WideCsvBytes.Reading.plain("Country Name"),
                        options, 1);
                assertNotNull(r, name);
                assertEquals(general(new String(b, StandardCharsets.UTF_8), BULK, "Country Name", options), r, name);
            }
            WdiBulkCsvReader wdi = WdiBulkCsvReader.withDefaults();
            Path companion = WdiBulkCsvReader.companionOf(path).orElse(null);
            WdiBulkCsvReader described = companion == null ? wdi.withoutCountryMetadata()
                    : wdi.withCountryMetadata(companion);
            ReadResult generalResult;
            try (Reader text = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                generalResult = described.read(text, path.getFileName().toString());
            }
            ReadResult fastResult = wdi.read(path);
            assertEquals(generalResult, fastResult, name);
            assertTrue(fastResult.panel().valueCount() > 0, name);
            assertEquals(generalResult, described.read(new ByteArrayInputStream(b), path.getFileName().toString()));
        }
    }

    /** A generated bulk-shaped file: the same result on 1, 2 and 4 threads and any chunk size. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4})
    void chunksOnAnyNumberOfThreadsGiveTheSequentialResult(int threads) {
        String text = bulk(400, 5);
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        WideCsvBytes.Reading reading = WideCsvBytes.Reading.plain("Country Name");
        ReadResult sequential = WideCsvBytes.read(b, b.length, "t.csv", BULK, reading, CODES, 1, Integer.MAX_VALUE);
        assertNotNull(sequential);
        assertEquals(general(text, BULK, "Country Name", CODES), sequential);
        assertEquals(400 * 5 * 65 / 3, sequential.panel().valueCount(), 400 * 5 * 65 / 10);
        for (int chunk : new int[] {1, 100, 4096}) {
            assertEquals(sequential, WideCsvBytes.read(b, b.length, "t.csv", BULK, reading, CODES, threads, chunk));
        }
        int at = new String(b, StandardCharsets.ISO_8859_1).lastIndexOf("\"1.");
        b[at + 2] = '"';
        assertNull(WideCsvBytes.read(b, b.length, "t.csv", BULK, reading, CODES, threads, 4096));
    }

    /**
     * Random small wide files with random quirks (quotes, doubled quotes, empty lines, CR, bad and
     * missing values, repeated and conflicting cells, blank codes, tabs, accents): whenever the fast
     * path accepts one, its result is the general path's, in strict and lenient mode, on one thread
     * and on two with tiny chunks.
     */
    @Test
    void randomFilesAreEitherDeclinedOrReadAsTheGeneralPathReadsThem() {
        String[] economies = {"FRA", "DEU", " ITA", "\"ESP\"", "\"Korea, Rep.\"", "CÔT", "", "F\"R", "\"A\"\"B\""};
        String[] values = {"1", "2.5", "", "NA", "..", "-0", "1e3", "12abc", "\"3\"", "\"\"", " 4", "1,5", "\"1,5\"",
            "\t", "9007199254740993", ".5"};
        String[] ends = {"\n", "\n", "\n", "\r\n", "\n\n", "\r"};
        SplittableRandom random = new SplittableRandom(20261207);
        int accepted = 0;
        for (int k = 0; k < 3000; k++) {
            StringBuilder s = new StringBuilder(random.nextInt(8) == 0 ? "\uFEFF" : "")
                    .append(random.nextInt(6) == 0 ? "economy,indicator,2020,2021\n" : "economy,indicator,2020,2021,\n");
            boolean trailing = s.indexOf("2021,") > 0;
            int rows = random.nextInt(1, 6);
            for (int r = 0; r < rows; r++) {
                s.append(economies[random.nextInt(random.nextInt(4) == 0 ? economies.length : 3)]).append(',')
                        .append(random.nextInt(10) == 0 ? "" : "I" + random.nextInt(2)).append(',')
                        .append(values[random.nextInt(random.nextInt(3) == 0 ? values.length : 4)]).append(',')
                        .append(values[random.nextInt(random.nextInt(3) == 0 ? values.length : 4)])
                        .append(trailing ? "," : "")
                        .append(ends[random.nextInt(random.nextInt(4) == 0 ? ends.length : 3)]);
            }
            String text = s.toString();
            byte[] b = text.getBytes(StandardCharsets.UTF_8);
            for (ReadOptions options : new ReadOptions[] {CODES, CODES.withLenient(true)}) {
                ReadResult one = fast(text, YEARS, null, options);
                if (one == null) {
                    continue;
                }
                accepted++;
                assertEquals(general(text, YEARS, null, options), one, text);
                assertEquals(one, WideCsvBytes.read(b, b.length, "t.csv", YEARS, WideCsvBytes.Reading.plain(null),
                        options, 2, 8), text);
            }
        }
        assertTrue(accepted > 1000, "accepted " + accepted);
    }

    /**
     * A bulk-shaped text: a preamble, then economies {@code E<n>} (named with a comma) × indicators,
     * years 1960–2024, every field quoted, a trailing comma, CRLF, about two cells in three empty.
     */
    private static String bulk(int economies, int indicators) {
        StringBuilder s = new StringBuilder("\uFEFF\"Data Source\",\"WDI\",\r\n\r\n")
                .append("\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",");
        for (int y = 1960; y <= 2024; y++) {
            s.append('"').append(y).append("\",");
        }
        s.append("\r\n");
        SplittableRandom random = new SplittableRandom(15);
        for (int e = 0; e < economies; e++) {
            for (int i = 0; i < indicators; i++) {
                s.append("\"Economy ").append(e).append(", Rep.\",\"E").append(e).append("\",\"Indicator ").append(i)
                        .append(" (% of GDP)\",\"I.").append(i).append("\",");
                for (int y = 1960; y <= 2024; y++) {
                    s.append('"').append(random.nextInt(3) == 0 ? Double.toString(1 + random.nextDouble() * 1e3) : "")
                            .append("\",");
                }
                s.append("\r\n");
            }
        }
        return s.toString();
    }
}
