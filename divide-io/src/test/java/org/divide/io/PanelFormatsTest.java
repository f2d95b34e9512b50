package org.divide.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.divide.io.json.PanelJson;
import org.divide.io.xlsx.XlsxWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link PanelFormats#detect}: every format from its fixture or a minimal file, and the errors. */
class PanelFormatsTest {

    @Test
    void publishedFormatsFromTheirFixtures() throws IOException {
        assertEquals(PanelFormat.WDI, PanelFormats.detect(Fixtures.testdata("wdi/wdi_SP.POP.TOTL.csv")));
        assertEquals(PanelFormat.WDI_BULK, PanelFormats.detect(
                Fixtures.resource("worldbank/API_NY.GDP.PCAP.CD_DS2_en_csv_v2_46.csv")));
        assertEquals(PanelFormat.WORLDBANK_API, PanelFormats.detect(
                Fixtures.resource("worldbank/wb_v2_SP.POP.TOTL_KEN_2020-2023.json")));
        assertEquals(PanelFormat.OWID, PanelFormats.detect(
                Fixtures.resource("owid/share-of-population-that-cannot-afford-a-healthy-diet.csv")));
        assertEquals(PanelFormat.IMF, PanelFormats.detect(Fixtures.resource("imf/datamapper_synthetic.json")));
        assertEquals(PanelFormat.SDMX_CSV, PanelFormats.detect(Fixtures.resource("sdmx/csv/sdmxcsv10_ex1_ordinary.csv")));
        assertEquals(PanelFormat.SDMX_CSV, PanelFormats.detect(
                Fixtures.resource("sdmx/csv/sdmxcsv21_ex4_localised_fr_semicolon.csv")));
        assertEquals(PanelFormat.SDMX_JSON, PanelFormats.detect(Fixtures.resource("sdmx/json/exr-flat.json")));
        assertEquals(PanelFormat.SDMX_JSON, PanelFormats.detect(Fixtures.resource("sdmx/json-1.0/exr-flat.json")));
        assertEquals(PanelFormat.SDMX_ML, PanelFormats.detect(
                Fixtures.resource("sdmx/ml/ecb_AME_A.BEL.1.0.0.0.OVGD_generic.xml")));
    }

    @Test
    void divideFormats(@TempDir Path dir) throws IOException {
        assertEquals(PanelFormat.LONG, detect("t.csv", "economy,indicator,year,value\nKEN,POP,2020,1\n"));
        assertEquals(PanelFormat.WIDE, detect("t.csv", "\uFEFF\"Economy\",\"Indicator\",2020,2021\n"));
        assertEquals(PanelFormat.WIDE_INDICATORS, detect("t.csv", "economy;year;GDP;POP\n"));
        assertEquals(PanelFormat.JSON, detect("p.json", PanelJson.toJson(Fixtures.panel())));
        Path xlsx = dir.resolve("book.xlsx");
        XlsxWriter.create().addLong("values", Fixtures.panel()).write(xlsx);
        assertEquals(PanelFormat.XLSX, PanelFormats.detect(xlsx));
        Path renamed = Files.copy(xlsx, dir.resolve("book.bin"));
        assertEquals(PanelFormat.XLSX, PanelFormats.detect(renamed));   // by its zip signature
        assertEquals(PanelFormat.SDMX_ML, detect("m.xml", ""));
        assertEquals(PanelFormat.SDMX_ML, detect("m.txt", "  <?xml version=\"1.0\"?><message:GenericData/>"));
    }

    @Test
    void fromAStream() throws IOException {
        byte[] bytes = "Entity,Code,Year,Share\nKenya,KEN,2020,1\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(PanelFormat.OWID, PanelFormats.detect(new ByteArrayInputStream(bytes), "stdin"));
    }

    @Test
    void unknownAndAmbiguousInputsAreErrorsNamingTheFile() {
        MalformedDataException header = assertThrows(MalformedDataException.class,
                () -> detect("t.csv", "country,gdp\nKEN,1\n"));
        assertEquals("t.csv: cannot tell the format from the header [country, gdp]", header.getMessage());
        MalformedDataException json = assertThrows(MalformedDataException.class,
                () -> detect("x.json", "{\"hello\": 1}"));
        assertTrue(json.getMessage().startsWith("x.json: JSON of an unknown kind"), json.getMessage());
        MalformedDataException both = assertThrows(MalformedDataException.class,
                () -> detect("t.csv", "Entity,Code,Year,Country Code,Value\n"));
        assertEquals("t.csv line 1: ambiguous format: the header [entity, code, year, country code, value]"
                + " fits owid and wdi", both.getMessage());
        MalformedDataException empty = assertThrows(MalformedDataException.class, () -> detect("e.csv", ""));
        assertEquals("e.csv: cannot tell the format from the header []", empty.getMessage());
        // found by DetectionFuzzTest: a header of delimiters only has no first column (was an index error)
        MalformedDataException delimiters = assertThrows(MalformedDataException.class, () -> detect("d.csv", ",;\t,\n"));
        assertEquals("d.csv: cannot tell the format from the header []", delimiters.getMessage());
    }

    @Test
    void labels() {
        assertEquals(PanelFormat.SDMX_CSV, PanelFormat.ofLabel("sdmx-csv"));
        assertEquals("wide-indicators", PanelFormat.WIDE_INDICATORS.label());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PanelFormat.ofLabel("xml"));
        assertTrue(e.getMessage().startsWith("unknown format 'xml'; use one of long, wide,"), e.getMessage());
    }

    private static PanelFormat detect(String name, String text) throws MalformedDataException {
        return PanelFormats.detect(name, text.getBytes(StandardCharsets.UTF_8));
    }
}
