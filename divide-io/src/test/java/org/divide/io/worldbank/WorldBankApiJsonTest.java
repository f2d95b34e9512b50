package org.divide.io.worldbank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.divide.core.Indicator;
import org.divide.core.Panel;
import org.divide.io.BadRecordPolicy;
import org.divide.io.Fixtures;
import org.divide.io.Location;
import org.divide.io.MalformedDataException;
import org.divide.io.ReadOptions;
import org.divide.io.ReadResult;
import org.divide.io.SkippedRecord;
import org.junit.jupiter.api.Test;

class WorldBankApiJsonTest {

    private static String record(String iso3, String year, String value) {
        return "{\"indicator\": {\"id\": \"SP.POP.TOTL\", \"value\": \"Population, total\"}, \"country\": {\"id\": \""
                + iso3.substring(0, Math.min(2, iso3.length())) + "\", \"value\": \"Name " + iso3
                + "\"}, \"countryiso3code\": \"" + iso3 + "\", \"date\": \"" + year + "\", \"value\": " + value
                + ", \"unit\": \"\", \"obs_status\": \"\", \"decimal\": 0}";
    }

    private static String page(int page, int pages, int total, String... records) {
        return "[{\"page\": " + page + ", \"pages\": " + pages + ", \"per_page\": 2, \"total\": " + total
                + ", \"sourceid\": \"2\"}, [" + String.join(",\n", records) + "]]";
    }

    private static ReadResult read(ReadOptions options, String... pages) throws IOException {
        List<Reader> readers = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < pages.length; i++) {
            readers.add(new StringReader(pages[i]));
            names.add("p" + (i + 1) + ".json");
        }
        return WorldBankApiReader.withDefaults().withOptions(options).readPages(readers, names);
    }

    private static MalformedDataException fails(String... pages) {
        return assertThrows(MalformedDataException.class, () -> read(ReadOptions.defaults(), pages));
    }

    @Test
    void kenyaAgreesWithTheWdiLongFile() throws IOException {
        ReadResult api = WorldBankApiReader.withDefaults()
                .read(Fixtures.resource("worldbank/wb_v2_SP.POP.TOTL_KEN_2020-2023.json"));
        ReadResult wdi = WdiLongCsvReader.withDefaults().read(Fixtures.testdata("wdi/wdi_SP.POP.TOTL.csv"));
        Panel kenya = wdi.panel().selectEconomies(List.of("KEN")).selectYears(List.of(2020, 2021, 2022, 2023));
        assertEquals(kenya.toRows(), api.panel().toRows());
        assertEquals(kenya.economies(), api.panel().economies());
        Indicator pop = api.panel().indicator("SP.POP.TOTL");
        assertEquals("Population, total", pop.name());
        assertEquals("World Bank, World Development Indicators", pop.source());
        assertTrue(api.isClean());
    }

    @Test
    void emptyResponseGivesAnEmptyPanel() throws IOException {
        ReadResult r = WorldBankApiReader.withDefaults().read(Fixtures.resource("worldbank/wb_v2_empty_response.json"));
        assertEquals(0, r.panel().economies().size());
        assertEquals(0, r.panel().valueCount());
        assertEquals(0, read(ReadOptions.defaults(), "[{\"page\":1,\"pages\":0,\"total\":0}, null]").panel()
                .valueCount());
    }

    @Test
    void pagesAreJoinedInAnyOrder() throws IOException {
        ReadResult r = read(ReadOptions.defaults(),
                page(2, 2, 3, record("NOR", "2020", "5379475")),
                page(1, 2, 3, record("KEN", "2020", "52217334"), record("WLD", "2020", "7856138947")));
        assertEquals(52217334, r.panel().value("KEN", "SP.POP.TOTL", 2020));
        assertEquals(5379475, r.panel().value("NOR", "SP.POP.TOTL", 2020));
        assertEquals(7856138947.0, r.aggregates().value("WLD", "SP.POP.TOTL", 2020));
    }

    @Test
    void pagesMustBelongTogether() {
        String one = page(1, 2, 3, record("KEN", "2020", "1"), record("NOR", "2020", "2"));
        assertEquals("p1.json: page 2 of 2 is missing (pages given: [1])", fails(one).getMessage());
        assertEquals("p2.json at /0/page: page 1 is given twice (also p1.json)", fails(one, one).getMessage());
        assertEquals("p2.json at /0: page 2 of 3 (total 3) does not belong with p1.json, page 1 of 2 (total 3)",
                fails(one, page(2, 3, 3, record("SWE", "2020", "3"))).getMessage());
        assertEquals("p1.json at /0/total: the pages hold 2 records but total says 3 (truncated or mixed responses?)",
                fails(one, page(2, 2, 3)).getMessage());
    }

    @Test
    void apiErrorAndWrongShapesAreNamed() {
        assertEquals("p1.json at /0/message: World Bank API error: [{\"id\":\"120\",\"key\":\"Invalid value\","
                + "\"value\":\"The provided parameter value is not valid\"}]",
                fails("[{\"message\":[{\"id\":\"120\",\"key\":\"Invalid value\",\"value\":"
                        + "\"The provided parameter value is not valid\"}]}]").getMessage());
        assertEquals("p1.json at /: expected a World Bank API page [ {page, pages, total, ...}, [records] ], found "
                + "an object", fails("{\"page\": 1}").getMessage());
        assertEquals("p1.json at /0/pages: expected a page count, found string \"two\"",
                fails("[{\"page\":1,\"pages\":\"two\",\"total\":0}, []]").getMessage());
    }

    @Test
    void truncatedJsonNamesTheLine() {
        String truncated = page(1, 1, 1, record("KEN", "2020", "1"));
        MalformedDataException e = fails(truncated.substring(0, truncated.length() - 30));
        assertTrue(e.getMessage().startsWith("p1.json line 1, column "), e.getMessage());
        assertTrue(e.getMessage().contains("malformed JSON: the document ends before it is complete (truncated?)"), e.getMessage());
        assertEquals("p1.json: empty input: no JSON document", fails("  ").getMessage());
    }

    @Test
    void badRecordsAreNamedByPointerAndSkippedInLenientMode() throws IOException {
        String bad = page(1, 1, 4, record("KEN", "2020", "1"), record("KEN", "2021Q1", "2"),
                record("KEN", "2022", "\"12abc\""), record("KEN", "2020", "3"));
        assertEquals("p1.json at /1/1/date: '2021Q1' is not a calendar year", fails(bad).getMessage());
        ReadResult r = read(ReadOptions.defaults().withBadRecords(BadRecordPolicy.SKIP), bad);
        assertEquals(List.of(
                new SkippedRecord(Location.pointer("p1.json", "/1/1/date"), "'2021Q1' is not a calendar year"),
                new SkippedRecord(Location.pointer("p1.json", "/1/2/value"), "'12abc' is not a number"),
                new SkippedRecord(Location.pointer("p1.json", "/1/3"),
                        "conflicting duplicate for (KEN, SP.POP.TOTL, 2020): 3 here, 1 at p1.json at /1/0")),
                r.skipped());
        assertEquals(1, r.panel().valueCount());
    }

    @Test
    void duplicateKeysAndDeepNestingAreRejected() {
        MalformedDataException dup = fails("[{\"page\":1,\"page\":2}]");
        assertTrue(dup.getMessage().contains("at /0/page: member 'page' repeated in one object"), dup.getMessage());
        MalformedDataException deep = fails("[".repeat(100) + "]".repeat(100));
        assertTrue(deep.getMessage().contains("JSON nested deeper than 64 levels"), deep.getMessage());
    }
}
