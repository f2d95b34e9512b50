package org.divide.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void csvSeparatesTablesByAnEmptyLineAndNeutralisesFormulas() throws Exception {
        List<String> lines = print(Output.Format.CSV).lines().toList();
        assertEquals("name,x", lines.get(0));
        assertEquals("one,0.5", lines.get(1));
        assertTrue(lines.get(2).startsWith("'=two") || lines.get(2).startsWith("\"'=two"), lines.get(2));
        assertEquals("", lines.get(3));
        assertEquals("n", lines.get(4));
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
