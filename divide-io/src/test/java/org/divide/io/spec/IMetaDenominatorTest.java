package org.divide.io.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.divide.core.spec.Denominate;
import org.divide.core.spec.IndexSpec;
import org.divide.io.Fixtures;
import org.divide.io.MalformedDataException;
import org.divide.io.csv.CsvOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link IMetaCsv#readMeta}: the {@code Denominator} and {@code ScaleFactor} columns of COINr's
 * iMeta as a denominate step, and steps documents read against an iMeta framework
 * ({@link IndexSpecJson#readSteps}).
 */
class IMetaDenominatorTest {

    private static IMeta asem() throws IOException {
        return IMetaCsv.readMeta(Fixtures.testdata("asem/ASEM_iMeta.csv"));
    }

    private static IMeta read(String text) throws IOException {
        return IMetaCsv.readMeta(new StringReader(text), "iMeta.csv", CsvOptions.defaults());
    }

    @Test
    void asemDenominatorsAreThoseOfTheJsonFixture() throws IOException {
        IMeta meta = asem();
        IndexSpec json = IndexSpecJson.read(IndexSpecJsonAsemTest.resource("asem.json"));
        assertEquals(17, meta.denominate().denominators().size());
        assertEquals(json.step(Denominate.class).orElseThrow(), meta.denominate());
        assertEquals("Population", meta.denominate().denominators().get("Flights"));
        assertEquals(List.of("GDP_group", "GDPpc_group", "Pop_group", "EurAsia_group"), meta.groups());
        assertEquals(List.of("Area", "Energy", "GDP", "Population"), meta.denominators());
        assertEquals(IMetaCsv.read(Fixtures.testdata("asem/ASEM_iMeta.csv")), meta.framework());
        assertEquals(IMetaCsv.readPlain(Fixtures.testdata("asem/ASEM_iMeta.csv")), meta.plain());
    }

    @Test
    void stepsDocumentTakesTheFrameworkAndTheDenominators(@TempDir Path dir) throws IOException {
        IMeta meta = asem();
        Path steps = Files.writeString(dir.resolve("steps.json"), """
                {"steps": [{"step": "denominate"}, {"step": "impute", "method": "group-mean",
                  "grouping": "EurAsia_group"}, {"step": "treat"}, {"step": "normalise"}, {"step": "aggregate"}]}
                """, StandardCharsets.UTF_8);
        IndexSpec spec = meta.spec(IndexSpecJson.readSteps(steps, meta.framework()).steps());
        assertEquals(IndexSpecJson.read(IndexSpecJsonAsemTest.resource("asem.json")), spec);
        Path withFramework = Files.writeString(dir.resolve("full.json"), "{\"framework\": [], \"steps\": []}",
                StandardCharsets.UTF_8);
        MalformedDataException e = assertThrows(MalformedDataException.class,
                () -> IndexSpecJson.readSteps(withFramework, meta.framework()));
        assertTrue(e.getMessage().startsWith("full.json at /framework: the framework is given apart"),
                e.getMessage());
    }

    @Test
    void scaleFactorsAndNoDenominatorRows() throws IOException {
        IMeta meta = read("""
                Level,iCode,iName,Parent,Direction,Weight,Type,Denominator,ScaleFactor
                2,I,I,,1,1,Aggregate,,
                1,a,a,I,1,1,Indicator,pop,1000
                1,b,b,I,1,1,Indicator,NA,NA
                1,c,c,I,1,1,Indicator,gdp,
                """);
        assertEquals(Map.of("a", "pop", "c", "gdp"), meta.denominate().denominators());
        assertEquals(Map.of("a", 1000.0), meta.denominate().scales());
        assertEquals(List.of(), meta.denominators());
    }

    @Test
    void errorsAreLocated() {
        MalformedDataException unknown = assertThrows(MalformedDataException.class, () -> read("""
                Level,iCode,iName,Parent,Direction,Weight,Type,Denominator
                2,I,I,,1,1,Aggregate,
                1,a,a,I,1,1,Indicator,Popul
                ,Population,Population,,,,Denominator,
                """));
        assertEquals("iMeta.csv line 3, column 'Denominator': 'Popul' is not a Denominator row of the table;"
                + " they are [Population]", unknown.getMessage());
        MalformedDataException scale = assertThrows(MalformedDataException.class, () -> read("""
                Level,iCode,iName,Parent,Direction,Weight,Type,Denominator,ScaleFactor
                2,I,I,,1,1,Aggregate,,
                1,a,a,I,1,1,Indicator,pop,-1
                """));
        assertEquals("iMeta.csv line 3, column 'ScaleFactor': '-1' is not a scale factor (a finite number > 0)",
                scale.getMessage());
    }
}
