package org.divide.io.imf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.divide.core.Economy;
import org.divide.core.Indicator;
import org.divide.io.BadRecordPolicy;
import org.divide.io.Fixtures;
import org.divide.io.Location;
import org.divide.io.MalformedDataException;
import org.divide.io.ReadOptions;
import org.divide.io.ReadResult;
import org.divide.io.SkippedRecord;
import org.divide.io.UnmatchedPolicy;
import org.junit.jupiter.api.Test;

class ImfDataMapperJsonTest {

    private static ReadResult read(String json, ReadOptions options) throws IOException {
        return ImfDataMapperReader.withDefaults().withOptions(options).read(new StringReader(json), "imf.json");
    }

    @Test
    void dataAloneListsGroupsAsUnmatched() throws IOException {
        ReadResult r = ImfDataMapperReader.withDefaults().read(Fixtures.resource("imf/datamapper_synthetic.json"));
        assertEquals(List.of("NGDP_RPCH", "LUR"), r.panel().indicators().stream().map(Indicator::code).toList());
        assertEquals(List.of("ADVEC", "AFQ"), r.unmatched().stream().map(u -> u.key()).toList());
        assertEquals("datamapper_synthetic.json at /values/NGDP_RPCH/ADVEC", r.unmatched().get(0).firstSeen()
                .toString());
        assertEquals(5.0, r.panel().value("KEN", "NGDP_RPCH", 2023));
        assertEquals(5.5, r.panel().value("KEN", "LUR", 2023), "numeric strings are read");
        assertTrue(Double.isNaN(r.panel().value("KEN", "NGDP_RPCH", 2024)));
        assertEquals(List.of(2022, 2023, 2024), java.util.Arrays.stream(r.panel().years()).boxed().toList());

        ReadResult dropped = ImfDataMapperReader.withDefaults().withOptions(ReadOptions.defaults()
                .withUnmatched(UnmatchedPolicy.DROP)).read(Fixtures.resource("imf/datamapper_synthetic.json"));
        assertEquals(List.of("KEN", "NOR"), dropped.panel().economies().stream().map(Economy::code).toList());
    }

    @Test
    void metadataNamesIndicatorsAndKeepsGroupsApart() throws IOException {
        ReadResult r = ImfDataMapperReader.withDefaults()
                .withMetadata(Fixtures.resource("imf/datamapper_indicators_synthetic.json"))
                .withMetadata(Fixtures.resource("imf/datamapper_groups_synthetic.json"))
                .read(Fixtures.resource("imf/datamapper_synthetic.json"));
        assertTrue(r.isClean());
        assertEquals(List.of("KEN", "NOR"), r.panel().economies().stream().map(Economy::code).toList());
        assertEquals(List.of("ADVEC", "AFQ"), r.aggregates().economies().stream().map(Economy::code).toList());
        assertEquals("Advanced economies", r.aggregates().economy("ADVEC").name());
        assertEquals(1.5, r.aggregates().value("ADVEC", "NGDP_RPCH", 2023));
        Indicator growth = r.panel().indicator("NGDP_RPCH");
        assertEquals("Real GDP growth", growth.name());
        assertEquals("Annual percent change", growth.unit());
        assertEquals("Synthetic test data", growth.source());
    }

    @Test
    void malformedInputIsNamedByPointer() {
        ReadOptions strict = ReadOptions.defaults();
        assertEquals("imf.json at /values/X/KEN/2023: '12abc' is not a number", assertThrows(
                MalformedDataException.class, () -> read("{\"values\":{\"X\":{\"KEN\":{\"2023\":\"12abc\"}}}}", strict))
                .getMessage());
        assertEquals("imf.json at /values/X/KEN/2023Q1: '2023Q1' is not a calendar year", assertThrows(
                MalformedDataException.class, () -> read("{\"values\":{\"X\":{\"KEN\":{\"2023Q1\":1}}}}", strict))
                .getMessage());
        assertEquals("imf.json at /values/X/KEN: expected an object of years, found an array", assertThrows(
                MalformedDataException.class, () -> read("{\"values\":{\"X\":{\"KEN\":[1]}}}", strict)).getMessage());
        assertEquals("imf.json at /: expected a DataMapper data response {\"values\": {INDICATOR: {ECONOMY: {YEAR: "
                + "value}}}}, found members [indicators, api]", assertThrows(MalformedDataException.class,
                        () -> read("{\"indicators\":{}, \"api\":{}}", strict)).getMessage());
        MalformedDataException dup = assertThrows(MalformedDataException.class,
                () -> read("{\"values\":{\"X\":{\"KEN\":{\"2023\":1},\"KEN\":{\"2023\":2}}}}", strict));
        assertTrue(dup.getMessage().contains("at /values/X/KEN: member 'KEN' repeated in one object"), dup.getMessage());
        MalformedDataException truncated = assertThrows(MalformedDataException.class,
                () -> read("{\"values\":{\"X\":{\"KEN\":{\"2023\":1", strict));
        assertTrue(truncated.getMessage().startsWith("imf.json line 1, column "), truncated.getMessage());
    }

    @Test
    void lenientModeSkipsBadValues() throws IOException {
        ReadResult r = read("{\"values\":{\"X\":{\"KEN\":{\"2022\":true,\"2023\":1},\"Kenya\":{\"2023\":2}}}}",
                ReadOptions.defaults().withBadRecords(BadRecordPolicy.SKIP));
        assertEquals(List.of(
                new SkippedRecord(Location.pointer("imf.json", "/values/X/KEN/2022"), "expected a number, found "
                        + "boolean true"),
                new SkippedRecord(Location.pointer("imf.json", "/values/X/Kenya/2023"),
                        "conflicting duplicate for (KEN, X, 2023): 2 here, 1 at imf.json at /values/X/KEN/2023")),
                r.skipped());
    }
}
