package org.divide.io.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import org.divide.core.Direction;
import org.divide.core.Framework;
import org.divide.core.spec.Aggregate;
import org.divide.core.spec.IndexSpec;
import org.divide.core.spec.Normalise;
import org.divide.io.Fixtures;
import org.divide.io.MalformedDataException;
import org.divide.io.csv.CsvOptions;
import org.junit.jupiter.api.Test;

/** {@link IMetaCsv} on COINr 1.1.14's {@code ASEM_iMeta} and on malformed tables. */
class IMetaCsvTest {

    private static final String HEADER = "Level,iCode,iName,Parent,Direction,Weight,Type\n";

    private static Framework asem() throws IOException {
        return IMetaCsv.read(Fixtures.testdata("asem/ASEM_iMeta.csv"));
    }

    @Test
    void readsTheAsemFramework() throws IOException {
        Framework f = asem();
        assertEquals(49, f.nodesAtLevel(1).size());
        assertEquals(8, f.nodesAtLevel(2).size());
        assertEquals(2, f.nodesAtLevel(3).size());
        assertEquals(1, f.nodesAtLevel(4).size());
        assertEquals(60, f.size());
        assertEquals("Index", f.root().code());
        assertNull(f.root().parent());
        Framework.Node lpi = f.node("LPI");
        assertEquals("Logistics Performance Index", lpi.name());
        assertEquals("Physical", lpi.parent());
        assertEquals(1.0, lpi.weight());
        assertEquals(Direction.POSITIVE, lpi.direction());
        assertEquals("Conn", f.node("Physical").parent());
        assertEquals(3, f.node("Sust").level());
        assertTrue(f.nodes().stream().anyMatch(n -> n.direction() == Direction.NEGATIVE));
        assertTrue(!f.contains("GDP_group") && !f.contains("Population"));
    }

    @Test
    void equalsTheFrameworkOfTheJsonFixture() throws IOException {
        assertEquals(IndexSpecJson.read(IndexSpecJsonAsemTest.resource("asem.json")).framework(), asem());
    }

    @Test
    void plainIsMinMaxAndArithmetic() throws IOException {
        IndexSpec plain = IMetaCsv.readPlain(Fixtures.testdata("asem/ASEM_iMeta.csv"));
        assertEquals(IndexSpec.of(asem(), Normalise.minMax(), Aggregate.arithmetic()), plain);
        assertEquals(2, plain.steps().size());
    }

    @Test
    void optionalColumnsAndBlankAggregateDirection() throws IOException {
        Framework f = read("Type,iCode,Level,Parent,iName,Weight,Direction,Unit,Goalpost_lower\n"
                + "Aggregate,I,2,NA,,1,,,\n"
                + "Indicator,a,1,I,A,2,-1,kg,0\n"
                + "Indicator,b,1,I,B,0.5,1,,\n"
                + "Group,g,,,Group g,,,,\n");
        assertEquals("I", f.node("I").name());
        assertEquals(Direction.POSITIVE, f.node("I").direction());
        assertEquals(Direction.NEGATIVE, f.node("a").direction());
        assertEquals(0.5, f.node("b").weight());
    }

    @Test
    void unknownType() {
        assertMalformed("line 3, column 'Type': 'Pillar' is not a COINr iMeta type", "2,I,Index,,1,1,Aggregate\n"
                + "1,a,A,I,1,1,Pillar\n");
    }

    @Test
    void nonNumericLevel() {
        assertMalformed("line 3, column 'Level': 'one' is not a level", "2,I,Index,,1,1,Aggregate\n"
                + "one,a,A,I,1,1,Indicator\n");
    }

    @Test
    void nonNumericWeight() {
        assertMalformed("line 2, column 'Weight': 'heavy' is not a number", "2,I,Index,,1,heavy,Aggregate\n"
                + "1,a,A,I,1,1,Indicator\n");
    }

    @Test
    void directionNotPlusOrMinusOne() {
        assertMalformed("line 3, column 'Direction': '2' is not a direction", "2,I,Index,,1,1,Aggregate\n"
                + "1,a,A,I,2,1,Indicator\n");
    }

    @Test
    void indicatorNotAtLevelOne() {
        assertMalformed("line 3: indicator node a is at level 2", "3,I,Index,,1,1,Aggregate\n"
                + "2,a,A,I,1,1,Indicator\n");
    }

    @Test
    void duplicateCode() {
        assertMalformed("line 4, column 'iCode': 'a' is already on line 3", "2,I,Index,,1,1,Aggregate\n"
                + "1,a,A,I,1,1,Indicator\n1,a,A,I,1,1,Indicator\n");
    }

    @Test
    void missingColumn() {
        MalformedDataException e = assertThrows(MalformedDataException.class,
                () -> read("Level,iCode,iName,Parent,Direction,Type\n1,a,A,,1,Indicator\n"));
        assertTrue(e.getMessage().startsWith("iMeta.csv line 1: missing column 'Weight'"), e.getMessage());
    }

    @Test
    void unknownParentNamesTheSource() {
        MalformedDataException e = assertThrows(MalformedDataException.class,
                () -> read(HEADER + "2,I,Index,,1,1,Aggregate\n1,a,A,J,1,1,Indicator\n"));
        assertTrue(e.getMessage().startsWith("iMeta.csv: "), e.getMessage());
    }

    private static Framework read(String text) throws IOException {
        return IMetaCsv.read(new StringReader(text), "iMeta.csv", CsvOptions.defaults());
    }

    private static void assertMalformed(String expected, String rows) {
        MalformedDataException e = assertThrows(MalformedDataException.class, () -> read(HEADER + rows));
        assertTrue(e.getMessage().startsWith("iMeta.csv " + expected), e.getMessage());
    }
}
