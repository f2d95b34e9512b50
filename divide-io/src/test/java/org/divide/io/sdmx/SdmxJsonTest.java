package org.divide.io.sdmx;

import static org.divide.io.sdmx.SdmxFixtures.NONE;
import static org.divide.io.sdmx.SdmxFixtures.file;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.divide.core.Panel;
import org.divide.io.BadRecordPolicy;
import org.divide.io.MalformedDataException;
import org.divide.io.ReadOptions;
import org.divide.io.ReadResult;
import org.divide.io.UnmatchedEconomy;
import org.junit.jupiter.api.Test;

/**
 * SDMX-JSON on real OECD responses and the SDMX technical working group samples. Expected counts
 * come from a Python script over {@code json.load} (observations = entries of every
 * {@code observations} object; series = distinct sets of non-time dimension values), not from
 * this reader.
 */
class SdmxJsonTest {

    private static final SdmxOptions EXR = SdmxOptions.defaults().withEconomy("CURRENCY");

    @Test
    void oecdGreenhouseGasesLoad() throws IOException {
        ReadResult r = SdmxJsonReader.withDefaults().read(file("json/oecd_DF_AIR_GHG_2018_flat.json"));
        // python: 28 observations = 7 economies x 4 pollutants, 2018 only; 28 series
        assertEquals(28, SdmxNotes.of(r).series());
        assertEquals(28, SdmxNotes.of(r).observations());
        assertEquals("REF_AREA", SdmxNotes.of(r).economyDimension());
        assertEquals(List.of("FREQ", "POLLUTANT", "MEASURE", "UNIT_MEASURE"), SdmxNotes.of(r).indicatorDimensions());
        Panel p = r.panel();
        assertEquals(List.of("RUS", "BRA", "MEX", "FRA", "CAN", "ITA", "ESP"), p.economies().stream()
                .map(e -> e.code()).toList());
        assertEquals(4, p.indicatorCount());
        assertEquals(28, p.valueCount());
        assertEquals(444942.92053508, p.value("FRA", "A.GHG._T.T_CO2E", 2018));
        assertEquals(332385.11992807, p.value("FRA", "A.CO2._T.T_CO2E", 2018));
        assertEquals(1709909.7257916, p.value("RUS", "A.CO2._T.T_CO2E", 2018));
        assertEquals("Annual, Greenhouse gases, Total emissions excluding LULUCF, Tonnes of CO2-equivalent",
                p.indicator("A.GHG._T.T_CO2E").name(), "from the names of the values in the structure");
        assertTrue(r.isClean());
    }

    @Test
    void oecdLatestYearPerEconomyIsSparse() throws IOException {
        ReadResult r = SdmxJsonReader.withDefaults()
                .read(file("json/oecd_DF_TABLE1_EXPENDITURE_HVPVOB_lastN1_flat.json"));
        // python: 3 observations, JPN 2023, BRA 2021, IDN 2022
        assertEquals(3, SdmxNotes.of(r).series());
        assertEquals(3, SdmxNotes.of(r).observations());
        Panel p = r.panel();
        String gdp = "A.S1.S1.B1GQ_POP._Z._Z._Z.USD_PPP_PS.LR.N.T0102";
        assertEquals(List.of(gdp), p.indicators().stream().map(i -> i.code()).toList());
        assertEquals(3, p.yearCount());
        assertEquals(3, p.valueCount());
        assertEquals(43434.539255, p.value("JPN", gdp, 2023));
        assertEquals(14341.225149, p.value("BRA", gdp, 2021));
        assertEquals(12410.169563, p.value("IDN", gdp, 2022));
        assertTrue(Double.isNaN(p.value("JPN", gdp, 2021)));
    }

    @Test
    void messageWithoutTimeDimensionIsRejected() {
        MalformedDataException e = assertThrows(MalformedDataException.class, () -> SdmxJsonReader.withDefaults()
                .read(file("json/oecd_stat_PART2_all_flat.json")));
        assertEquals("oecd_stat_PART2_all_flat.json at /structure/dimensions: no time dimension: the dimensions are"
                + " [LOCATION, IND, PER, GRD, FLD, MSR] and none is 'TIME_PERIOD' or has the TIME_PERIOD role, so the"
                + " observations have no period and cannot form a panel (name the time dimension with"
                + " SdmxOptions.withTime)", e.getMessage());
        assertThrows(MalformedDataException.class, () -> SdmxJsonReader.withDefaults()
                .withOptions(ReadOptions.defaults().withBadRecords(BadRecordPolicy.SKIP))
                .read(file("json/oecd_stat_PART2_all_flat.json")),
                "lenient mode cannot make a panel either");
    }

    @Test
    void layoutsAndVersionsOfTheEcbSampleGiveIdenticalPanels() throws IOException {
        Panel reference = SdmxJsonReader.withDefaults().withSdmx(EXR).withOptions(NONE)
                .read(file("json/exr-flat.json")).panel();
        // python: NZD 1.5931 (2013-01-18), 1.5925 (2013-01-21); RUB 40.3426, 40.3116
        String rate = "D.EUR.SP00.A";
        assertEquals(1.5931, reference.value("NZD", rate + "@D018", 2013));
        assertEquals(1.5925, reference.value("NZD", rate + "@D021", 2013));
        assertEquals(40.3426, reference.value("RUB", rate + "@D018", 2013));
        assertEquals(4, reference.valueCount());
        assertEquals("Russian rouble", reference.economy("RUB").name(), "the value's name in the structure");
        for (String name : List.of("json/exr-time-series.json", "json/exr-cross-section.json", "json-1.0/exr-flat.json",
                "json-1.0/exr-time-series.json")) {
            ReadResult r = SdmxJsonReader.withDefaults().withSdmx(EXR).withOptions(NONE).read(file(name));
            assertEquals(2, SdmxNotes.of(r).series(), name);
            assertEquals(4, SdmxNotes.of(r).observations(), name);
            assertEquals(reference, r.panel(), name);
        }
    }

    @Test
    void repeatedKeyInTheOfficialCrossSectionSampleIsRejected() {
        // the 1.0 cross-section sample repeats "keyPosition" in the TIME_PERIOD dimension (same
        // value): duplicate keys are refused everywhere, as a last-wins parser could lose data
        MalformedDataException e = assertThrows(MalformedDataException.class, () -> SdmxJsonReader.withDefaults()
                .withSdmx(EXR).withOptions(NONE).read(file("json-1.0/exr-cross-section.json")));
        assertEquals("exr-cross-section.json line 92, column 34, at /data/structure/dimensions/series/0/keyPosition:"
                + " member 'keyPosition' repeated in one object",
                e.getMessage());
    }

    @Test
    void agricultureSampleHasUnmatchedSubnationalAreas() throws IOException {
        ReadResult r = SdmxJsonReader.withDefaults().read(file("json/agri.json"));
        // python: 12 observations, 3 areas x 2014-2017
        assertEquals(3, SdmxNotes.of(r).series());
        assertEquals(12, SdmxNotes.of(r).observations());
        assertEquals(List.of("ASIKHM001", "ASIKHM002", "ASIKHM"), r.unmatched().stream()
                .map(UnmatchedEconomy::key).toList());
        assertEquals(List.of("FREQ"), SdmxNotes.of(r).indicatorDimensions());
        assertEquals(350.154, r.panel().value("ASIKHM001", "A", 2014));
    }

    @Test
    void badObservationNamesItsPointer() {
        String json = message("\"0:0\": [1.5], \"0:1\": [\"abc\"]");
        MalformedDataException e = assertThrows(MalformedDataException.class, () -> read(json));
        assertEquals("m.json at /dataSets/0/observations/0:1: 'abc' is not a number", e.getMessage());
        String outOfRange = message("\"0:7\": [1.5]");
        e = assertThrows(MalformedDataException.class, () -> read(outOfRange));
        assertEquals("m.json at /dataSets/0/observations/0:7: dimension TIME_PERIOD has no value 7 (it has 2)",
                e.getMessage());
        String shortKey = message("\"0\": [1.5]");
        e = assertThrows(MalformedDataException.class, () -> read(shortKey));
        assertEquals("m.json at /dataSets/0/observations/0: key '0' has 1 positions but 2 dimensions are at this"
                + " level: [REF_AREA, TIME_PERIOD]", e.getMessage());
    }

    @Test
    void aDataSetLevelValueWithoutIdIsMalformed() {
        // found by SdmxJsonFuzzTest: was an IllegalArgumentException out of the reader
        String json = "{\"dataSets\": [{\"observations\": {\"0:0\": [1.5]}}], \"structure\": {\"dimensions\": {"
                + "\"dataSet\": [{\"id\": \"FREQ\", \"values\": [{\"name\": \"Annual\"}]}],"
                + "\"observation\": [{\"id\": \"REF_AREA\", \"values\": [{\"id\": \"KEN\"}]},"
                + " {\"id\": \"TIME_PERIOD\", \"values\": [{\"id\": \"2020\"}]}]}}}";
        MalformedDataException e = assertThrows(MalformedDataException.class, () -> read(json));
        assertTrue(e.getMessage().startsWith("m.json at /dataSets/0"), e.getMessage());
        assertTrue(e.getMessage().endsWith(": value 0 of dimension FREQ has no id"), e.getMessage());
    }

    @Test
    void lenientModeSkipsBadObservations() throws IOException {
        String json = message("\"0:0\": [1.5], \"0:1\": [\"abc\"], \"1:1\": [null]");
        ReadResult r = SdmxJsonReader.withDefaults()
                .withOptions(ReadOptions.defaults() .withBadRecords(BadRecordPolicy.SKIP))
                .read(new StringReader(json), "m.json");
        assertEquals(1, r.skipped().size());
        assertEquals(2, SdmxNotes.of(r).observations(), "the null value is a missing observation, not a bad one");
        assertEquals(1.5, r.panel().value("KEN", "OBS_VALUE", 2020));
        assertEquals("Kenya", r.panel().economy("KEN").name());
    }

    @Test
    void notJsonTruncatedEmptyAndForeignDocumentsAreNamed() {
        MalformedDataException e = assertThrows(MalformedDataException.class, () -> read(""));
        assertEquals("m.json: empty input: no JSON document", e.getMessage());
        String truncated = message("\"0:0\": [1.5]");
        e = assertThrows(MalformedDataException.class, () -> read(truncated.substring(0, truncated.length() - 9)));
        assertTrue(e.getMessage().startsWith("m.json line 1, column "), e.getMessage());
        assertTrue(e.getMessage().contains("malformed JSON: the document ends before it is complete (truncated?)"), e.getMessage());
        e = assertThrows(MalformedDataException.class, () -> read("[1, 2]"));
        assertEquals("m.json at /: not an SDMX-JSON data message: no 'dataSets' array", e.getMessage());
        e = assertThrows(MalformedDataException.class, () -> read("{\"dataSets\": []}"));
        assertEquals("m.json at /: not an SDMX-JSON data message: no 'structure' object (1.0) or 'structures'"
                + " array (2.x)", e.getMessage());
        String duplicate = "{\"dataSets\": [], \"dataSets\": []}";
        e = assertThrows(MalformedDataException.class, () -> read(duplicate));
        assertTrue(e.getMessage().contains("member 'dataSets' repeated in one object"), e.getMessage());
    }

    @Test
    void deepNestingIsBounded() {
        String deep = "{\"dataSets\": " + "[".repeat(5000) + "]".repeat(5000) + "}";
        MalformedDataException e = assertThrows(MalformedDataException.class, () -> read(deep));
        assertTrue(e.getMessage().contains(": JSON nested deeper than 64 levels (limit ReadLimits.maxJsonDepth; raise it with"
                + " ReadOptions.withLimits)"), e.getMessage());
    }

    /** A 1.0 message with REF_AREA (KEN, NOR) and TIME_PERIOD (2020, 2021) at observation level. */
    private static String message(String observations) {
        return "{\"dataSets\": [{\"observations\": {" + observations + "}}], \"structure\": {\"dimensions\": {"
                + "\"observation\": [{\"id\": \"REF_AREA\", \"values\": [{\"id\": \"KEN\", \"name\": \"Kenya\"},"
                + " {\"id\": \"NOR\"}]}, {\"id\": \"TIME_PERIOD\", \"values\": [{\"id\": \"2020\"}, {\"id\": \"2021\"}]}]}}}";
    }

    private static ReadResult read(String json) throws IOException {
        return SdmxJsonReader.withDefaults().withOptions(NONE).read(new StringReader(json), "m.json");
    }
}
