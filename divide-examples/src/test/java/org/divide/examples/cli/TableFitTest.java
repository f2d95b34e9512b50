package org.divide.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TableFitTest {

    /** Lines: "e  g1  g2  g3" with columns of 1, 2, 3 and 4 characters: 1, 5, 10 and 16 wide. */
    private static final Table TABLE = new Table.Builder("t", List.of("e", "g1", "g22", "g333"))
            .add("x", "aa", "bbb", "cccc").build();

    private static final List<List<String>> GROUPS = List.of(List.of("g1"), List.of("g22"), List.of("g333"));

    @Test
    void theWidthIsColumnsWhenSetElse120() {
        assertEquals(120, TableFit.terminalWidth(Map.of()));
        assertEquals(80, TableFit.terminalWidth(Map.of("COLUMNS", "80")));
        assertEquals(200, TableFit.terminalWidth(Map.of("COLUMNS", " 200 ")));
        assertEquals(120, TableFit.terminalWidth(Map.of("COLUMNS", "wide")));
        assertEquals(120, TableFit.terminalWidth(Map.of("COLUMNS", "0")));
    }

    @Test
    void asManyWholeGroupsAsFitAtLeastOne() {
        assertEquals("x  aa  bbb  cccc", Output.lines(TABLE).get(1));
        assertEquals(3, TableFit.groupsThatFit(TABLE, List.of("e"), GROUPS, 16));
        assertEquals(2, TableFit.groupsThatFit(TABLE, List.of("e"), GROUPS, 15));
        assertEquals(2, TableFit.groupsThatFit(TABLE, List.of("e"), GROUPS, 10));
        assertEquals(1, TableFit.groupsThatFit(TABLE, List.of("e"), GROUPS, 9));
        assertEquals(1, TableFit.groupsThatFit(TABLE, List.of("e"), GROUPS, 2), "one group even when too wide");
        assertEquals(List.of("e", "g1", "g22"), TableFit.columns(List.of("e"), GROUPS, 2));
        assertEquals(List.of("e", "g1", "g22", "g333"), TableFit.columns(List.of("e"), GROUPS, Integer.MAX_VALUE));
    }
}
