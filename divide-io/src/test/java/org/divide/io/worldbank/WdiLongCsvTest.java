package org.divide.io.worldbank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import org.divide.core.Economy;
import org.divide.core.Indicator;
import org.divide.core.Panel;
import org.divide.io.Fixtures;
import org.divide.io.MalformedDataException;
import org.divide.io.ReadResult;
import org.junit.jupiter.api.Test;

class WdiLongCsvTest {

    @Test
    void populationLoadsWithAggregatesApart() throws IOException {
        ReadResult r = WdiLongCsvReader.withDefaults().read(Fixtures.testdata("wdi/wdi_SP.POP.TOTL.csv"));
        Panel panel = r.panel();
        // independent count (Python csv over the file and the FY2026 classification)
        assertEquals(217, panel.economies().size());
        assertEquals(47, r.aggregates().economies().size());
        assertEquals(14292, panel.valueCount());
        assertEquals(3102, r.aggregates().valueCount());
        assertEquals(1960, panel.years()[0]);
        assertEquals(2025, panel.years()[panel.years().length - 1]);
        assertTrue(r.isClean(), () -> r.unmatched() + " " + r.skipped());
        assertEquals(55339003, panel.value("KEN", "SP.POP.TOTL", 2023));
        assertEquals(54922, panel.value("ABW", "SP.POP.TOTL", 1960));
        Indicator pop = panel.indicators().get(0);
        assertEquals("SP.POP.TOTL", pop.code());
        assertEquals("World Bank, World Development Indicators", pop.source());
        Economy ken = panel.economy("KEN");
        assertEquals("Sub-Saharan Africa", ken.region());
        assertTrue(r.aggregates().economy("WLD").isAggregate());
    }

    @Test
    void indicatorComesFromTheFileName() {
        assertEquals("SP.POP.TOTL", WdiLongCsvReader.indicatorOf(Path.of("x", "wdi_SP.POP.TOTL.csv")));
        assertEquals("NY.GDP.MKTP.CD", WdiLongCsvReader.indicatorOf(Path.of("datahub_gdp_NY.GDP.MKTP.CD.csv")));
        assertEquals("GINI", WdiLongCsvReader.indicatorOf(Path.of("GINI.CSV")));
        assertThrows(IllegalArgumentException.class, () -> WdiLongCsvReader.indicatorOf(Path.of("wdi_.csv")));
    }

    @Test
    void giniLoads() throws IOException {
        ReadResult r = WdiLongCsvReader.withDefaults().withIndicator("SI.POV.GINI")
                .read(Fixtures.resource("wdi/wdi_SI.POV.GINI.csv"));
        assertEquals(51.9, r.panel().value("AGO", "SI.POV.GINI", 2000));
        assertTrue(r.isClean());
    }

    @Test
    void unknownCodesAreListedWithTheirNames() throws IOException {
        String text = "Country Name,Country Code,Year,Value\nKenya,KEN,2020,1\nAtlantis,XAT,2020,2\n";
        ReadResult r = WdiLongCsvReader.withDefaults().withIndicator(Indicator.of("X"))
                .read(new StringReader(text), "t.csv");
        assertEquals(1, r.unmatched().size());
        assertEquals("XAT", r.unmatched().get(0).key());
        assertEquals("Atlantis", r.unmatched().get(0).name());
        assertEquals("t.csv line 3", r.unmatched().get(0).firstSeen().toString());
        assertEquals(2, r.panel().value("XAT", "X", 2020));
    }

    @Test
    void badValueIsNamed() {
        String text = "Country Name,Country Code,Year,Value\nKenya,KEN,2020,1\nKenya,KEN,2021,1.2.3\n";
        MalformedDataException e = assertThrows(MalformedDataException.class, () -> WdiLongCsvReader.withDefaults()
                .withIndicator(Indicator.of("X")).read(new StringReader(text), "t.csv"));
        assertEquals("t.csv line 3, column 'Value': '1.2.3' is not a number", e.getMessage());
    }
}
