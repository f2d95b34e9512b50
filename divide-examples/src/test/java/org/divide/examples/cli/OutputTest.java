package org.divide.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class OutputTest {

    private static final List<Table> TABLES = List.of(
            new Table.Builder("a", List.of("name", "x")).add("one", 0.5).add("=two", Double.NaN).build(),
            new Table.Builder("b", List.of("n")).add(3).build());

    private static String print(Output.Format format) throws Exception {
        StringWriter s = new StringWriter();
        Output.print(TABLES, format, new PrintWriter(s));
        return s.toString();
    }

    @Test
    void jsonIsOneObjectOfTablesWithNullForMissing() throws Exception {
        JsonNode json = new ObjectMapper().readTree(print(Output.Format.JSON));
        assertEquals(0.5, json.get("a").get(0).get("x").asDouble());
        assertTrue(json.get("a").get(1).get("x").isNull());
        assertEquals("=two", json.get("a").get(1).get("name").asText());
        assertEquals(3, json.get("b").get(0).get("n").asInt());
    }

    @Test
    void csvIsOneTidyTableAndNeutralisesFormulas() throws Exception {
        String csv = print(Output.Format.CSV);
        List<String> lines = csv.lines().toList();
        assertEquals("table,name,x,n", lines.get(0));
        assertEquals("a,one,0.5,", lines.get(1));
        assertTrue(lines.get(2).startsWith("a,'=two") || lines.get(2).startsWith("a,\"'=two"), lines.get(2));
        assertEquals("b,,,3", lines.get(3));
        assertEquals(4, lines.size());
        TidyCsv tidy = TidyCsv.parse(csv);
        tidy.assertTables(List.of("a", "b"), List.of(2, 1));
        assertEquals("3", tidy.table("b").get(0).get("n"));
        assertEquals("", tidy.table("b").get(0).get("x"));
    }

    @Test
    void csvOfOneTableIsTheTableAsIs() throws Exception {
        StringWriter s = new StringWriter();
        Output.print(List.of(TABLES.get(1)), Output.Format.CSV, new PrintWriter(s));
        assertEquals(List.of("n", "3"), s.toString().lines().toList());
    }

    @Test
    void aColumnNamedTableCannotBeTidied() {
        List<Table> clash = List.of(TABLES.get(0), new Table.Builder("c", List.of("table")).add("x").build());
        assertThrows(IllegalStateException.class, () -> Output.tidy(clash));
        assertEquals(TABLES.get(1), Output.tidy(List.of(TABLES.get(1))));
    }

    @Test
    void ranksAreIntegers() throws Exception {
        assertEquals(3, Table.rank(3.0));
        assertEquals(2.5, Table.rank(2.5));
        assertNull(Table.rank(Double.NaN));
        Table t = new Table.Builder("r", List.of("rank")).add(Table.rank(1.0)).build();
        JsonNode rank = new ObjectMapper().readTree(Output.json(List.of(t))).get("r").get(0).get("rank");
        assertTrue(rank.isInt(), rank.toString());
        assertEquals("1", rank.toString());
    }

    @Test
    void readableNumbers() {
        assertEquals("3", Output.readable(3.0));
        assertEquals("0.2500", Output.readable(0.25));
        assertEquals("1.235e-05", Output.readable(0.000012345));
        assertEquals("-", Output.readable(Double.NaN));
        assertEquals("-", Output.readable(null));
        assertEquals("7", Output.readable(7));
    }
}
