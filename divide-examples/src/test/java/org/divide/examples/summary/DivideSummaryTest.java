package org.divide.examples.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.divide.core.Economies;
import org.divide.core.Indicator;
import org.divide.core.Panel;
import org.junit.jupiter.api.Test;

class DivideSummaryTest {

    private static final Economies REGISTRY = Economies.worldBank();

    /** Two low-income (AFG, NER), one high-income (DEU) economy, one aggregate (WLD). */
    private static Panel panel() {
        Panel.Builder b = Panel.builder();
        for (String code : List.of("AFG", "NER", "DEU", "WLD")) {
            b.addEconomy(REGISTRY.require(code));
        }
        b.addIndicator(Indicator.of("X")).addIndicator(Indicator.of("POP"));
        b.put("AFG", "X", 2020, 10).put("NER", "X", 2020, 20).put("DEU", "X", 2020, 90).put("WLD", "X", 2020, 1e9);
        b.put("AFG", "POP", 2020, 1).put("NER", "POP", 2020, 3).put("DEU", "POP", 2020, 4).put("WLD", "POP", 2020, 8);
        b.put("AFG", "X", 2021, 11);
        b.put("AFG", "POP", 2021, 1).put("NER", "POP", 2021, 3).put("DEU", "POP", 2021, 4);
        return b.build();
    }

    @Test
    void populationWeightedMeansByIncomeGroupLeaveAggregatesOut() {
        DivideSummary summary = DivideSummary.of(panel(), REGISTRY, "POP", 0.5);
        assertEquals(3, summary.economies());
        assertEquals(1, summary.rows().size(), "population itself is not summarised");
        DivideSummary.Row row = summary.rows().get(0);
        assertEquals(2020, row.year(), "2021 has 1 of 3 economies, below the coverage of 0.5");
        assertEquals(3, row.reporting());
        double[] means = row.meanByIncome();
        assertEquals((1 * 10 + 3 * 20) / 4.0, means[0], 1e-15, "low income");
        assertTrue(Double.isNaN(means[1]) && Double.isNaN(means[2]), "no lower- or upper-middle economy");
        assertEquals(90, means[3], 1e-15, "high income");
        assertEquals((10 + 60 + 360) / 8.0, row.worldMean(), 1e-13);
        assertEquals(90 / 17.5, row.highToLow(), 1e-13);
    }

    @Test
    void giniIsPopulationWeightedAcrossEconomies() {
        DivideSummary.Row row = DivideSummary.of(panel(), REGISTRY, "POP", 0.5).rows().get(0);
        // ΣΣ p_i p_j |x_i - x_j| / (2 P² μ) over (10,1), (20,3), (90,4): P = 8, μ = 430/8
        double pairs = 2 * (1 * 3 * 10 + 1 * 4 * 80 + 3 * 4 * 70);
        assertEquals(pairs / (2 * 64 * (430.0 / 8)), row.gini(), 1e-14);
    }

    @Test
    void indicatorWithoutEnoughCoverageIsReportedNotDropped() {
        DivideSummary summary = DivideSummary.of(panel().selectYears(List.of(2021)), REGISTRY, "POP", 0.5);
        DivideSummary.Row row = summary.rows().get(0);
        assertEquals(0, row.year());
        assertTrue(Double.isNaN(row.worldMean()));
        assertTrue(SummaryTable.render(summary, "test").contains("no year with enough coverage"));
    }

    @Test
    void badArgumentsAreNamed() {
        IllegalArgumentException coverage = assertThrows(IllegalArgumentException.class,
                () -> DivideSummary.of(panel(), REGISTRY, "POP", 1.5));
        assertTrue(coverage.getMessage().contains("1.5"), coverage.getMessage());
        IllegalArgumentException population = assertThrows(IllegalArgumentException.class,
                () -> DivideSummary.of(panel(), REGISTRY, "PEOPLE", 0.5));
        assertTrue(population.getMessage().contains("PEOPLE"), population.getMessage());
    }

    @Test
    void tablePrintsEveryIndicatorWithUnitsAndRatio() {
        String text = SummaryTable.render(DivideSummary.of(panel(), REGISTRY, "POP", 0.5), "source line");
        assertTrue(text.contains("source line"), text);
        assertTrue(text.contains("5.1x"), text);
        assertTrue(text.contains("3/3"), text);
    }

    /** A WDI name that ends with its unit ("GDP per capita (current US$)") shows the unit once. */
    @Test
    void aUnitTheNameEndsWithIsNotRepeated() {
        Indicator wdi = new Indicator("NY.GDP.PCAP.CD", "GDP per capita (current US$)", "current US$",
                Indicator.of("NY.GDP.PCAP.CD").direction(), Indicator.of("NY.GDP.PCAP.CD").source());
        assertEquals("GDP per capita (current US$)", SummaryTable.label(wdi));
        Indicator plain = new Indicator("IT.NET", "Internet users", "% of population",
                Indicator.of("IT.NET").direction(), Indicator.of("IT.NET").source());
        assertEquals("Internet users (% of population)", SummaryTable.label(plain));
    }
}
