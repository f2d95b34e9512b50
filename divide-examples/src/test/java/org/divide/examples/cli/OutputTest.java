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
    void rankColumnsHoldIntegersAndFractionsOnlyWhereTheyAre() throws Exception {
        Table t = new Table.Builder("u", List.of("economy", "nominal_rank", "rank_q5", "score"))
                .add("A", 1.0, 70.0, 2.0).add("B", 2.0, 69.85, 2.5).add("C", Double.NaN, 2.5, 3.0).build();
        JsonNode rows = new ObjectMapper().readTree(Output.json(List.of(t))).get("u");
        assertEquals("1", rows.get(0).get("nominal_rank").toString());
        assertEquals("70", rows.get(0).get("rank_q5").toString());
        assertEquals("69.85", rows.get(1).get("rank_q5").toString());
        assertEquals("2.0", rows.get(0).get("score").toString(), "not a rank column: a double as it is");
        assertTrue(rows.get(2).get("nominal_rank").isNull());
        assertEquals(List.of(
                "economy  nominal_rank  rank_q5   score",
                "A                   1       70       2",
                "B                   2    69.85  2.5000",
                "C                   -      2.5       3"), Output.lines(t));
        assertEquals(38, Output.width(t));
        StringWriter csv = new StringWriter();
        Output.print(List.of(t), Output.Format.CSV, new PrintWriter(csv));
        assertEquals(List.of("economy,nominal_rank,rank_q5,score", "A,1,70,2", "B,2,69.85,2.5", "C,,2.5,3"),
                csv.toString().lines().toList());
        assertTrue(Table.isRankColumn("rank") && Table.isRankColumn("Index_rank") && Table.isRankColumn("rank_q95"));
        assertTrue(!Table.isRankColumn("mean_abs_rank_shift") && !Table.isRankColumn("ranking"));
    }

    @Test
    void selectKeepsTheColumnsGivenInTheirOrder() {
        Table t = TABLES.get(0).select(List.of("x", "name"));
        assertEquals(List.of("x", "name"), t.header());
        assertEquals(List.of(0.5, "one"), t.rows().get(0));
        assertEquals("a", t.name());
        assertThrows(IllegalArgumentException.class, () -> TABLES.get(0).select(List.of("y")));
    }

    @Test
    void buildFactsGoFirstInJsonAndXlsxAndNotIntoCsv() throws Exception {
        java.util.Map<String, Object> build = new java.util.LinkedHashMap<>();
        build.put("year", 2018);
        build.put("spec", "spec.json");
        build.put("steps", new ObjectMapper().readTree("[{\"step\": \"normalise\"}, {\"step\": \"aggregate\"}]"));
        StringWriter s = new StringWriter();
        Output.print(TABLES, build, Output.Format.JSON, new PrintWriter(s));
        JsonNode json = new ObjectMapper().readTree(s.toString());
        assertEquals(List.of("build", "a", "b"), iterable(json.fieldNames()));
        assertEquals(2018, json.get("build").get("year").asInt());
        assertEquals("aggregate", json.get("build").get("steps").get(1).get("step").asText());
        StringWriter csv = new StringWriter();
        Output.print(TABLES, build, Output.Format.CSV, new PrintWriter(csv));
        assertEquals(print(Output.Format.CSV), csv.toString());
        Table facts = Output.facts(build);
        assertEquals(List.of(List.of("year", 2018), List.of("spec", "spec.json"),
                List.of("step 1", "{\"step\":\"normalise\"}"), List.of("step 2", "{\"step\":\"aggregate\"}")),
                facts.rows());
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> out = new java.util.ArrayList<>();
        names.forEachRemaining(out::add);
        return out;
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
