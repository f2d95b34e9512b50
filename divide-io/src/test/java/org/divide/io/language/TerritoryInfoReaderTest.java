package org.divide.io.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.divide.io.MalformedDataException;
import org.junit.jupiter.api.Test;

class TerritoryInfoReaderTest {

    private static final String INFO = "{\"supplemental\": {\"version\": {\"_cldrVersion\": \"47\"},"
            + " \"territoryInfo\": {"
            + "\"AD\": {\"_population\": \"85370\", \"languagePopulation\": {"
            + "  \"ca\": {\"_populationPercent\": \"51\", \"_officialStatus\": \"official\"},"
            + "  \"es\": {\"_populationPercent\": 43}}},"
            + "\"TW\": {\"_population\": \"23000000\", \"languagePopulation\": {"
            + "  \"zh_Hant\": {\"_populationPercent\": \"95\"}}},"
            + "\"RS\": {\"_population\": \"6700000\", \"languagePopulation\": {"
            + "  \"sr\": {\"_populationPercent\": \"88\"}, \"sr_Latn\": {\"_populationPercent\": \"88\"}}},"
            + "\"ZZ\": {}}}}";

    private static final String ALIASES = "{\"supplemental\": {\"metadata\": {\"alias\": {\"languageAlias\": {"
            + "\"eng\": {\"_reason\": \"overlong\", \"_replacement\": \"en\"},"
            + "\"fre\": {\"_reason\": \"bibliographic\", \"_replacement\": \"fr\"},"
            + "\"zho\": {\"_reason\": \"macrolanguage\", \"_replacement\": \"zh\"},"
            + "\"cmn\": {\"_reason\": \"macrolanguage\", \"_replacement\": \"zh\"},"
            + "\"aam\": {\"_reason\": \"deprecated\", \"_replacement\": \"aas\"},"
            + "\"sh\": {\"_reason\": \"legacy\", \"_replacement\": \"sr_Latn\"},"
            + "\"xyz\": {\"_reason\": \"macrolanguage\", \"_replacement\": \"ab cd\"},"
            + "\"vol\": {\"_reason\": \"overlong\", \"_replacement\": \"vo\"}}}}}}";

    private static TerritoryInfo info(String text) throws IOException {
        return TerritoryInfoReader.read(new StringReader(text), "territoryInfo.json");
    }

    @Test
    void territoriesPopulationsAndShares() throws IOException {
        TerritoryInfo t = info(INFO);
        assertEquals("47", t.cldrVersion());
        assertEquals(3, t.territories().size());
        assertEquals(List.of("ZZ"), t.withoutPopulation());
        Territory ad = t.territories().get(0);
        assertEquals(85370.0, ad.population());
        assertEquals("official", ad.languages().get(0).officialStatus());
        assertEquals(43.0, ad.languages().get(1).percent());
        assertEquals(Map.of("zh", 95.0), t.territories().get(1).percentsByLanguage());
        assertEquals(Map.of("sr", 88.0), t.territories().get(2).percentsByLanguage());
        assertEquals(List.of("sr_Latn"), t.territories().get(2).variantsLeftOut());
        assertEquals(List.of(), t.territories().get(1).variantsLeftOut());
    }

    @Test
    void contentErrorsNameTheJsonPointer() {
        String bad = INFO.replace("\"_population\": \"85370\"", "\"_population\": \"many\"");
        assertEquals("territoryInfo.json at /supplemental/territoryInfo/AD/_population: 'many' is not a number",
                assertThrows(MalformedDataException.class, () -> info(bad)).getMessage());
        String over = INFO.replace("\"_populationPercent\": 43", "\"_populationPercent\": 143");
        assertEquals("territoryInfo.json at /supplemental/territoryInfo/AD/languagePopulation/es/_populationPercent:"
                + " '143' is not a percentage in [0, 100]",
                assertThrows(MalformedDataException.class, () -> info(over)).getMessage());
        assertEquals("territoryInfo.json at /supplemental/territoryInfo: no territoryInfo object (is this CLDR's"
                + " supplemental/territoryInfo.json?)",
                assertThrows(MalformedDataException.class, () -> info("{\"supplemental\": {}}")).getMessage());
        assertTrue(assertThrows(MalformedDataException.class, () -> info("{\"supplemental\": ["))
                .getMessage().startsWith("territoryInfo.json line 1"));
    }

    @Test
    void aliasesAppliedAndCodesMatchedOrListed() throws IOException {
        LanguageAliases a = LanguageAliases.read(new StringReader(ALIASES), "aliases.json");
        assertEquals(6, a.size());
        assertEquals("en", a.replacement("eng").orElseThrow());
        assertTrue(a.replacement("aam").isEmpty());
        assertEquals("deprecated (CLDR's replacement: aas)", a.ignoredReason("aam").orElseThrow());
        LanguageMatch m = LanguageMatch.of(List.of("eng", "fre", "zho", "cmn", "aam", "got", "xyz", "vol", "ca"), a,
                Set.of("en", "fr", "zh", "ca", "aam"));
        assertEquals(Map.of("eng", "en", "fre", "fr", "zho", "zh", "cmn", "zh", "aam", "aam", "ca", "ca"),
                m.cldrByCode());
        assertEquals(Map.of("got", "no speakers in CLDR", "vol", "no speakers in CLDR (as vo)",
                "xyz", "ambiguous: CLDR's alias names several languages (ab cd)"), m.unmatched());
        assertEquals(Map.of("zh", List.of("zho", "cmn")), m.merged());
        assertEquals(Set.of("aam"), m.aliasesNotApplied().keySet());
        CorpusCounts c = new CorpusCounts("C", List.of(new LanguageCount("zho", 3, Double.NaN, 2),
                new LanguageCount("cmn", 4, Double.NaN, 3), new LanguageCount("got", 1, Double.NaN, 4)), 0, 0);
        assertEquals(Map.of("zh", 7.0), m.pages(c));
        assertEquals(Map.of("got", 1.0), m.unmatchedPages(c));
        String missing = "{\"supplemental\": {\"metadata\": {\"alias\": {\"languageAlias\": {\"eng\": {}}}}}}";
        assertEquals("aliases.json at /supplemental/metadata/alias/languageAlias/eng/_replacement: missing",
                assertThrows(MalformedDataException.class,
                        () -> LanguageAliases.read(new StringReader(missing), "aliases.json")).getMessage());
    }
}
