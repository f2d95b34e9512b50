package org.divide.io.owid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
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

class OwidCsvTest {

    private static ReadResult read(String text) throws IOException {
        return OwidCsvReader.withDefaults().read(new StringReader(text), "o.csv");
    }

    @Test
    void healthyDietExportLoadsWithMetadata() throws IOException {
        Path path = Fixtures.resource("owid/share-of-population-that-cannot-afford-a-healthy-diet.csv");
        assertTrue(OwidCsvReader.metadataOf(path).isPresent());
        ReadResult r = OwidCsvReader.withDefaults().read(path);
        // independent count (Python csv): 1297 rows, 164 entities, 11 without code + OWID_WRL
        assertEquals(152, r.panel().economies().size());
        assertEquals(12, r.aggregates().economies().size());
        assertEquals(1297, r.panel().valueCount() + r.aggregates().valueCount());
        assertTrue(r.isClean(), () -> r.unmatched().toString());
        Indicator i = r.panel().indicators().get(0);
        assertEquals("percent_of_the_population_who_cannot_afford_a_healthy_diet", i.code());
        assertEquals("Share of the population who cannot afford a healthy diet", i.name());
        assertEquals("%", i.unit());
        assertTrue(i.source().startsWith("FAO and World Bank (2025)"), i.source());
        assertEquals(77.6, r.panel().value("KEN", i.code(), 2023));
        assertTrue(r.aggregates().economies().stream().allMatch(Economy::isAggregate));
        assertTrue(r.aggregates().economyIndex("WLD") >= 0 || r.aggregates().economyIndex("OWID_WRL") >= 0);
    }

    @Test
    void internetExportLoadsWithoutMetadata() throws IOException {
        ReadResult r = OwidCsvReader.withDefaults()
                .read(Fixtures.resource("owid/owid_IT.NET.USER.ZS_share_internet.csv"));
        String code = "Individuals using the Internet (% of population)";
        assertEquals(code, r.panel().indicators().get(0).code());
        assertEquals(40.8137, r.panel().value("KEN", code, 2022));
        assertEquals(6845, r.panel().valueCount() + r.aggregates().valueCount());
        // Kosovo (OWID_KOS) and the Faeroe Islands (no code) are economies, not aggregates
        assertTrue(r.panel().economyIndex("XKX") >= 0);
        assertTrue(r.panel().economyIndex("FRO") >= 0);
        assertEquals(4, r.aggregates().economies().size());
        assertTrue(r.isClean(), () -> r.unmatched().toString());
    }

    @Test
    void unknownEntitiesAreAggregatesOnlyWithoutACountryCode() throws IOException {
        ReadOptions none = ReadOptions.defaults().withResolver(EconomyResolver.none());
        ReadResult r = OwidCsvReader.withDefaults().withOptions(none)
                .read(new StringReader("Entity,Code,Year,A,B\nMars,MRS,2020,1,2\nSolar system,,2020,3,\n"
                        + "Galaxy,OWID_GAL,2020,4,5\n"), "o.csv");
        assertEquals(List.of("MRS"), r.unmatched().stream().map(u -> u.key()).toList());
        assertEquals(List.of("Solar system", "OWID_GAL"),
                r.aggregates().economies().stream().map(Economy::code).toList());
        assertEquals(List.of("A", "B"), r.panel().indicators().stream().map(Indicator::code).toList());
        assertTrue(Double.isNaN(r.aggregates().value("Solar system", "B", 2020)));
    }

    @Test
    void malformedInputIsNamed() {
        assertEquals("o.csv line 3, column 'Share': '77,6' is not a number (decimal comma? see "
                + "ReadOptions.withDecimalComma)", assertThrows(MalformedDataException.class,
                        () -> read("Entity,Code,Year,Share\nKenya,KEN,2022,1\nKenya,KEN,2023,\"77,6\"\n"))
                        .getMessage());
        assertEquals("o.csv line 2, column 'Year': '-10000' is not a calendar year", assertThrows(
                MalformedDataException.class, () -> read("Entity,Code,Year,Pop\nWorld,OWID_WRL,-10000,1\n"))
                .getMessage());
        assertEquals("o.csv line 1: daily data (column 'Day') cannot form a panel of years", assertThrows(
                MalformedDataException.class, () -> read("Entity,Code,Day,Cases\nKenya,KEN,2020-03-01,1\n"))
                .getMessage());
        assertEquals("o.csv line 1: no value column after Entity, Code, Year: [Entity, Code, Year]", assertThrows(
                MalformedDataException.class, () -> read("Entity,Code,Year\nKenya,KEN,2020\n")).getMessage());
    }
}
