package org.divide.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.divide.core.Indicator;
import org.divide.core.Panel;
import org.divide.io.BadRecordPolicy;
import org.divide.io.Fixtures;
import org.divide.io.Location;
import org.divide.io.MalformedDataException;
import org.divide.io.ReadResult;
import org.divide.io.SkippedRecord;
import org.junit.jupiter.api.Test;

class WideCsvTest {

    private static ReadResult read(String text, WideLayout layout) throws IOException {
        return WideCsvReader.withDefaults().withLayout(layout).withOptions(Fixtures.options())
                .read(new StringReader(text), "w.csv");
    }

    @Test
    void roundTripsIndicatorsAcross() throws IOException {
        Panel panel = Fixtures.panel();
        StringWriter out = new StringWriter();
        WideCsv.writeIndicatorsAcross(panel, out, CsvOptions.defaults());
        assertEquals(panel, read(out.toString(), WideLayout.indicatorsAcross("year")).panel());
    }

    @Test
    void roundTripsYearsAcross() throws IOException {
        Panel panel = Fixtures.panel();
        StringWriter out = new StringWriter();
        WideCsv.writeYearsAcross(panel, out, CsvOptions.defaults().withDelimiter('\t'));
        assertTrue(out.toString().startsWith("economy\tindicator\t2020\t2021\n"), out.toString());
        ReadResult back = WideCsvReader.withDefaults().withLayout(WideLayout.yearsAcross("indicator"))
                .withCsv(CsvOptions.defaults().withDelimiter('\t')).withOptions(Fixtures.options())
                .read(new StringReader(out.toString()), "w.tsv");
        assertEquals(panel, back.panel());
    }

    @Test
    void roundTripsOneYear() throws IOException {
        Panel panel = Fixtures.panel();
        StringWriter out = new StringWriter();
        WideCsv.writeYear(panel, 2021, out, CsvOptions.defaults());
        assertEquals("economy,SP.POP.TOTL,GAP\nKEN,53219166,\nCOD,,0.3333333333333333\nNOR,5408320,\n",
                out.toString());
        assertEquals(panel.crossSection(2021), read(out.toString(), WideLayout.indicatorsAcross(2021)).panel());
        assertThrows(IllegalArgumentException.class, () -> WideCsv.writeYear(panel, 1999, out, CsvOptions.defaults()));
    }

    @Test
    void readsSelectedColumnsWithNames() throws IOException {
        String text = "name,economy,A,B,notes\nKenya,KEN,1,2,x\nNorway,NOR,3,..,y\n";
        ReadResult r = read(text, WideLayout.indicatorsAcross(2023).withEconomyName("name")
                .withValueColumns(List.of("B", "A")));
        assertEquals(List.of("B", "A"), r.panel().indicators().stream().map(Indicator::code).toList());
        assertEquals(3, r.panel().value("NOR", "A", 2023));
        assertTrue(Double.isNaN(r.panel().value("NOR", "B", 2023)));
    }

    @Test
    void yearsAcrossWithFixedIndicatorIgnoresOtherColumns() throws IOException {
        String text = "economy,label,2020,2021,\nKEN,x,1,2,\n";
        ReadResult r = read(text, WideLayout.yearsAcross(Indicator.of("POP")));
        assertEquals(2, r.panel().value("KEN", "POP", 2021));
        assertEquals(2, r.panel().years().length);
    }

    @Test
    void badCellsAreNamedAndSkippedOneByOne() throws IOException {
        String text = "economy,A,B\nKEN,1,x\nNOR,y,2\n";
        MalformedDataException e = assertThrows(MalformedDataException.class,
                () -> read(text, WideLayout.indicatorsAcross(2023)));
        assertEquals("w.csv line 2, column 'B': 'x' is not a number", e.getMessage());
        ReadResult r = WideCsvReader.withDefaults().withLayout(WideLayout.indicatorsAcross(2023))
                .withOptions(Fixtures.options().withBadRecords(BadRecordPolicy.SKIP))
                .read(new StringReader(text), "w.csv");
        assertEquals(List.of(new SkippedRecord(Location.cell("w.csv", 2, "B"), "'x' is not a number"),
                new SkippedRecord(Location.cell("w.csv", 3, "A"), "'y' is not a number")), r.skipped());
        assertEquals(1, r.panel().value("KEN", "A", 2023));
        assertEquals(2, r.panel().value("NOR", "B", 2023));
    }

    @Test
    void headerWithoutValueColumnsIsRejected() {
        MalformedDataException e = assertThrows(MalformedDataException.class,
                () -> read("economy,indicator,label\nKEN,POP,x\n", WideLayout.yearsAcross("indicator")));
        assertEquals("w.csv line 1: no year columns in the header [economy, indicator, label]", e.getMessage());
    }

    @Test
    void tablesNeutraliseFormulas() throws IOException {
        StringWriter out = new StringWriter();
        TableCsv.write(List.of("economy", "score", "rank", "note"),
                List.of(List.of("=HYPERLINK(\"x\")", 0.5, 1, "-2"), java.util.Arrays.asList("KEN", Double.NaN, 2, null)),
                out, CsvOptions.defaults());
        assertEquals("economy,score,rank,note\n\"'=HYPERLINK(\"\"x\"\")\",0.5,1,-2\nKEN,,2,\n", out.toString());
        assertThrows(IllegalArgumentException.class,
                () -> TableCsv.write(List.of("a"), List.of(List.of(1, 2)), out, CsvOptions.defaults()));
    }
}
