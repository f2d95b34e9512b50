package org.divide.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.divide.io.EconomyResolver;
import org.divide.io.MalformedDataException;
import org.divide.io.ReadLimits;
import org.divide.io.ReadOptions;
import org.divide.io.ReadResult;
import org.divide.io.csv.CsvOptions;
import org.divide.io.csv.WideCsvReader;
import org.divide.io.csv.WideLayout;
import org.divide.io.worldbank.WdiBulkCsvReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The wide CSV fast path fed from a channel, chunk by chunk, as files are read. */
class StreamedWideCsvTest {

    private static final ReadOptions CODES = ReadOptions.defaults().withResolver(EconomyResolver.none());
    private static final WideLayout BULK = WideLayout.yearsAcross("Indicator Code").withEconomy("Country Code")
            .withEconomyName("Country Name").withIndicatorName("Indicator Name");
    private static final WideCsvBytes.Reading READING = WideCsvBytes.Reading.plain("Country Name");

    /** A bulk-shaped text: a preamble of {@code preamble} bytes or more, then economies × indicators × 65 years. */
    private static String bulk(int economies, int indicators, int preamble, long seed) {
        StringBuilder s = new StringBuilder("\uFEFF\"Data Source\",\"WDI\",\r\n\r\n");
        while (s.length() < preamble) {
            s.append("\"Note\",\"").append("x".repeat(5000)).append("\",\r\n");
        }
        s.append("\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",");
        for (int y = 1960; y <= 2024; y++) {
            s.append('"').append(y).append("\",");
        }
        s.append("\r\n");
        SplittableRandom random = new SplittableRandom(seed);
        for (int e = 0; e < economies; e++) {
            for (int i = 0; i < indicators; i++) {
                s.append("\"Economy ").append(e).append(", Rep.\",\"E").append(e).append("\",\"Indicator ").append(i)
                        .append("\",\"I.").append(i).append("\",");
                for (int y = 1960; y <= 2024; y++) {
                    s.append('"').append(random.nextInt(3) == 0 ? Double.toString(random.nextDouble() * 1e3) : "")
                            .append("\",");
                }
                s.append("\r\n");
            }
        }
        return s.toString();
    }

    private static ReadResult streamed(byte[] b, int threads, int chunk) throws IOException {
        return WideCsvBytes.read(Channels.newChannel(new ByteArrayInputStream(b)), "t.csv", BULK, READING, CODES,
                threads, chunk);
    }

    private static WideCsvReader reader() {
        return WideCsvReader.withDefaults().withLayout(BULK).withOptions(CODES)
                .withCsv(CsvOptions.defaults().withHeaderAt("Country Name"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4})
    void aStreamedReadEqualsTheReadFromMemoryOnAnyThreadsAndChunks(int threads) throws IOException {
        String text = bulk(60, 7, 0, 5);
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        ReadResult inMemory = WideCsvBytes.read(b, b.length, "t.csv", BULK, READING, CODES, 1, Integer.MAX_VALUE);
        assertNotNull(inMemory);
        assertEquals(reader().read(new StringReader(text), "t.csv"), inMemory);
        for (int chunk : new int[] {1, 100, 4096, 1 << 20}) {
            assertEquals(inMemory, streamed(b, threads, chunk), "chunk " + chunk);
        }
    }

    @Test
    void aStreamedReadDeclinesWhereTheReadFromMemoryDoes() throws IOException {
        byte[] b = bulk(30, 5, 0, 9).replace("\"E7\",\"Indicator 2\"", "\"E7\"x,\"Indicator 2\"")
                .getBytes(StandardCharsets.UTF_8);
        assertNull(WideCsvBytes.read(b, b.length, "t.csv", BULK, READING, CODES, 2, 512));
        assertNull(streamed(b, 2, 512));
        assertNull(streamed(new byte[0], 2, 512));
    }

    /** A preamble longer than the first chunk: declined when streamed, the general path reads it. */
    @Test
    void aHeaderBeyondTheFirstChunkIsLeftToTheGeneralPath(@TempDir Path dir) throws IOException {
        String text = bulk(5, 3, WideCsvBytes.HEAD_BYTES + 1000, 3);
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        assertNotNull(WideCsvBytes.read(b, b.length, "t.csv", BULK, READING, CODES, 1, 512));
        assertNull(streamed(b, 1, 512));
        Path file = Files.writeString(dir.resolve("t.csv"), text);
        assertEquals(reader().read(new StringReader(text), "t.csv"), reader().read(file));
    }

    @Test
    void filesAreReadThroughTheStreamAndAFileItDeclinesTheGeneralWay(@TempDir Path dir) throws IOException {
        String text = bulk(40, 6, 0, 13);
        Path good = Files.writeString(dir.resolve("good.csv"), text);
        assertEquals(reader().read(new StringReader(text), "good.csv"), reader().read(good));
        WdiBulkCsvReader wdi = WdiBulkCsvReader.withDefaults().withoutCountryMetadata().withOptions(CODES);
        ReadResult bulkRead = wdi.read(good);
        assertEquals(wdi.read(new StringReader(text), "good.csv"), bulkRead);
        assertTrue(bulkRead.panel().valueCount() > 0);
        Path bad = Files.writeString(dir.resolve("bad.csv"), text.replace("\"E9\",\"Indicator 2\",\"I.2\",\"",
                "\"E9\",\"Indicator 2\",\"I.2\",\"12abc"));
        MalformedDataException e = assertThrows(MalformedDataException.class, () -> wdi.read(bad));
        assertTrue(e.getMessage().contains("bad.csv") && e.getMessage().contains("12abc"), e.getMessage());
    }

    /** A file beyond the read limit is refused before any reading, naming it, as the general path does. */
    @Test
    void aFileBeyondTheSizeLimitIsRefusedNamingIt(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("big.csv"), bulk(10, 3, 0, 1));
        ReadOptions small = CODES.withLimits(ReadLimits.defaults().withMaxFileBytes(1000));
        MalformedDataException e = assertThrows(MalformedDataException.class,
                () -> WdiBulkCsvReader.withDefaults().withoutCountryMetadata().withOptions(small).read(file));
        assertTrue(e.getMessage().contains("big.csv"), e.getMessage());
    }
}
