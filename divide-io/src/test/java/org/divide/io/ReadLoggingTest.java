package org.divide.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.divide.io.csv.LongCsvReader;
import org.divide.io.sdmx.SdmxNotes;
import org.divide.io.testlog.CapturedLogs;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

/**
 * What the readers log through slf4j (captured by {@link CapturedLogs}): skipped records, unknown
 * economies, aggregates kept apart, repeated records and format decisions, at DEBUG.
 */
class ReadLoggingTest {

    private static final String CSV = """
            economy,indicator,year,value
            KEN,gdp,2020,1.5
            KEN,gdp,twenty,2.0
            XYZ,gdp,2020,3.0
            WLD,gdp,2020,4.0
            KEN,gdp,2020,1.5
            """;

    @Test
    void aLenientReadLogsItsSkippedRecords() throws IOException {
        String source = "logging-lenient.csv";
        ReadResult r = LongCsvReader.withDefaults().withLenient(true).read(new StringReader(CSV), source);
        assertEquals(1, r.skipped().size());

        List<CapturedLogs.Event> skipped = CapturedLogs.containing(source + " line 3, column 'year': skipped: ");
        assertEquals(1, skipped.size(), () -> String.valueOf(CapturedLogs.containing(source)));
        assertEquals(Level.DEBUG, skipped.get(0).level());
        assertTrue(skipped.get(0).message().endsWith("'twenty' is not a calendar year"), skipped.get(0).message());
        assertEquals("org.divide.io.internal.PanelCollector", skipped.get(0).logger());

        assertEquals(1, CapturedLogs.containing(source + " line 4: unknown economy 'XYZ'").size());
        assertEquals(1, CapturedLogs.containing(source + " line 5: 'WLD' is the aggregate").size());
        assertEquals(1, CapturedLogs.containing(source + " line 6: repeats (KEN, gdp, 2020) of " + source
                + " line 2").size());
        assertEquals(1, CapturedLogs.containing(source + ": 2 economies, 1 aggregates kept apart, 1 indicators;"
                + " 1 unknown economies, 1 records skipped, 1 repeated records ignored").size());
    }

    @Test
    void aStrictReadLogsNoSkippedRecord() {
        String source = "logging-strict.csv";
        LongCsvReader strict = LongCsvReader.withDefaults();
        MalformedDataException e = assertThrows(MalformedDataException.class,
                () -> strict.read(new StringReader(CSV), source));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
        assertEquals(List.of(), CapturedLogs.containing(source + " line 3: skipped"));
    }

    @Test
    void formatDetectionLogsItsDecision() throws MalformedDataException {
        String source = "logging-detect.csv";
        assertEquals(PanelFormat.LONG, PanelFormats.detect(source, CSV.getBytes(StandardCharsets.UTF_8)));
        List<CapturedLogs.Event> decided = CapturedLogs.containing(source + ": format ");
        assertEquals(1, decided.size());
        assertTrue(decided.get(0).message().contains("the CSV header [economy, indicator, year, value]"),
                decided.get(0).message());
    }

    @Test
    void anSdmxReadLogsItsFormatAndTheRolesItSettledOn() throws IOException {
        Path file = Fixtures.resource("sdmx/csv/oecd_DF_G20_PRICES_CHN_sdmxcsv10.csv");
        String name = file.getFileName().toString();
        SdmxNotes notes = SdmxNotes.of(PanelReader.withDefaults().read(file));
        // other tests may read the same file at the same time: at least one of each
        assertTrue(!CapturedLogs.containing(name + ": format sdmx-csv (from the CSV header").isEmpty());
        assertTrue(!CapturedLogs.containing(name + ": SDMX structure '" + notes.structure() + "': economy dimension "
                + notes.economyDimension() + ", indicator from " + notes.indicatorDimensions()).isEmpty(),
                () -> String.valueOf(CapturedLogs.containing(name)));
    }
}
