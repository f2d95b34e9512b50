package org.divide.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.divide.core.Grouping;
import org.divide.core.Panel;
import org.divide.io.Fixtures;
import org.divide.io.MalformedDataException;
import org.divide.io.PanelFormat;
import org.divide.io.PanelFormats;
import org.divide.io.PanelReader;
import org.divide.io.ReadResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link CoinrIDataReader} on COINr 1.1.14's {@code ASEM_iData.csv} (divide-testdata): values
 * spot-checked against the file, the four group columns complete, located errors on malformed
 * copies, and detection.
 */
class CoinrIDataReaderTest {

    private static final String ASEM = "asem/ASEM_iData.csv";

    private static ReadResult asem;
    private static String text;

    @BeforeAll
    static void read() throws IOException {
        asem = CoinrIDataReader.withDefaults().read(Fixtures.testdata(ASEM));
        text = Files.readString(Fixtures.testdata(ASEM), StandardCharsets.UTF_8);
    }

    private static ReadResult read(String csv) throws IOException {
        return CoinrIDataReader.withDefaults().read(new StringReader(csv), "iData.csv");
    }

    @Test
    void readsEveryEconomyIndicatorAndDenominator() {
        Panel panel = asem.panel();
        assertTrue(asem.isClean(), asem.toString());
        assertEquals(51, panel.economyCount());
        assertEquals(49 + 4, panel.indicatorCount(), "49 indicators and the denominators Area, Energy, GDP, "
                + "Population");
        assertEquals(2018, panel.years()[0]);
        assertEquals(1, panel.years().length);
        assertEquals("AUT", panel.economies().get(0).code());
        assertEquals("VNM", panel.economies().get(50).code());
        assertEquals(4.097985, panel.value("AUT", "LPI", 2018));
        assertEquals(274.1365, panel.value("CZE", "Goods", 2018));
        assertEquals(0.6, panel.value("VNM", "NEET", 2018));
        assertEquals(390.799991147468, panel.value("AUT", "GDP", 2018));
        assertTrue(Double.isNaN(panel.value("ITA", "Poverty", 2018)));
        assertEquals(-1, panel.indicatorIndex("EurAsia_group"));
        assertEquals(-1, panel.indicatorIndex("uName"));
        assertEquals(-1, panel.indicatorIndex("Time"));
    }

    @Test
    void groupColumnsAreCompleteGroupings() {
        CoinrNotes notes = CoinrNotes.of(asem);
        assertEquals(List.of("GDP_group", "GDPpc_group", "Pop_group", "EurAsia_group"),
                notes.groupings().stream().map(Grouping::name).toList());
        assertEquals(List.of(2018), notes.years());
        assertTrue(notes.timeColumn());
        Grouping eurAsia = notes.grouping("eurasia_group").orElseThrow();
        assertEquals(List.of("Europe", "Asia"), eurAsia.labels());
        assertEquals(30, eurAsia.members("Europe").size());
        assertEquals(21, eurAsia.members("Asia").size());
        for (Grouping g : notes.groupings()) {
            assertEquals(51, g.size(), g.name());
        }
        assertEquals("M", notes.grouping("GDP_group").orElseThrow().label("VNM").orElseThrow());
        assertEquals(List.of(13, 13, 13, 12), List.of("L", "S", "M", "XL").stream()
                .map(l -> notes.grouping("GDP_group").orElseThrow().members(l).size()).toList());
    }

    @Test
    void malformedCopiesAreLocated() {
        String bad = text.replace("4.097985", "4.09x");
        MalformedDataException number = assertThrows(MalformedDataException.class, () -> read(bad));
        assertEquals("iData.csv line 2, column 'LPI': '4.09x' is not a number", number.getMessage());
        String noCode = text.replaceFirst("\"uCode\"", "\"code\"");
        MalformedDataException column = assertThrows(MalformedDataException.class, () -> read(noCode));
        assertTrue(column.getMessage().startsWith("iData.csv line 1: missing column 'uCode'; the header has 60"
                + " columns"), column.getMessage());
        String noTime = "uCode,LPI\nAUT,1\n";
        MalformedDataException time = assertThrows(MalformedDataException.class, () -> read(noTime));
        assertTrue(time.getMessage().startsWith("iData.csv line 1: no column 'Time' and no year given"),
                time.getMessage());
        String twice = "uCode,Time,LPI\nAUT,2018,1\nAUT,2018,2\n";
        MalformedDataException duplicate = assertThrows(MalformedDataException.class, () -> read(twice));
        assertTrue(duplicate.getMessage().startsWith("iData.csv line 3, column 'LPI': conflicting duplicate"),
                duplicate.getMessage());
    }

    @Test
    void lenientModeSkipsTheBadValueOnly() throws IOException {
        ReadResult r = CoinrIDataReader.withDefaults().withLenient(true)
                .read(new StringReader(text.replace("4.097985", "4.09x")), "iData.csv");
        assertEquals(1, r.skipped().size());
        assertEquals("iData.csv line 2, column 'LPI'", r.skipped().get(0).location().toString());
        assertTrue(Double.isNaN(r.panel().value("AUT", "LPI", 2018)));
        assertEquals(274.1365, r.panel().value("CZE", "Goods", 2018));
    }

    @Test
    void yearOptionWithoutTimeAndTextColumnsAsGroups() throws IOException {
        String csv = "uCode,uName,Region,Kind,LPI\nAUT,Austria,Europe,,1.5\nXKX,Kosovo,Europe,small,NA\n";
        ReadResult r = CoinrIDataReader.withDefaults().withYear(2020).withGroupColumns(List.of("kind"))
                .read(new StringReader(csv), "iData.csv");
        assertEquals(1.5, r.panel().value("AUT", "LPI", 2020));
        assertEquals(1, r.panel().indicatorCount());
        CoinrNotes notes = CoinrNotes.of(r);
        assertFalse(notes.timeColumn());
        assertEquals(List.of(2020), notes.years());
        assertEquals(2, notes.grouping("Region").orElseThrow().size());
        assertEquals(1, notes.grouping("Kind").orElseThrow().size(), "a missing cell leaves the economy out");
        assertThrows(IllegalArgumentException.class, () -> CoinrIDataReader.withDefaults().withYear(0));
    }

    @Test
    void detectedAndReadByPanelReader() throws IOException {
        Path file = Fixtures.testdata(ASEM);
        assertEquals(PanelFormat.COINR_IDATA, PanelFormats.detect(file));
        assertEquals("coinr-idata", PanelFormat.COINR_IDATA.label());
        ReadResult r = PanelReader.withDefaults().read(file);
        assertEquals(asem.panel(), r.panel());
        assertEquals(CoinrNotes.of(asem), CoinrNotes.of(r));
        MalformedDataException both = assertThrows(MalformedDataException.class, () -> PanelFormats.detect("t.csv",
                "Entity,Code,Year,uCode\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("t.csv line 1: ambiguous format: the header [entity, code, year, ucode] fits owid and"
                + " coinr-idata", both.getMessage());
    }
}
