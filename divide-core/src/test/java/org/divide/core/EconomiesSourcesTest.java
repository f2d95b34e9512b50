package org.divide.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every name and code of the project's shared data files resolves: WDI names and codes, Our World in
 * Data entities, TOP500 countries and the codes of the AI files. The names were extracted into
 * {@code src/test/resources/registry/} (each file names its source and licence).
 */
class EconomiesSourcesTest {

    private static final Economies WB = Economies.worldBank();

    /** OWID codes that stand for an entity known under another code. */
    private static final Map<String, String> OWID_MAPPED = Map.ofEntries(Map.entry("OWID_WRL", "WLD"),
            Map.entry("OWID_KOS", "XKX"), Map.entry("OWID_USS", "SUN"), Map.entry("OWID_CZS", "CSK"),
            Map.entry("OWID_YGS", "YUG"), Map.entry("OWID_SRM", "SCG"), Map.entry("OWID_GDR", "DDR"),
            Map.entry("OWID_YPR", "YMD"));

    /** OWID rows without a code that are regions, income groups or economies known by name. */
    private static final Map<String, String> OWID_UNCODED = Map.ofEntries(
            Map.entry("High-income countries", "HIC"), Map.entry("Upper-middle-income countries", "UMC"),
            Map.entry("Lower-middle-income countries", "LMC"), Map.entry("Low-income countries", "LIC"),
            Map.entry("East Asia and Pacific (WB)", "EAS"), Map.entry("East Asia & Pacific (WB)", "EAS"),
            Map.entry("Europe and Central Asia (WB)", "ECS"), Map.entry("Europe & Central Asia (WB)", "ECS"),
            Map.entry("Latin America and Caribbean (WB)", "LCN"), Map.entry("Latin America & Caribbean (WB)", "LCN"),
            Map.entry("Middle East; North Africa; Afghanistan and Pakistan (WB)", "MEA"),
            Map.entry("Middle East & North Africa (WB)", "MEA"), Map.entry("North America (WB)", "NAC"),
            Map.entry("South Asia (WB)", "SAS"), Map.entry("Sub-Saharan Africa (WB)", "SSF"),
            Map.entry("European Union (27)", "EUU"), Map.entry("Faeroe Islands", "FRO"),
            Map.entry("Democratic Republic of Vietnam", "VDR"));

    /** OWID rows without a code for states older than any code list: reported as unmatched. */
    private static final Set<String> OWID_UNMATCHED = Set.of("Duchy of Modena and Reggio", "Duchy of Parma and Piacenza",
            "Federal Republic of Central America", "Grand Duchy of Baden", "Grand Duchy of Tuscany", "Great Colombia",
            "Kingdom of Bavaria", "Kingdom of Sardinia", "Kingdom of Saxony", "Kingdom of Wurttemberg",
            "Kingdom of the Two Sicilies", "Orange Free State", "Pakistan (former)", "Sudan (former)");

    private static EconomiesCsv.Table table(String name) throws IOException {
        try (InputStream in = EconomiesSourcesTest.class.getResourceAsStream("/registry/" + name)) {
            assertTrue(in != null, name);
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return EconomiesCsv.read(name, text.lines().toList());
        }
    }

    private static void assertCode(String expected, String input, String source) {
        Optional<Economy> found = WB.find(input);
        assertTrue(found.isPresent(), source + ": '" + input + "' does not resolve");
        assertEquals(expected, found.get().code(), source + ": '" + input + "'");
    }

    private static int namesAndCodes(String file) throws IOException {
        EconomiesCsv.Table t = table(file).expect("name", "code");
        List<String> inputs = new ArrayList<>();
        for (EconomiesCsv.Record r : t.records()) {
            assertCode(r.get(1), r.get(0), file);
            assertCode(r.get(1), r.get(1), file);
            inputs.add(r.get(0));
            inputs.add(r.get(1));
        }
        assertEquals(List.of(), WB.resolveAll(inputs).unmatched(), file);
        return t.records().size();
    }

    @Test
    void everyWdiNameAndCodeResolves() throws IOException {
        assertEquals(270, namesAndCodes("wdi_names.csv"));
    }

    @Test
    void everyWdiBulkNameAndCodeResolves() throws IOException {
        assertEquals(266, namesAndCodes("wdi_bulk_names.csv"));
    }

    @Test
    void everyOwidEntityResolves() throws IOException {
        EconomiesCsv.Table t = table("owid_entities.csv").expect("entity", "code");
        Map<String, Economy> uncoded = new LinkedHashMap<>();
        int coded = 0;
        for (EconomiesCsv.Record r : t.records()) {
            String entity = r.get(0);
            String code = r.get(1);
            if (code == null) {
                WB.find(entity).ifPresent(e -> uncoded.put(entity, e));
                continue;
            }
            coded++;
            String expected = code.startsWith("OWID_") ? OWID_MAPPED.getOrDefault(code, code) : code;
            assertCode(expected, code, "owid code");
            assertCode(expected, entity, "owid entity");
            if (code.startsWith("OWID_") && !code.equals("OWID_KOS") && !code.equals("OWID_WRL")) {
                assertEquals(Economy.Kind.HISTORICAL, WB.require(code).kind(), code);
            }
        }
        assertEquals(269, coded);
        Map<String, String> uncodedCodes = new LinkedHashMap<>();
        uncoded.forEach((entity, e) -> uncodedCodes.put(entity, e.code()));
        assertEquals(OWID_UNCODED, uncodedCodes);
        List<String> rest = t.records().stream().filter(r -> r.get(1) == null && !OWID_UNCODED.containsKey(r.get(0)))
                .map(r -> r.get(0)).toList();
        EconomyResolution resolution = WB.resolveAll(rest);
        assertEquals(OWID_UNMATCHED, Set.copyOf(resolution.unmatched()), "explicitly reported, not dropped");
        assertEquals(OWID_UNMATCHED.size(), rest.size());
    }

    @Test
    void everyTop500CountryResolves() throws IOException {
        EconomiesCsv.Table t = table("top500_countries.csv").expect("country", "expected_iso3");
        for (EconomiesCsv.Record r : t.records()) {
            assertCode(r.get(1), r.get(0), "TOP500");
            assertEquals(Economy.Kind.CLASSIFIED, WB.require(r.get(0)).kind());
        }
        assertEquals(41, t.records().size());
    }

    @Test
    void everyAiFileCodeResolvesWithTheSameGroups() throws IOException {
        EconomiesCsv.Table t = table("ai_economies.csv").expect("iso3", "wb_income", "wb_region");
        int joined = 0;
        for (EconomiesCsv.Record r : t.records()) {
            Economy e = WB.byIso3(r.get(0)).orElseThrow(() -> new AssertionError("AI file code " + r.get(0)));
            assertTrue(e.kind() == Economy.Kind.CLASSIFIED || e.kind() == Economy.Kind.TERRITORY, e.code());
            if (r.get(1) != null) {
                joined++;
                assertEquals("Unclassified".equals(r.get(1)) ? null : r.get(1), e.incomeGroup(), e.code());
                assertEquals(r.get(2), e.region(), e.code());
            }
        }
        assertEquals(194, t.records().size());
        assertEquals(145, joined);
    }
}
