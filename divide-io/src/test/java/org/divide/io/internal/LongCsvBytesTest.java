package org.divide.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.divide.core.Economy;
import org.divide.core.Indicator;
import org.divide.io.EconomyResolver;
import org.divide.io.MalformedDataException;
import org.divide.io.ReadOptions;
import org.divide.io.ReadResult;
import org.divide.io.UnmatchedPolicy;
import org.divide.io.csv.LongCsvReader;
import org.divide.io.csv.LongLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LongCsvBytesTest {

    private static final ReadOptions CODES = ReadOptions.defaults().withResolver(EconomyResolver.none());

    /** The fast path's result, or {@code null} when it declines. */
    private static ReadResult fast(String text, LongLayout layout, ReadOptions options) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        return LongCsvBytes.read(b, b.length, "t.csv", layout, options, 1);
    }

    /** The general path's result (a reader is never given to the fast path), or its message. */
    private static Object general(String text, LongLayout layout, ReadOptions options) {
        try {
            return LongCsvReader.withDefaults().withLayout(layout).withOptions(options)
                    .read(new StringReader(text), "t.csv");
        } catch (IOException e) {
            return e.getMessage();
        }
    }

    /** What reading the bytes as a stream gives (the fast path first), or its message. */
    private static Object stream(String text, LongLayout layout, ReadOptions options) {
        try {
            return LongCsvReader.withDefaults().withLayout(layout).withOptions(options)
                    .read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.csv");
        } catch (IOException e) {
            return e.getMessage();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "economy,indicator,year,value\nFRA,GDP,2020,1.5\nFRA,GDP,2021,2\nDEU,POP,2020,-3e5\n",
        "economy,indicator,year,value\r\nFRA,GDP,2020,1.5\r\nDEU,GDP,2020,.25\r\n",
        "Economy , INDICATOR,Year,Value,extra\nFRA,GDP,2020,0.1,x\nFRA,GDP,2021,,y\nFRA, GDP ,2022,NA,z",
        "economy,indicator,year,value\nFRA,GDP,2020,12345678901234567890123\nFRA,GDP,2021,4.9e-324\n",
        "economy,indicator,year,value\nFRA,GDP,2020,-0\nFRA,GDP,2021,+7.000000000000001\n",
        "economy,indicator,year,value\nFRA,GDP,2020,\"1.5\"\n\"FRA\",\"GDP, real\",\"2021\",\"\"\r\nFRA,GDP,2022,2\n",
        "economy,indicator,year,value\nCÔT,GDP,2020,1.5\nCÔT,PIB \u2014 é,2021,NA\n\u4e2d\u56fd,\uD83D\uDE00,2020,2\n",
    })
    void acceptsPlainFilesWithTheGeneralPathsResult(String text) {
        for (ReadOptions options : new ReadOptions[] {CODES, ReadOptions.defaults()}) {
            ReadResult r = fast(text, LongLayout.defaults(), options);
            assertNotNull(r, text);
            assertEquals(general(text, LongLayout.defaults(), options), r);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "economy,indicator,year,value\n\"FRA\nX\",GDP,2020,1.5\n",
        "economy,indicator,year,value\n\"FRA\rX\",GDP,2020,1.5\n",
        "economy,indicator,year,value\n\"FR\"\"A\",GDP,2020,1.5\n",
        "economy,indicator,year,value\n\"FRA\" ,GDP,2020,1.5\n",
        "economy,indicator,year,value\n\"FRA\"x,GDP,2020,1.5\n",
        "economy,indicator,year,value\nF\"RA,GDP,2020,1.5\n",
        "economy,indicator,year,value\n \"FRA\",GDP,2020,1.5\n",
        "economy,indicator,year,value\n\"FRA,GDP,2020,1.5\n",
        "\"economy\",indicator,year,value\nFRA,GDP,2020,1\n",
        "\uFEFFeconomy,indicator,year,value\nFRA,GDP,2020,1.5\n",
        "economy,indicator,year,value\nFRA,GDP,2020,1.5\n\nFRA,GDP,2021,1.5\n",
        "economy,indicator,year,value\nFRA,GDP,2020,1.5\nFRA,GDP,2020,2.5\n",
        "economy,indicator,year,value\nFRA,GDP,2020,1.5\nFRA,GDP,2020,1.5\nFRA,GDP,2020,\n",
        "economy,indicator,year,value\nFRA,GDP,2020,1,5\n",
        "economy,indicator,year,value\nFRA,GDP,2020\n",
        "economy,indicator,year,value\nFRA,GDP,20x0,1\n",
        "economy,indicator,year,value\nFRA,GDP,2020,12abc\n",
        "economy,indicator,year,value\nFRA,GDP,2020,1e999\n",
        "economy,indicator,year,value\n,GDP,2020,1\n",
        "economy,indicator,year,value\nFRA,GDP,2020,1\rFRA,GDP,2021,1\n",
        "economy;indicator;year;value\nFRA;GDP;2020;1\n",
        "économie,indicator,year,value\nFRA,GDP,2020,1\n",
        "country,indicator,year,value\nFRA,GDP,2020,1\n",
        "economy,indicator,year,value\n",
        "",
    })
    void declinesAndTheReaderGivesTheGeneralPathsResultOrMessage(String text) {
        assertNull(fast(text, LongLayout.defaults(), CODES), text);
        assertEquals(general(text, LongLayout.defaults(), CODES), stream(text, LongLayout.defaults(), CODES));
        ReadOptions lenient = CODES.withLenient(true);
        assertEquals(general(text, LongLayout.defaults(), lenient), stream(text, LongLayout.defaults(), lenient));
    }

    @Test
    void bytesThatAreNotUtf8DeclineAndTheReaderReportsThemAsBefore() throws IOException {
        String head = "economy,indicator,year,value\nFRA,GDP,2020,1\nX";
        int[][] bad = {{0xC3, 0x28}, {0xC0, 0xAF}, {0xED, 0xA0, 0x80}, {0xF4, 0x90, 0x80, 0x80}, {0xE2, 0x82},
            {0xFF}, {0x80}, {0xF0, 0x8F, 0xBF, 0xBF}};
        for (int[] sequence : bad) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            for (int x : sequence) {
                out.write(x);
            }
            out.write(",GDP,2020,1\n".getBytes(StandardCharsets.US_ASCII));
            byte[] b = out.toByteArray();
            assertNull(LongCsvBytes.read(b, b.length, "t.csv", LongLayout.defaults(), CODES, 1));
            MalformedDataException e = assertThrows(MalformedDataException.class,
                    () -> LongCsvReader.withDefaults().withOptions(CODES).read(new ByteArrayInputStream(b), "t.csv"));
            assertEquals(3, e.location().line(), e.getMessage());
        }
    }

    /** The UTF-8 check on the bytes accepts exactly the sequences the JDK's strict decoder accepts. */
    @Test
    void theUtf8CheckAgreesWithTheStrictDecoder() {
        SplittableRandom random = new SplittableRandom(8);
        int accepted = 0;
        for (int k = 0; k < 200_000; k++) {
            byte[] b = new byte[4];
            b[0] = (byte) random.nextInt(0x80, 0x100);
            for (int j = 1; j < 4; j++) {
                b[j] = (byte) (random.nextBoolean() ? random.nextInt(0x80, 0xC0) : random.nextInt(0x100));
            }
            int length = LongChunk.utf8(b, 0, 4);
            int decoded = -1;
            for (int l = 2; l <= 4 && decoded < 0; l++) {
                try {
                    String s = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(b, 0, l)).toString();
                    decoded = s.codePointCount(0, s.length()) == 1 ? l : -1;
                } catch (CharacterCodingException e) {
                    decoded = -1;
                }
            }
            assertEquals(decoded, length, Arrays.toString(b));
            accepted += length > 0 ? 1 : 0;
        }
        assertTrue(accepted > 10_000, "accepted " + accepted);
    }

    @Test
    void keepsTheFirstLineOfAnUnknownEconomyAndItsName() {
        String text = "Country Code,Country Name,Year,Value\nWLD,World,2020,1\nXYZ,Nowhere,2020,2\nXYZ,Other,2021,3\n";
        LongLayout layout = LongLayout.defaults().withEconomy("country code").withEconomyName("Country Name")
                .withFixedIndicator(Indicator.of("SP.POP.TOTL"));
        ReadOptions options = ReadOptions.defaults().withResolver(code -> code.equals("WLD")
                ? java.util.Optional.of(Economy.of("WLD", "World")) : java.util.Optional.empty());
        ReadResult r = fast(text, layout, options);
        assertNotNull(r);
        assertEquals(general(text, layout, options), r);
        assertEquals(3, r.unmatched().get(0).firstSeen().line());
        assertEquals("Nowhere", r.unmatched().get(0).name());
        assertNull(fast(text, layout, options.withUnmatched(UnmatchedPolicy.FAIL)));
        assertEquals(general(text, layout, options.withUnmatched(UnmatchedPolicy.FAIL)),
                stream(text, layout, options.withUnmatched(UnmatchedPolicy.FAIL)));
    }

    @Test
    void aLargeGeneratedFileGivesTheSameDoublesBitForBit() {
        StringBuilder s = new StringBuilder("economy,indicator,year,value\n");
        SplittableRandom random = new SplittableRandom(7);
        for (int r = 0; r < 20_000; r++) {
            s.append('E').append(r / 200).append(",I.").append(r / 50 % 4).append(',').append(1970 + r % 50)
                    .append(',').append(random.nextDouble() * Math.pow(10, random.nextInt(-20, 20))).append('\n');
        }
        ReadResult r = fast(s.toString(), LongLayout.defaults(), CODES);
        assertNotNull(r);
        assertEquals(general(s.toString(), LongLayout.defaults(), CODES), r);
        assertEquals(20_000, r.panel().valueCount());
    }

    /**
     * Economies beyond one block of the dense store, arriving in no order, and columns that hold
     * only a few of them (first blocks grown, later blocks made for one cell): the general path's panel.
     */
    @Test
    void manyEconomiesInAnyOrderAndSparseColumnsGiveTheGeneralPathsPanel() {
        StringBuilder s = new StringBuilder("economy,indicator,year,value\n");
        SplittableRandom random = new SplittableRandom(13);
        int[] order = random.ints(0, 3_000).distinct().limit(2_600).toArray();
        for (int e : order) {
            for (int y = 0; y < 3; y++) {
                s.append('E').append(e).append(",I.0,").append(2000 + y).append(',').append(random.nextDouble())
                        .append('\n');
            }
            if (e % 700 == 3) { // a column of four economies, each in another block
                s.append('E').append(e).append(",I.1,1999,").append(e).append('\n');
            }
        }
        ReadResult r = fast(s.toString(), LongLayout.defaults(), CODES);
        assertNotNull(r);
        assertEquals(general(s.toString(), LongLayout.defaults(), CODES), r);
        assertEquals(2_600, r.panel().economyCount());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4})
    void chunksOnAnyNumberOfThreadsGiveTheSequentialResult(int threads) {
        StringBuilder s = new StringBuilder("economy,name,indicator,year,value\r\n");
        SplittableRandom random = new SplittableRandom(11);
        for (int r = 0; r < 5_000; r++) {
            s.append('E').append(r / 100).append(",Name ").append(r / 100).append(",I.").append(r / 50 % 4)
                    .append(',').append(1970 + r % 50).append(',')
                    .append(r % 97 == 0 ? "NA" : Double.toString(random.nextDouble() * 1e3)).append("\r\n");
        }
        byte[] b = s.toString().getBytes(StandardCharsets.US_ASCII);
        LongLayout layout = LongLayout.defaults().withEconomyName("name");
        ReadResult sequential = LongCsvBytes.read(b, b.length, "t.csv", layout, CODES, 1, Integer.MAX_VALUE);
        assertNotNull(sequential);
        assertEquals(general(s.toString(), layout, CODES), sequential);
        for (int chunk : new int[] {1, 100, 4096}) {
            assertEquals(sequential, LongCsvBytes.read(b, b.length, "t.csv", layout, CODES, threads, chunk));
        }
        int quote = s.indexOf("E30,");
        b[quote] = '"';
        assertNull(LongCsvBytes.read(b, b.length, "t.csv", layout, CODES, threads, 4096));
    }

    /**
     * FastDoubleParser and the fast path's number reading (Clinger's fast path, then
     * FastDoubleParser) round as Double.parseDouble does: random decimals of 1 to 17 significant
     * digits, leading zeros, signs, the point anywhere, with and without an exponent.
     */
    @Test
    void decimalsFromBytesAreTheDoublesOfParseDouble() {
        SplittableRandom random = new SplittableRandom(2026);
        int seventeen = 0;
        for (int k = 0; k < 300_000; k++) {
            StringBuilder s = new StringBuilder();
            int sign = random.nextInt(3);
            s.append(sign == 0 ? "-" : sign == 1 ? "+" : "");
            int length = random.nextInt(1, 18);
            String digits = "0".repeat(random.nextInt(0, 3))
                    + String.format("%0" + length + "d", random.nextLong(0, (long) Math.pow(10, length)));
            int point = random.nextInt(0, digits.length() + 1);
            s.append(digits, 0, point);
            if (point < digits.length() || random.nextBoolean()) {
                s.append('.').append(digits, point, digits.length());
            }
            if (random.nextInt(4) == 0) {
                s.append(random.nextBoolean() ? 'e' : 'E').append(random.nextInt(-330, 310));
            }
            String text = s.toString();
            byte[] b = ("x" + text + "y").getBytes(StandardCharsets.US_ASCII);
            long expected = Double.doubleToRawLongBits(Double.parseDouble(text));
            assertEquals(expected, Double.doubleToRawLongBits(JavaDoubleParser.parseDouble(b, 1, text.length())), text);
            assertEquals(expected, Double.doubleToRawLongBits(LongChunk.number(b, 1, 1 + text.length())), text);
            seventeen += length == 17 ? 1 : 0;
        }
        assertTrue(seventeen > 10_000, "17-digit decimals: " + seventeen);
        for (String t : new String[] {"2.2250738585072011e-308", "9007199254740993", "9007199254740992.5", "-0",
            "0.1", "123456789012345.6", "1.7976931348623157e308", "4.9e-324", "1e23", "8.41e21"}) {
            byte[] b = t.getBytes(StandardCharsets.US_ASCII);
            assertEquals(Double.doubleToRawLongBits(Double.parseDouble(t)),
                    Double.doubleToRawLongBits(JavaDoubleParser.parseDouble(b, 0, b.length)), t);
            assertEquals(Double.doubleToRawLongBits(Double.parseDouble(t)),
                    Double.doubleToRawLongBits(LongChunk.number(b, 0, b.length)), t);
        }
        for (String t : new String[] {"", "+", "-", ".", "1.2.3", "1e", "1e+", "1f", " 1", "1 ", "--1", "e5", "0x10"}) {
            byte[] b = t.getBytes(StandardCharsets.US_ASCII);
            assertTrue(Double.isNaN(LongChunk.number(b, 0, b.length)), t);
        }
    }
}
