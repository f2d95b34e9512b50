package org.divide.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
import org.divide.io.ReadOptions;
import org.divide.io.ReadResult;
import org.divide.io.csv.LongCsvReader;
import org.divide.io.csv.LongLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The long CSV fast path fed from a channel, chunk by chunk, as files are read. */
class StreamedLongCsvTest {

    private static final ReadOptions CODES = ReadOptions.defaults().withResolver(EconomyResolver.none());

    private static String file(int rows, long seed) {
        StringBuilder s = new StringBuilder("economy,name,indicator,year,value\n");
        SplittableRandom random = new SplittableRandom(seed);
        for (int r = 0; r < rows; r++) {
            s.append('E').append(r / 100).append(",Name ").append(r / 100).append(",I.").append(r / 50 % 4)
                    .append(',').append(1970 + r % 50).append(',')
                    .append(r % 97 == 0 ? "NA" : Double.toString(random.nextDouble() * 1e3)).append('\n');
        }
        return s.toString();
    }

    private static ReadResult streamed(byte[] b, LongLayout layout, int threads, int chunk) throws IOException {
        return LongCsvBytes.read(Channels.newChannel(new ByteArrayInputStream(b)), "t.csv", layout, CODES, threads,
                chunk);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4})
    void aStreamedReadEqualsTheReadFromMemoryOnAnyThreadsAndChunks(int threads) throws IOException {
        String text = file(5_000, 5);
        byte[] b = text.getBytes(StandardCharsets.US_ASCII);
        LongLayout layout = LongLayout.defaults().withEconomyName("name");
        ReadResult inMemory = LongCsvBytes.read(b, b.length, "t.csv", layout, CODES, 1, Integer.MAX_VALUE);
        assertNotNull(inMemory);
        assertEquals(LongCsvReader.withDefaults().withLayout(layout).withOptions(CODES)
                .read(new StringReader(text), "t.csv"), inMemory);
        for (int chunk : new int[] {1, 100, 4096, 1 << 20}) {
            assertEquals(inMemory, streamed(b, layout, threads, chunk), "chunk " + chunk);
        }
    }

    @Test
    void aStreamedReadDeclinesWhereTheReadFromMemoryDoes() throws IOException {
        String text = file(2_000, 9);
        byte[] b = text.replace("E7,Name 7,I.2,1970", "\"E7\"x,Name 7,I.2,1970").getBytes(StandardCharsets.US_ASCII);
        LongLayout layout = LongLayout.defaults().withEconomyName("name");
        assertNull(LongCsvBytes.read(b, b.length, "t.csv", layout, CODES, 2, 512));
        assertNull(streamed(b, layout, 2, 512));
    }

    @Test
    void aFileIsReadThroughTheStreamAndAFileItDeclinesTheGeneralWay(@TempDir Path dir) throws IOException {
        String text = file(3_000, 13);
        Path good = Files.writeString(dir.resolve("good.csv"), text);
        LongLayout layout = LongLayout.defaults().withEconomyName("name");
        LongCsvReader reader = LongCsvReader.withDefaults().withLayout(layout).withOptions(CODES);
        assertEquals(reader.read(new StringReader(text), "good.csv"), reader.read(good));
        Path bad = Files.writeString(dir.resolve("bad.csv"), text.replace("E9,Name 9,I.2,1970,", "E9,Name 9,I.2,19x0,"));
        MalformedDataException e = assertThrows(MalformedDataException.class, () -> reader.read(bad));
        assertEquals("bad.csv line 902, column 'year': '19x0' is not a calendar year", e.getMessage());
    }
}
