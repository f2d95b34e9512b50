package org.divide.io.worldbank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.divide.core.Economy;
import org.divide.core.Indicator;
import org.divide.io.EconomyResolver;
import org.divide.io.Fixtures;
import org.divide.io.MalformedDataException;
import org.divide.io.ReadOptions;
import org.divide.io.ReadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WdiBulkCsvTest {

    private static final String FILE = "worldbank/API_NY.GDP.PCAP.CD_DS2_en_csv_v2_46.csv";

    @Test
    void realDownloadLoads() throws IOException {
        Path path = Fixtures.resource(FILE);
        assertTrue(WdiBulkCsvReader.companionOf(path).isPresent());
        ReadResult r = WdiBulkCsvReader.withDefaults().read(path);
        // independent count (Python csv): 266 rows = 217 economies + 48 aggregates + INX ("Not
        // classified", which the registry knows as an aggregate but the companion omits)
        assertEquals(217, r.panel().economies().size());
        assertEquals(49, r.aggregates().economies().size());
        assertTrue(r.unmatched().isEmpty());
        assertEquals(14561, r.panel().valueCount() + r.aggregates().valueCount());
        assertEquals(66, r.panel().years().length, "1960-2025, the empty 2025 column included");
        assertEquals(1942.58802756191, r.panel().value("KEN", "NY.GDP.PCAP.CD", 2023));
        assertTrue(Double.isNaN(r.panel().value("KEN", "NY.GDP.PCAP.CD", 2025)));
        Indicator gdp = r.panel().indicator("NY.GDP.PCAP.CD");
        assertEquals("GDP per capita (current US$)", gdp.name());
        assertEquals("current US$", gdp.unit());
        assertTrue(r.skipped().isEmpty());
    }

    @Test
    void companionDescribesEconomiesTheResolverDoesNotKnow() throws IOException {
        Path path = Fixtures.resource(FILE);
        ReadOptions none = ReadOptions.defaults().withResolver(EconomyResolver.none());
        ReadResult r = WdiBulkCsvReader.withDefaults()
                .withCountryMetadata(WdiBulkCsvReader.companionOf(path).orElseThrow()).withOptions(none).read(path);
        assertEquals(List.of("INX"), r.unmatched().stream().map(u -> u.key()).toList());
        assertEquals(48, r.aggregates().economies().size());
        Economy ken = r.panel().economy("KEN");
        assertEquals("Kenya", ken.name());
        assertEquals("Sub-Saharan Africa", ken.region());
        assertEquals("Lower middle income", ken.incomeGroup());

        ReadResult bare = WdiBulkCsvReader.withDefaults().withoutCountryMetadata().withOptions(none).read(path);
        assertEquals(266, bare.unmatched().size());
        assertEquals(0, bare.aggregates().economies().size());
    }

    @Test
    void noCompanionBesideACopy(@TempDir Path dir) throws IOException {
        Path copy = Files.copy(Fixtures.resource(FILE), dir.resolve("API_X_DS2_en_csv_v2_1.csv"));
        assertTrue(WdiBulkCsvReader.companionOf(copy).isEmpty());
        assertEquals(49, WdiBulkCsvReader.withDefaults().read(copy)
                .aggregates().economies().size(), "the registry knows them");
    }

    @Test
    void badCellIsNamedWithItsYearColumn() {
        String text = "\"Data Source\",\"World Development Indicators\",\n\n\"Last Updated Date\",\"2026-02-24\",\n\n"
                + "\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",\"2020\",\"2021\",\n"
                + "\"Kenya\",\"KEN\",\"GDP (US$)\",\"G\",\"1\",\"x1\",\n";
        MalformedDataException e = assertThrows(MalformedDataException.class, () -> WdiBulkCsvReader.withDefaults()
                .read(new StringReader(text), "api.csv"));
        assertEquals("api.csv line 6, column '2021': 'x1' is not a number", e.getMessage());
    }

    @Test
    void fileWithoutPreambleIsReadAndOneWithoutHeaderRejected() throws IOException {
        String text = "\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",\"2020\"\n"
                + "\"Kenya\",\"KEN\",\"GDP\",\"G\",\"1\"\n";
        assertEquals(1, WdiBulkCsvReader.withDefaults().read(new StringReader(text), "api.csv")
                .panel().value("KEN", "G", 2020));
        MalformedDataException e = assertThrows(MalformedDataException.class, () -> WdiBulkCsvReader.withDefaults()
                .read(new StringReader("economy,2020\nKEN,1\n"), "api.csv"));
        assertEquals("api.csv: no header starting with 'Country Name' in the first 20 records", e.getMessage());
    }
}
