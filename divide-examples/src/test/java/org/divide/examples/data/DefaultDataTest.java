package org.divide.examples.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.divide.core.Economy;
import org.divide.core.Panel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DefaultDataTest {

    private static DefaultData data;

    @BeforeAll
    static void load() throws IOException {
        data = DefaultData.load();
    }

    @Test
    void everyEconomyResolvesAndAggregatesAreKeptApart() {
        assertTrue(data.unmatched().isEmpty(), () -> "unmatched: " + data.unmatched());
        assertTrue(data.economies().economies().stream().noneMatch(Economy::isAggregate));
        assertTrue(data.aggregates().economyIndex("WLD") >= 0);
        assertTrue(data.aggregates().economyIndex("HIC") >= 0);
    }

    @Test
    void holdsTheDocumentedIndicators() {
        Panel p = data.economies();
        for (String code : new String[] {DefaultData.SECURE_SERVERS, DefaultData.BROADBAND, DefaultData.MOBILE,
                DefaultData.INTERNET_USERS, DefaultData.TERTIARY, DefaultData.RESEARCH,
                DefaultData.PATENTS_PER_MILLION, DefaultData.GDP_PER_CAPITA, DefaultData.POPULATION}) {
            assertTrue(p.indicatorIndex(code) >= 0, code);
        }
        assertEquals(-1, p.indicatorIndex(DefaultData.PATENTS), "the raw count is replaced by the rate");
    }

    @Test
    void valuesMatchTheSourceFiles() {
        Panel p = data.economies();
        // wdi_SP.POP.TOTL.csv: "Zimbabwe,ZWE,2025,16950795"
        assertEquals(16950795, p.value("ZWE", DefaultData.POPULATION, 2025));
        // owid_IT.NET.USER.ZS_share_internet.csv: "Afghanistan,AFG,2005,1.22415"
        assertEquals(1.22415, p.value("AFG", DefaultData.INTERNET_USERS, 2005));
    }

    @Test
    void keepsTheYears2000To2025() {
        int[] years = data.economies().years();
        assertEquals(DefaultData.FIRST_YEAR, years[0]);
        assertEquals(DefaultData.LAST_YEAR, years[years.length - 1]);
        assertEquals(-1, data.economies().yearIndex(1990), "the source files start in 1960; the panel in 2000");
    }

    @Test
    void patentRateIsCountPerMillionPeople() {
        // wdi_IP.PAT.RESD.csv: "Korea, Rep.",KOR,2020,180477; wdi_SP.POP.TOTL.csv: ...,KOR,2020,51836239
        assertEquals(180477 / 51836239.0 * 1e6, data.economies().value("KOR", DefaultData.PATENTS_PER_MILLION, 2020),
                1e-9);
    }
}
