package org.divide.io.worldbank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.divide.io.Fixtures;
import org.divide.io.MalformedDataException;
import org.divide.io.ReadOptions;
import org.divide.io.ReadResult;
import org.divide.io.csv.LongLayout;
import org.divide.io.internal.LongCsvBytes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The WDI long reader reads files and streams through the long CSV reader's fast path: the real
 * files take it and give what the reader gives from characters (the general path).
 */
class WdiFastPathTest {

    private static final LongLayout LAYOUT = LongLayout.defaults().withEconomy("Country Code")
            .withEconomyName("Country Name").withYear("Year").withValue("Value");

    @Test
    void realWdiLongFilesTakeTheFastPathWithTheGeneralPathsResult() throws IOException {
        Path[] files = {Fixtures.testdata("wdi/wdi_SP.POP.TOTL.csv"), Fixtures.resource("wdi/wdi_SI.POV.GINI.csv"),
            Fixtures.resource("fuzz/WdiFuzzTestInputs/fuzz/wdi_SP.POP.TOTL_head.csv")};
        WdiLongCsvReader reader = WdiLongCsvReader.withDefaults().withIndicator("SP.POP.TOTL");
        for (Path path : files) {
            byte[] b = Files.readAllBytes(path);
            String name = path.getFileName().toString();
            assertNotNull(LongCsvBytes.read(b, b.length, name,
                    LAYOUT.withFixedIndicator(WdiIndicators.of("SP.POP.TOTL", null, WdiIndicators.WDI)),
                    ReadOptions.defaults(), 1), name);
            ReadResult general;
            try (Reader text = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                general = reader.read(text, name);
            }
            assertTrue(general.panel().valueCount() > 0, name);
            assertEquals(general, reader.read(path), name);
            assertEquals(general, reader.read(new ByteArrayInputStream(b), name), name);
        }
    }

    @Test
    void errorsAreTheGeneralPathsWithTheirLines(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("wdi_SP.POP.TOTL.csv");
        Files.writeString(file, "Country Name,Country Code,Year,Value\nKenya,KEN,2020,1\nKenya,KEN,2021,12abc\n");
        MalformedDataException e = assertThrows(MalformedDataException.class,
                () -> WdiLongCsvReader.withDefaults().read(file));
        assertEquals(3, e.location().line(), e.getMessage());
        assertTrue(e.getMessage().contains("12abc"), e.getMessage());
        Path unnamed = dir.resolve("wdi_.csv");
        Files.writeString(unnamed, "Country Name,Country Code,Year,Value\nKenya,KEN,2020,1\n");
        assertThrows(IllegalArgumentException.class, () -> WdiLongCsvReader.withDefaults().read(unnamed));
    }
}
