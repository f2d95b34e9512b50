package org.divide.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.divide.core.Panel;
import org.divide.io.json.PanelJson;
import org.divide.io.sdmx.SdmxNotes;
import org.divide.io.worldbank.WdiLongCsvReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link PanelReader}: any supported file, detected or named, gives the panel its own reader gives. */
class PanelReaderTest {

    @Test
    void readsWhatTheFormatsReaderReads() throws IOException {
        Path wdi = Fixtures.testdata("wdi/wdi_SP.POP.TOTL.csv");
        ReadResult any = PanelReader.withDefaults().read(wdi);
        assertEquals(WdiLongCsvReader.withDefaults().read(wdi), any);
        assertEquals(55339003, any.panel().value("KEN", "SP.POP.TOTL", 2023));
    }

    @Test
    void everyPublishedFixture() throws IOException {
        PanelReader reader = PanelReader.withDefaults();
        assertEquals("current US$", reader.read(Fixtures.resource("worldbank/API_NY.GDP.PCAP.CD_DS2_en_csv_v2_46.csv"))
                .panel().indicator("NY.GDP.PCAP.CD").unit());
        assertEquals(4, reader.read(Fixtures.resource("worldbank/wb_v2_SP.POP.TOTL_KEN_2020-2023.json"))
                .panel().valueCount());
        assertEquals(12, reader.read(
                Fixtures.resource("owid/share-of-population-that-cannot-afford-a-healthy-diet.csv"))
                .aggregates().economies().size());
        assertTrue(reader.read(Fixtures.resource("imf/datamapper_synthetic.json")).panel().valueCount() > 0);
        assertTrue(reader.read(Fixtures.resource("sdmx/csv/oecd_DF_G20_PRICES_CHN_sdmxcsv10.csv")).panel()
                .valueCount() > 0);
        assertTrue(reader.read(Fixtures.resource("sdmx/json/oecd_DF_AIR_GHG_2018_flat.json")).panel()
                .valueCount() > 0);
        assertTrue(reader.read(Fixtures.resource("sdmx/ml/ecb_AME_A.BEL.1.0.0.0.OVGD_generic.xml")).panel()
                .valueCount() > 0);
    }

    @Test
    void divideFormatsRoundTrip(@TempDir Path dir) throws IOException {
        Panel panel = Fixtures.panel();
        Path json = dir.resolve("p.json");
        PanelJson.write(panel, json);
        ReadResult back = PanelReader.withDefaults().read(json);
        assertEquals(panel, back.panel());
        assertTrue(back.isClean());
        assertEquals(0, back.aggregates().economyCount());
    }

    @Test
    void givenFormatAndLenientMode(@TempDir Path dir) throws IOException {
        Path csv = Files.writeString(dir.resolve("t.txt"), "economy,indicator,year,value\nKEN,POP,2020,1\n"
                + "KEN,POP,20x0,2\n", StandardCharsets.UTF_8);
        PanelReader reader = PanelReader.withDefaults().withFormat(PanelFormat.LONG);
        MalformedDataException strict = assertThrows(MalformedDataException.class, () -> reader.read(csv));
        assertEquals("t.txt line 3, column 'year': '20x0' is not a calendar year", strict.getMessage());
        ReadResult lenient = reader.withLenient(true).read(csv);
        assertEquals(1, lenient.skipped().size());
        assertEquals(1.0, lenient.panel().value("KEN", "POP", 2020));
    }

    @Test
    void unknownFormatNamesTheFile(@TempDir Path dir) throws IOException {
        Path csv = Files.writeString(dir.resolve("odd.csv"), "a,b\n1,2\n", StandardCharsets.UTF_8);
        MalformedDataException e = assertThrows(MalformedDataException.class,
                () -> PanelReader.withDefaults().read(csv));
        assertEquals("odd.csv: cannot tell the format from the header [a, b]", e.getMessage());
    }

    @Test
    void readsAStreamDetectingItsFormat() throws IOException {
        Path wdi = Fixtures.testdata("wdi/wdi_SP.POP.TOTL.csv");
        try (InputStream in = Files.newInputStream(wdi)) {
            ReadResult r = PanelReader.withDefaults().read(in, "wdi_SP.POP.TOTL.csv");
            assertEquals(PanelReader.withDefaults().read(wdi), r);
        }
        byte[] sdmx = Files.readAllBytes(Fixtures.resource("sdmx/ml/ecb_AME_A.BEL.1.0.0.0.OVGD_generic.xml"));
        ReadResult ml = PanelReader.withDefaults().read(new ByteArrayInputStream(sdmx), "stdin");
        assertEquals(57, SdmxNotes.of(ml).observations());
    }

    @Test
    void streamsAreDecodedStrictly() {
        byte[] bytes = "economy,indicator,year,value\nKEN,POP,2020,1\nK\u00c9N,POP,2021,2\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        MalformedDataException e = assertThrows(MalformedDataException.class,
                () -> PanelReader.withDefaults().read(new ByteArrayInputStream(bytes), "t.csv"));
        assertTrue(e.getMessage().startsWith("t.csv line 3: bytes that are not valid UTF-8"), e.getMessage());
    }

    @Test
    void theReaderOfAFormatCarriesTheOptions() {
        PanelReader lenient = PanelReader.withDefaults().withLenient(true);
        for (PanelFormat f : PanelFormat.values()) {
            assertTrue(lenient.reader(f).options().lenient(), f.label());
        }
        assertEquals(Optional.of(PanelFormat.OWID), lenient.withFormat(PanelFormat.OWID).format());
        assertEquals(Optional.empty(), lenient.withFormat(PanelFormat.OWID).withDetection().format());
    }
}
