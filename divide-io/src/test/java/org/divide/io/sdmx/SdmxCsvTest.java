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
import org.divide.io.csv.CsvOptions;
import org.junit.jupiter.api.Test;

/**
 * SDMX-CSV on real provider files and the SDMX technical working group samples. Expected counts
 * come from Python's csv module ({@code len(list(csv.reader(f))) - 1} rows; distinct values by
 * set()), not from this reader.
 */
class SdmxCsvTest {

    /** The format samples use DIM_1 as a stand-in economy and DIM_3 as the time. */
    private static final SdmxOptions SAMPLE = SdmxOptions.defaults().withEconomy("DIM_1").withTime("DIM_3");

    @Test
    void oecdPricesLoad() throws IOException {
        ReadResult r = SdmxCsvReader.withDefaults().read(file("csv/oecd_DF_G20_PRICES_CHN_sdmxcsv10.csv"));
        // python csv: 41 rows, one series (CHN, A.N.CPI.PA._T.N.GY), 1985-2025
        assertEquals(1, SdmxNotes.of(r).series());
        assertEquals(41, SdmxNotes.of(r).observations());
        assertEquals("OECD.SDD.TPS:DSD_G20_PRICES@DF_G20_PRICES(1.0)", SdmxNotes.of(r).structure());
        assertEquals("REF_AREA", SdmxNotes.of(r).economyDimension());
        assertEquals(List.of("FREQ", "METHODOLOGY", "MEASURE", "UNIT_MEASURE", "EXPENDITURE", "ADJUSTMENT",
                "TRANSFORMATION"), SdmxNotes.of(r).indicatorDimensions());
        Panel p = r.panel();
        assertEquals(List.of("CHN"), p.economies().stream().map(e -> e.code()).toList());
        assertEquals(List.of("A.N.CPI.PA._T.N.GY"), p.indicators().stream().map(i -> i.code()).toList());
        assertEquals(41, p.valueCount());
        assertEquals(9.3, p.value("CHN", "A.N.CPI.PA._T.N.GY", 1985));
        assertEquals(-0.8, p.value("CHN", "A.N.CPI.PA._T.N.GY", 1998));
        assertEquals(0.0, p.value("CHN", "A.N.CPI.PA._T.N.GY", 2025));
        assertTrue(r.isClean());
    }

    @Test
    void eurostatQuarterlyWithLabelColumnsKeepsQuartersApart() throws IOException {
        ReadResult r = SdmxCsvReader.withDefaults().read(file("csv/estat_EI_BPM6CA_Q_sdmxcsv2_labels-both.csv"));
        // python csv: 19 rows, 2 series (bop_item CA: 10 quarters 2023-Q1..2025-Q2; CKA: 9)
        assertEquals(2, SdmxNotes.of(r).series());
        assertEquals(19, SdmxNotes.of(r).observations());
        assertEquals("geo", SdmxNotes.of(r).economyDimension());
        assertEquals("ESTAT:EI_BPM6CA_Q$DEFAULTVIEW(1.0)", SdmxNotes.of(r).structure());
        String ca = "Q.MIO_EUR.NSA.S1.S1.EXT_EA20.BAL.CA";
        List<UnmatchedEconomy> unmatched = r.unmatched();
        assertEquals(1, unmatched.size());
        assertEquals("EA20", unmatched.get(0).key());
        assertEquals("Euro area – 20 countries (from 2023)", unmatched.get(0).name(), "from the label column");
        assertEquals(19, unmatched.get(0).records());
        Panel p = r.panel();
        assertEquals(List.of(2023, 2024, 2025), List.of(p.years()[0], p.years()[1], p.years()[2]));
        assertEquals(23962.1, p.value("EA20", ca + "@Q1", 2023));
        assertEquals(57650.1, p.value("EA20", ca + "@Q2", 2025));
        assertEquals(63670.1, p.value("EA20", "Q.MIO_EUR.NSA.S1.S1.EXT_EA20.BAL.CKA@Q1", 2025));
        assertEquals(8, p.indicatorCount(), "two series x four quarters");
        assertEquals("Quarterly, Million euro, Unadjusted data (i.e. neither seasonally adjusted nor calendar adjusted"
                + " data), Total economy, Total economy, Extra-euro area - 20 countries (from 2023), Balance, Current"
                + " account (Q1)", p.indicator(ca + "@Q1").name(), "from the label columns");
        assertEquals(19, p.valueCount());
    }

    @Test
    void eurostatNamesInsteadOfCodesGiveTheSameValues() throws IOException {
        ReadResult names = SdmxCsvReader.withDefaults().read(file("csv/estat_EI_BPM6CA_Q_sdmxcsv10_labels-name.csv"));
        ReadResult codes = SdmxCsvReader.withDefaults().read(file("csv/estat_EI_BPM6CA_Q_sdmxcsv2_labels-both.csv"));
        assertEquals(2, SdmxNotes.of(names).series());
        assertEquals(19, SdmxNotes.of(names).observations());
        assertEquals("Euro area – 20 countries (from 2023)", names.unmatched().get(0).key());
        List<Double> a = names.panel().toRows().stream().map(Panel.Row::value).sorted().toList();
        List<Double> b = codes.panel().toRows().stream().map(Panel.Row::value).sorted().toList();
        assertEquals(b, a);
        assertTrue(names.panel().indicators().get(0).code().startsWith("Quarterly.Million euro."));
    }

    @Test
    void sampleVersionsAndLabelShapesAgree() throws IOException {
        Panel ordinary10 = SdmxCsvReader.withDefaults().withSdmx(SAMPLE).withOptions(NONE)
                .read(file("csv/sdmxcsv10_ex1_ordinary.csv")).panel();
        Panel ordinary21 = SdmxCsvReader.withDefaults().withSdmx(SAMPLE).withOptions(NONE)
                .read(file("csv/sdmxcsv21_ex1_ordinary.csv")).panel();
        Panel labels = SdmxCsvReader.withDefaults().withSdmx(SAMPLE).withOptions(NONE)
                .read(file("csv/sdmxcsv21_ex6_labels_name.csv")).panel();
        ReadOptions comma = NONE.withDecimalComma(true);
        Panel french10 = SdmxCsvReader.withDefaults().withSdmx(SAMPLE).withOptions(comma)
                .read(file("csv/sdmxcsv10_ex2_localised_fr_semicolon.csv")).panel();
        Panel french21 = SdmxCsvReader.withDefaults().withSdmx(SAMPLE).withOptions(comma)
                .read(file("csv/sdmxcsv21_ex4_localised_fr_semicolon.csv")).panel();
        assertEquals(12.4, ordinary10.value("A", "B@M01", 2014));
        assertEquals(10.8, ordinary10.value("A", "B@M02", 2014));
        for (Panel p : List.of(ordinary21, labels, french10, french21)) {
            assertEquals(ordinary10.toRows(), p.toRows());
        }
        assertEquals("A", ordinary10.economy("A").name());
        assertEquals("Value A", labels.economy("A").name(), "from the label column");
        assertEquals("Value A", french21.economy("A").name(), "from 'A: Value A'");
    }

    @Test
    void anyOrderNeedsTheDimensionsNamed() throws IOException {
        String name = "csv/sdmxcsv21_ex2_any_order_multivalue.csv";
        MalformedDataException e = assertThrows(MalformedDataException.class, () -> SdmxCsvReader.withDefaults()
                .withSdmx(SAMPLE).withOptions(NONE).read(file(name)));
        assertEquals("sdmxcsv21_ex2_any_order_multivalue.csv line 1: no measure column 'OBS_VALUE' in the header "
                + "[STRUCTURE[;], STRUCTURE_ID, ACTION, OBS_VALUE1, OBS_VALUE2, ATTR_3, ATTR_1[], DIM_2, DIM_1, DIM_3]",
                e.getMessage());
        SdmxOptions named = SAMPLE.withMeasure("OBS_VALUE2").withDimensions("DIM_1", "DIM_2", "DIM_3");
        Panel p = SdmxCsvReader.withDefaults().withSdmx(named).withOptions(NONE).read(file(name)).panel();
        assertEquals(12.5, p.value("A", "B@M01", 2014));
        assertEquals(10.9, p.value("A", "B@M02", 2014));
    }

    @Test
    void subAnnualCanBeRejected() throws IOException {
        SdmxOptions annual = SAMPLE.withSubAnnual(SubAnnualPolicy.REJECT);
        MalformedDataException e = assertThrows(MalformedDataException.class, () -> SdmxCsvReader.withDefaults()
                .withSdmx(annual).withOptions(NONE).read(file("csv/sdmxcsv10_ex1_ordinary.csv")));
        assertEquals("sdmxcsv10_ex1_ordinary.csv line 2: '2014-M01' is a monthly period, and SubAnnualPolicy.REJECT"
                + " keeps whole years only", e.getMessage());
        ReadResult lenient = SdmxCsvReader.withDefaults().withSdmx(annual)
                .withOptions(NONE.withBadRecords(BadRecordPolicy.SKIP)).read(file("csv/sdmxcsv10_ex1_ordinary.csv"));
        assertEquals(2, lenient.skipped().size());
        assertTrue(lenient.panel().isEmpty());
    }

    @Test
    void badValueNamesLineAndColumn() {
        String text = "DATAFLOW,REF_AREA,FREQ,TIME_PERIOD,OBS_VALUE\nX:Y(1.0),KEN,A,2020,1.5\nX:Y(1.0),KEN,A,2021,x\n";
        MalformedDataException e = assertThrows(MalformedDataException.class, () -> read(text));
        assertEquals("t.csv line 3, column 'OBS_VALUE': 'x' is not a number", e.getMessage());
        String badPeriod = "DATAFLOW,REF_AREA,FREQ,TIME_PERIOD,OBS_VALUE\nX:Y(1.0),KEN,A,2020-13,1.5\n";
        e = assertThrows(MalformedDataException.class, () -> read(badPeriod));
        assertTrue(e.getMessage().startsWith("t.csv line 2, column 'TIME_PERIOD': '2020-13' is not an SDMX time"
                + " period"), e.getMessage());
    }

    @Test
    void decimalCommaWithoutTheOptionGivesAHint() {
        String text = "DATAFLOW;REF_AREA;FREQ;TIME_PERIOD;OBS_VALUE\nX:Y(1.0);KEN;A;2020;1,5\n";
        MalformedDataException e = assertThrows(MalformedDataException.class, () -> read(text));
        assertEquals("t.csv line 2, column 'OBS_VALUE': '1,5' is not a number (decimal comma? see"
                + " ReadOptions.withDecimalComma)", e.getMessage());
    }

    @Test
    void wrongDelimiterEmptyTruncatedAndForeignFilesAreNamed() {
        String semicolons = "DATAFLOW;REF_AREA;TIME_PERIOD;OBS_VALUE\nX;KEN;2020;1\n";
        MalformedDataException e = assertThrows(MalformedDataException.class, () -> SdmxCsvReader.withDefaults()
                .withCsv(CsvOptions.defaults()).withOptions(NONE).read(new StringReader(semicolons), "t.csv"));
        assertEquals("t.csv line 1: not SDMX-CSV: the first column is 'DATAFLOW;REF_AREA;TIME_PERIOD;OBS_VALUE',"
                + " expected DATAFLOW (SDMX-CSV 1.0) or STRUCTURE (2.x); the header has one column only (wrong"
                + " delimiter?)", e.getMessage());
        e = assertThrows(MalformedDataException.class, () -> read(""));
        assertEquals("t.csv: empty input: no header line", e.getMessage());
        e = assertThrows(MalformedDataException.class, () -> read("DATAFLOW,REF_AREA,TIME_PERIOD,OBS_VALUE\n"
                + "X,KEN,2020,\"1"));
        assertTrue(e.getMessage().startsWith("t.csv line 3: malformed CSV: a quoted field is not closed before the end of the input"),
                e.getMessage());
        e = assertThrows(MalformedDataException.class, () -> read("DATAFLOW,REF_AREA,TIME_PERIOD,OBS_VALUE\n"
                + "X,KEN,2020\n"));
        assertEquals("t.csv line 2: 3 fields but the header has 4: [X, KEN, 2020]", e.getMessage());
        e = assertThrows(MalformedDataException.class, () -> read("Country,Year,Value\nKEN,2020,1\n"));
        assertTrue(e.getMessage().startsWith("t.csv line 1: not SDMX-CSV: the first column is 'Country'"));
        e = assertThrows(MalformedDataException.class, () -> read("DATAFLOW,REF_AREA,FREQ,OBS_VALUE\nX,KEN,A,1\n"));
        assertTrue(e.getMessage().startsWith("t.csv line 1: no time dimension 'TIME_PERIOD'"), e.getMessage());
    }

    @Test
    void noEconomyDimensionIsExplained() {
        MalformedDataException e = assertThrows(MalformedDataException.class, () -> read(
                "DATAFLOW,FREQ,ITEM,TIME_PERIOD,OBS_VALUE\nX,A,B,2020,1\n"));
        assertEquals("t.csv line 2: no economy dimension among the dimensions [FREQ, ITEM] (looked for [REF_AREA,"
                + " GEO, COUNTRY, LOCATION, REPORTING_COUNTRY, COU] and *_REF_AREA); name one with"
                + " SdmxOptions.withEconomy or set one economy with SdmxOptions.withFixedEconomy", e.getMessage());
    }

    @Test
    void conflictingDuplicateNamesBothLines() {
        String text = "DATAFLOW,REF_AREA,INDICATOR,UNIT,TIME_PERIOD,OBS_VALUE\nX,KEN,GDP,USD,2020,1\n"
                + "X,KEN,GDP,EUR,2020,2\n";
        MalformedDataException e = assertThrows(MalformedDataException.class, () -> read(text));
        assertEquals("t.csv line 3: conflicting duplicate for (KEN, GDP, 2020): 2 here, 1 at t.csv line 2",
                e.getMessage());
        SdmxOptions key = SdmxOptions.defaults().withSeriesKeyIndicator();
        assertEquals(2, assertDoesNotThrow(text, key).panel().indicatorCount());
    }

    @Test
    void registryResolvesCodesAndFixedEconomy() throws IOException {
        String text = "DATAFLOW,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE\nX,KEN,GDP,2020,1\nX,EU27_2020,GDP,2020,2\n";
        ReadResult r = SdmxCsvReader.withDefaults().read(new StringReader(text), "t.csv");
        assertEquals("Kenya", r.panel().economy("KEN").name());
        assertEquals(List.of("EU27_2020"), r.unmatched().stream().map(UnmatchedEconomy::key).toList());
        ReadResult fixed = SdmxCsvReader.withDefaults().withSdmx(SdmxOptions.defaults() .withFixedEconomy("FRA")
                .withSeriesKeyIndicator()).read(new StringReader(text), "t.csv");
        assertEquals(List.of("FRA"), fixed.panel().economies().stream().map(x -> x.code()).toList());
        assertEquals(List.of("KEN.GDP", "EU27_2020.GDP"), fixed.panel().indicators().stream().map(x -> x.code())
                .toList());
    }

    private static ReadResult assertDoesNotThrow(String text, SdmxOptions sdmx) {
        try {
            return SdmxCsvReader.withDefaults().withSdmx(sdmx).withOptions(NONE).read(new StringReader(text), "t.csv");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static ReadResult read(String text) throws IOException {
        return SdmxCsvReader.withDefaults().withOptions(NONE).read(new StringReader(text), "t.csv");
    }
}
