package org.divide.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.divide.core.Panel;
import org.divide.io.Fixtures;
import org.divide.io.MalformedDataException;
import org.divide.io.worldbank.WdiLongCsvReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PanelJsonTest {

    private static final String HEAD = "{\"format\":\"divide-panel\",\"version\":1,"
            + "\"economies\":[{\"code\":\"KEN\",\"name\":\"Kenya\"}],\"indicators\":[{\"code\":\"POP\"}],"
            + "\"years\":[2020],\"values\":[";

    private static MalformedDataException fails(String json) {
        return assertThrows(MalformedDataException.class, () -> PanelJsonReader.withDefaults()
                .read(new StringReader(json), "p.json").panel());
    }

    @Test
    void roundTripsExactly(@TempDir Path dir) throws IOException {
        Panel small = Fixtures.panel();
        assertEquals(small, PanelJsonReader.withDefaults().read(new StringReader(PanelJson.toJson(small)), "p.json")
                .panel());

        Panel wdi = WdiLongCsvReader.withDefaults().read(Fixtures.testdata("wdi/wdi_SP.POP.TOTL.csv")).aggregates();
        Path file = dir.resolve("wdi.json");
        PanelJson.write(wdi, file);
        assertEquals(wdi, PanelJsonReader.withDefaults().read(file).panel());
    }

    @Test
    void writesReadableJson() {
        String json = PanelJson.toJson(Fixtures.panel());
        assertTrue(json.contains("\"value\" : 52217334"), json);
        assertTrue(json.contains("\"name\" : \"Congo, Dem. \\\"Rep.\\\"\""), json);
        assertTrue(json.contains("\"years\" : [ 2020, 2021 ]"), json);
    }

    @Test
    void readsAMinimalDocumentWithDefaults() throws IOException {
        Panel p = PanelJsonReader.withDefaults()
                .read(new StringReader(HEAD + "{\"economy\":\"KEN\",\"indicator\":\"POP\",\"year\":2020,"
                        + "\"value\":5},{\"economy\":\"KEN\",\"indicator\":\"POP\",\"year\":2021,\"value\":null}]}"),
                        "p.json").panel();
        assertEquals(5, p.value("KEN", "POP", 2020));
        assertEquals(List.of(2020, 2021), java.util.Arrays.stream(p.years()).boxed().toList());
        assertEquals("POP", p.indicator("POP").name());
    }

    @Test
    void malformedDocumentsAreNamedByPointer() {
        assertEquals("p.json at /values/1: conflicting duplicate for (KEN, POP, 2020): 6 here, 5 at p.json at "
                + "/values/0", fails(HEAD + "{\"economy\":\"KEN\",\"indicator\":\"POP\",\"year\":2020,\"value\":5},"
                        + "{\"economy\":\"KEN\",\"indicator\":\"POP\",\"year\":2020,\"value\":6}]}").getMessage());
        assertEquals("p.json at /values/0/economy: economy \"NOR\" is not among the economies", fails(HEAD
                + "{\"economy\":\"NOR\",\"indicator\":\"POP\",\"year\":2020,\"value\":5}]}").getMessage());
        assertEquals("p.json at /values/0/value: '12abc' is not a number", fails(HEAD
                + "{\"economy\":\"KEN\",\"indicator\":\"POP\",\"year\":2020,\"value\":\"12abc\"}]}").getMessage());
        assertEquals("p.json at /values/0/year: expected an integer year, found string \"2020\"", fails(HEAD
                + "{\"economy\":\"KEN\",\"indicator\":\"POP\",\"year\":\"2020\",\"value\":5}]}").getMessage());
        assertEquals("p.json at /format: expected \"divide-panel\", found nothing", fails("{}").getMessage());
        assertEquals("p.json at /version: unsupported version number 2 (this library reads 1)",
                fails("{\"format\":\"divide-panel\",\"version\":2}").getMessage());
        assertEquals("p.json at /economies/0: missing member 'name'", fails("{\"format\":\"divide-panel\","
                + "\"version\":1,\"economies\":[{\"code\":\"KEN\"}]}").getMessage());
        MalformedDataException truncated = fails(HEAD + "{\"economy\":\"KEN\",\"indi");
        assertTrue(truncated.getMessage().startsWith("p.json line 1, column "), truncated.getMessage());
    }
}
