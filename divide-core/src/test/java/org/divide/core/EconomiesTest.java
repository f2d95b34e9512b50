package org.divide.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Unit tests of the bundled {@link Economies} registry: counts, lookups, history, compositions, errors. */
class EconomiesTest {

    private static final Economies WB = Economies.worldBank();

    private static String code(String codeOrName) {
        return WB.require(codeOrName).code();
    }

    @Test
    void countsOfEachKind() {
        assertEquals(218, WB.classified().size());
        assertEquals(48 + 8, WB.aggregates().size()); // World Bank's 48, INX, 6 OWID continents, OWID_INT
        assertEquals(249 - 216, WB.territories().size()); // ISO codes the World Bank does not classify
        assertEquals(14, WB.historical().size());
        assertEquals(WB.classified().size() + WB.aggregates().size() + WB.territories().size()
                + WB.historical().size(), WB.size());
        assertEquals(WB.size(), WB.all().size());
        assertEquals(WB.size(), WB.all().stream().map(Economy::code).distinct().count());
    }

    @Test
    void loadedOnceAndImmutable() {
        assertSame(WB, Economies.worldBank());
        assertThrows(UnsupportedOperationException.class, () -> WB.all().add(Economy.of("X", "X")));
        assertThrows(UnsupportedOperationException.class, () -> WB.classified().clear());
        assertThrows(UnsupportedOperationException.class, () -> WB.members("LIC").clear());
        assertThrows(UnsupportedOperationException.class, () -> WB.incomeGroupLabels().clear());
        assertTrue(WB.toString().contains("218 classified"));
    }

    @Test
    void classifiedEconomyCarriesTheClassification() {
        Economy kor = WB.require("KOR");
        assertEquals(new Economy("KOR", "Korea, Rep.", Economy.Kind.CLASSIFIED, "KR", "410", "East Asia & Pacific",
                "EAS", "High income", "H", null), kor);
        Economy afg = WB.require("AFG");
        assertEquals("004", afg.isoNumeric());
        assertEquals("MEA", afg.regionCode());
        assertEquals("IDA", afg.lendingCategory());
        Economy eth = WB.require("Ethiopia");
        assertNull(eth.incomeGroup(), "Ethiopia is unclassified in FY2026");
        assertNull(eth.incomeCode());
        Economy xkx = WB.require("XKX");
        assertNull(xkx.iso2(), "Kosovo has no ISO code");
        assertEquals("Upper middle income", xkx.incomeGroup());
    }

    @Test
    void everyRegionIsAnAggregate() {
        for (Economy e : WB.classified()) {
            Economy region = WB.byCode(e.regionCode()).orElseThrow();
            assertTrue(region.isAggregate(), e.code());
            assertEquals(region, WB.require(e.region()), "the region name finds its aggregate: " + e.region());
        }
    }

    @Test
    void lookupByEachKindOfCode() {
        assertEquals("KOR", WB.byIso3("KOR").orElseThrow().code());
        assertEquals("KOR", WB.byIso3(" kor ").orElseThrow().code());
        assertEquals(Optional.empty(), WB.byIso3("WLD"), "aggregates are not ISO3 economies");
        assertEquals("XKX", WB.byIso3("XKX").orElseThrow().code());
        assertEquals("SUN", WB.byIso3("SUN").orElseThrow().code());
        assertEquals("WLD", WB.byCode("wld").orElseThrow().code());
        assertEquals("KOR", WB.byIso2("KR").orElseThrow().code());
        assertEquals("KOR", WB.byIso2("kr").orElseThrow().code());
        assertEquals("AFG", WB.byNumeric("004").orElseThrow().code());
        assertEquals("AFG", WB.byNumeric("4").orElseThrow().code());
        assertEquals("AFG", WB.byNumeric("04").orElseThrow().code());
        assertEquals(Optional.empty(), WB.byNumeric("0004"));
        assertEquals(Optional.empty(), WB.byNumeric("4a"));
        assertEquals(Optional.empty(), WB.byNumeric("999"));
        assertEquals(Optional.empty(), WB.byIso2("UK"));
        assertThrows(IllegalArgumentException.class, () -> WB.byIso3(null));
        assertThrows(IllegalArgumentException.class, () -> WB.byIso2(null));
        assertThrows(IllegalArgumentException.class, () -> WB.byNumeric(null));
        assertThrows(IllegalArgumentException.class, () -> WB.find(null));
    }

    @ParameterizedTest
    @CsvSource({
        "KOR, KOR", "kor, KOR", "KR, KOR", "410, KOR", "004, AFG", "4, AFG", "WLD, WLD", "hic, HIC", "OWID_WRL, WLD",
        "owid_kos, XKX", "OWID_USS, SUN", "OWID_YGS, YUG", "OWID_CZS, CSK", "OWID_SRM, SCG", "OWID_HIC, HIC",
        "OWID_EUN, EUU", "OWID_AFR, OWID_AFR", "OWID_GFR, OWID_GFR", "YUGf, YUG", "GB, GBR", "UK, GBR", "USA, USA",
        "US, USA", "EH, ESH", "732, ESH",
    })
    void findByCode(String input, String expected) {
        assertEquals(expected, code(input));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Korea, Rep.|KOR", "South Korea|KOR", "Korea, South|KOR", "Republic of Korea|KOR", "Türkiye|TUR",
        "Turkey|TUR", "Turkiye|TUR", "Côte d'Ivoire|CIV", "Côte d’Ivoire|CIV", "Cote d'Ivoire|CIV", "Ivory Coast|CIV",
        "Russia|RUS", "Russian Federation|RUS", "Iran|IRN", "Iran, Islamic Rep.|IRN", "Viet Nam|VNM", "Vietnam|VNM",
        "Czechia|CZE", "Czech Republic|CZE", "Taiwan|TWN", "Taiwan, China|TWN", "Hong Kong|HKG",
        "Hong Kong SAR, China|HKG", "Macao|MAC", "Macau|MAC", "Congo, Dem. Rep.|COD",
        "Democratic Republic of Congo|COD", "Democratic Republic of the Congo|COD", "Congo, Rep.|COG", "Congo|COG",
        "Gambia, The|GMB", "Gambia|GMB", "The Gambia|GMB", "Bahamas, The|BHS", "Bahamas|BHS", "Egypt, Arab Rep.|EGY",
        "Egypt|EGY", "Yemen, Rep.|YEM", "Yemen|YEM", "Lao PDR|LAO", "Laos|LAO", "Micronesia, Fed. Sts.|FSM",
        "St. Kitts and Nevis|KNA", "Saint Kitts and Nevis|KNA", "Saint Kitts & Nevis|KNA", "Curacao|CUW",
        "Curaçao|CUW", "Sao Tome and Principe|STP", "São Tomé and Príncipe|STP", "Kyrgyz Republic|KGZ",
        "Kyrgyzstan|KGZ", "Slovak Republic|SVK", "Slovakia|SVK", "Venezuela, RB|VEN", "Venezuela|VEN",
        "Syrian Arab Republic|SYR", "Syria|SYR", "West Bank and Gaza|PSE", "Palestine|PSE", "Cabo Verde|CPV",
        "Cape Verde|CPV", "Eswatini|SWZ", "Swaziland|SWZ", "North Macedonia|MKD", "Macedonia|MKD", "Brunei|BRN",
        "Brunei Darussalam|BRN", "Timor-Leste|TLS", "East Timor|TLS", "United States|USA",
        "United States of America|USA", "United Kingdom|GBR", "Great Britain|GBR", "Korea, Dem. People's Rep.|PRK",
        "North Korea|PRK", "Puerto Rico (US)|PRI", "Somalia, Fed. Rep.|SOM", "St. Martin (French part)|MAF",
        "Virgin Islands (U.S.)|VIR", "United States Virgin Islands|VIR", "Faeroe Islands|FRO", "Channel Islands|CHI",
        "Kosovo|XKX", "Åland Islands|ALA", "Aland Islands|ALA", "Vatican|VAT", "Holy See|VAT",
    })
    void findByNameOrAlias(String name, String expected) {
        assertEquals(expected, code(name), name);
    }

    @Test
    void namesIgnoreCaseAccentsPunctuationAndSpace() {
        for (String variant : List.of("  korea, rep.  ", "KOREA REP", "Korea,Rep", "korea\trep.")) {
            assertEquals("KOR", code(variant), variant);
        }
        assertEquals("CIV", code("CÔTE D’IVOIRE"));
        assertEquals("TUR", code("TURKIYE"));
        assertEquals("VCT", code("saint vincent & the grenadines"));
    }

    @Test
    void aggregatesAreRecognised() {
        Economy hic = WB.require("High income");
        assertEquals("HIC", hic.code());
        assertTrue(hic.isAggregate());
        assertNull(hic.incomeGroup());
        assertEquals("HIC", code("High-income countries"));
        assertEquals("SAS", code("South Asia (WB)"));
        assertEquals("MEA", code("Middle East; North Africa; Afghanistan and Pakistan (WB)"));
        assertEquals("MEA", code("Middle East & North Africa"));
        assertEquals("EUU", code("European Union (27)"));
        assertEquals("INX", code("Not classified"));
        assertEquals("NAC", code("North America"), "World Bank names win over the OWID continent");
        assertEquals("OWID_NAM", code("North America (continent)"));
        assertEquals(Economy.Kind.AGGREGATE, WB.require("Europe").kind());
        assertEquals(Optional.empty(), WB.find("Kosovo (WB)"), "the (WB) suffix only finds aggregates");
    }

    @ParameterizedTest
    @CsvSource({"AIA, Anguilla, AI, 660", "GLP, Guadeloupe, GP, 312", "ESH, Western Sahara, EH, 732"})
    void territoriesHaveNoIncomeGroup(String code, String name, String iso2, String numeric) {
        Economy e = WB.require(name);
        assertEquals(new Economy(code, name, Economy.Kind.TERRITORY, iso2, numeric, null, null, null, null, null), e);
        assertEquals(Optional.empty(), WB.incomeGroup(code, Economies.FISCAL_YEAR));
        assertTrue(WB.territories().contains(e));
    }

    @Test
    void historicalEntities() {
        for (String name : List.of("USSR", "Soviet Union", "Yugoslavia", "Czechoslovakia", "Serbia and Montenegro",
                "East Germany", "West Germany", "Netherlands Antilles", "Austria-Hungary")) {
            assertEquals(Economy.Kind.HISTORICAL, WB.require(name).kind(), name);
        }
        assertEquals("SUN", code("USSR (former)"));
        assertEquals("SCG", code("Serbia and Montenegro (former)"));
    }

    @Test
    void incomeGroupHistory() {
        assertEquals(Optional.of("Low income"), WB.incomeGroup("CHN", 2000));
        assertEquals(Optional.of("Upper middle income"), WB.incomeGroup("China", 2026));
        assertEquals(Optional.of("UM"), WB.incomeCode("Korea, Rep.", 2000));
        assertEquals(Optional.of("High income"), WB.incomeGroup("KOR", 2026));
        assertEquals(Optional.of("Lower middle income"), WB.incomeGroup("IND", 2026));
        assertEquals(Optional.of("L"), WB.incomeCode("ETH", 2025));
        assertEquals(Optional.empty(), WB.incomeCode("ETH", 2026), "FY2026 follows the classification");
        assertEquals(Optional.empty(), WB.incomeCode("VEN", 2026));
        assertEquals(Optional.of("UM"), WB.incomeCode("SUN", 1992));
        assertEquals(Optional.of("LM"), WB.incomeCode("Serbia and Montenegro", 2000));
        assertEquals(Optional.of("UM"), WB.incomeCode("Yugoslavia", 1990));
        assertEquals(Optional.of("LM"), WB.incomeCode("YEM", 1989), "LM* read as LM");
        assertEquals(Optional.of("UM"), WB.incomeCode("Mayotte", 2000));
        assertEquals(Optional.empty(), WB.incomeCode("SSD", 2010), "South Sudan did not exist yet");
        assertEquals(Optional.empty(), WB.incomeCode("WLD", 2010));
        for (Economy e : WB.classified()) {
            assertEquals(Optional.ofNullable(e.incomeCode()), WB.incomeCode(e.code(), Economies.FISCAL_YEAR), e.code());
        }
        var kor = WB.incomeCodeHistory("KOR");
        assertEquals(1989, kor.firstKey());
        assertEquals(2026, kor.lastKey());
        assertEquals("H", kor.get(2026));
        assertEquals(Set.of(2010, 2026), Set.of(WB.incomeCodeHistory("XKX").firstKey(),
                WB.incomeCodeHistory("XKX").lastKey()));
        assertTrue(WB.incomeCodeHistory("AIA").isEmpty());
        IllegalArgumentException early = assertThrows(IllegalArgumentException.class, () -> WB.incomeGroup("KOR", 1988));
        assertEquals("fiscalYear must be in [1989, 2026]: 1988", early.getMessage());
        assertThrows(IllegalArgumentException.class, () -> WB.incomeCode("KOR", 2027));
        assertThrows(IllegalArgumentException.class, () -> WB.incomeCode("Atlantis", 2000));
    }

    @Test
    void membersOfAggregates() {
        long lowIncome = WB.classified().stream().filter(e -> "L".equals(e.incomeCode())).count();
        assertEquals(25, lowIncome);
        assertEquals(lowIncome, WB.members("LIC").size());
        assertEquals(WB.members("LIC"), WB.members("Low income"));
        assertTrue(WB.members("LIC").stream().allMatch(e -> "L".equals(e.incomeCode())));
        assertEquals(218, WB.members("WLD").size());
        assertEquals(Set.copyOf(WB.classified()), Set.copyOf(WB.members("WLD")));
        for (Economy region : List.of(WB.require("EAS"), WB.require("SSF"), WB.require("HIC"))) {
            for (Economy member : WB.members(region.code())) {
                assertTrue(region.code().equals(member.regionCode()) || region.code().equals("HIC"));
            }
        }
        assertEquals(List.of("BMU", "CAN", "USA"),
                WB.members("NAC").stream().map(Economy::code).sorted().collect(Collectors.toList()));
        IllegalArgumentException notAggregate = assertThrows(IllegalArgumentException.class, () -> WB.members("KOR"));
        assertEquals("'KOR' is KOR (Korea, Rep.), not an aggregate", notAggregate.getMessage());
        IllegalArgumentException noComposition = assertThrows(IllegalArgumentException.class, () -> WB.members("INX"));
        assertEquals("aggregate INX (Not classified) has no bundled composition", noComposition.getMessage());
        assertThrows(IllegalArgumentException.class, () -> WB.members("Atlantis"));
    }

    @Test
    void unknownNameGivesAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WB.require("Foo"));
        assertEquals("unknown economy 'Foo' (no ISO code, name or alias matches)", e.getMessage());
        String typo = assertThrows(IllegalArgumentException.class, () -> WB.require("Germny")).getMessage();
        assertTrue(typo.startsWith("unknown economy 'Germny' (no ISO code, name or alias matches); did you mean"), typo);
        assertTrue(typo.contains("'Germany' (DEU)"), typo);
        String korea = assertThrows(IllegalArgumentException.class, () -> WB.require("Korea")).getMessage();
        assertTrue(korea.contains("(KOR)") && korea.contains("(PRK)"), korea);
        assertEquals(Optional.empty(), WB.find("   "));
        assertEquals(Optional.empty(), WB.find("OWID_XYZ"));
    }

    @Test
    void resolveAllReportsEveryInput() {
        EconomyResolution r = WB.resolveAll(Arrays.asList("KOR", "Atlantis", "USSR", "World", "Korea, South", "KOR",
                "", "OWID_YGS", "Anguilla", "Atlantis"));
        assertEquals(List.of("KOR", "USSR", "World", "Korea, South", "OWID_YGS", "Anguilla"),
                List.copyOf(r.matched().keySet()));
        assertEquals(List.of("Atlantis", ""), r.unmatched());
        assertEquals(List.of("World"), r.aggregates());
        assertEquals(List.of("USSR", "OWID_YGS"), r.historical());
        assertEquals(List.of("KOR", "AIA"), r.economies().stream().map(Economy::code).toList());
        assertFalse(r.complete());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, r::requireComplete);
        assertEquals("2 unknown economies (no ISO code, name or alias matches): [Atlantis, ]", e.getMessage());
        EconomyResolution ok = WB.resolveAll(List.of("DEU", "France"));
        assertTrue(ok.complete());
        assertSame(ok, ok.requireComplete());
        IllegalArgumentException nul = assertThrows(IllegalArgumentException.class,
                () -> WB.resolveAll(Arrays.asList("DEU", null)));
        assertEquals("codesOrNames[1] is null", nul.getMessage());
        assertThrows(UnsupportedOperationException.class, () -> r.matched().clear());
    }

    @Test
    void resolutionRejectsInconsistentParts() {
        Economy kor = WB.require("KOR");
        assertThrows(IllegalArgumentException.class,
                () -> new EconomyResolution(java.util.Map.of("a", kor), List.of("a"), List.of(), List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new EconomyResolution(java.util.Map.of("a", kor), List.of(), List.of("a"), List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new EconomyResolution(java.util.Map.of(), List.of(), List.of(), List.of("b")));
    }

    @Test
    void groupingMaps() {
        var income = WB.incomeGroupLabels();
        assertEquals(216, income.size());
        assertEquals("High income", income.get("KOR"));
        assertFalse(income.containsKey("ETH"));
        assertEquals("AFG", income.keySet().iterator().next());
        var regions = WB.regionLabels();
        assertEquals(218, regions.size());
        assertEquals("Sub-Saharan Africa", regions.get("ETH"));
        assertEquals(7, Set.copyOf(regions.values()).size());
        Grouping incomeGroups = WB.incomeGroups();
        assertEquals(List.of("Low income", "Lower middle income", "Upper middle income", "High income"),
                incomeGroups.labels());
        assertEquals(216, incomeGroups.size());
        assertEquals(WB.members("LIC").stream().map(Economy::code).toList(), incomeGroups.members("Low income"));
        assertEquals(Optional.empty(), incomeGroups.label("ETH"));
        Grouping regionGrouping = WB.regions();
        assertEquals(7, regionGrouping.labels().size());
        assertEquals(Optional.of("East Asia & Pacific"), regionGrouping.label("KOR"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kingdom of Saxony", "Northern Cyprus", "OWID_CYN", "Atlantis"})
    void unknownEntitiesAreNotGuessed(String input) {
        assertEquals(Optional.empty(), WB.find(input));
    }
}
