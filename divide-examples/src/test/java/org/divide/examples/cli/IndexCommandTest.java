package org.divide.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.divide.core.Direction;
import org.divide.core.Framework;
import org.divide.core.spec.IndexSpec;
import org.divide.io.csv.LongCsvReader;
import org.divide.metrics.composite.CompositeIndex;
import org.divide.metrics.composite.IndexData;
import org.divide.metrics.composite.IndexResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

class IndexCommandTest {

    private static final double SAME = 1e-12;

    @TempDir
    Path dir;

    /** Index = (2 a + b)/3 over min-max [0, 100]: a → 0, 50, 100; b → 0, 100, 50. */
    static final String SPEC = """
            {"framework": [
              {"code": "Index", "name": "Test index", "level": 2},
              {"code": "a", "parent": "Index", "level": 1, "weight": 2},
              {"code": "b", "parent": "Index", "level": 1, "weight": 1, "direction": "positive"}
            ],
            "steps": [{"step": "normalise", "method": "min-max"}, {"step": "aggregate", "method": "arithmetic"}]}
            """;

    static final String DATA = """
            economy,indicator,year,value
            KEN,a,2019,5
            KEN,a,2020,1
            NOR,a,2020,2
            USA,a,2020,3
            KEN,b,2020,10
            NOR,b,2020,30
            USA,b,2020,20
            """;

    @Test
    void scoresAndRanksOfEveryNode() throws Exception {
        Path spec = Cli.write(dir, "spec.json", SPEC);
        Path data = Cli.write(dir, "data.csv", DATA);
        Cli r = Cli.run("index", "--spec", spec.toString(), "--data", data.toString(), "--format", "json");
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        JsonNode rows = r.json().get("scores");
        assertEquals(3, rows.size());
        assertEquals("USA", rows.get(0).get("economy").asText());
        assertEquals(250.0 / 3, rows.get(0).get("Index").asDouble(), SAME);
        assertEquals(1, rows.get(0).get("Index_rank").asInt());
        assertTrue(rows.get(0).get("Index_rank").isInt(), "a rank is an integer, not 1.0: " + rows.get(0));
        assertEquals(100, rows.get(0).get("a").asDouble(), SAME);
        assertEquals("NOR", rows.get(1).get("economy").asText());
        assertEquals(200.0 / 3, rows.get(1).get("Index").asDouble(), SAME);
        assertEquals("KEN", rows.get(2).get("economy").asText());
        assertEquals(0, rows.get(2).get("Index").asDouble(), SAME);
        assertEquals(3, rows.get(2).get("Index_rank").asInt());
        for (JsonNode row : rows) {
            assertEquals(2020, row.get("year").asInt(), "the year built in every row: " + row);
            assertTrue(row.get("year").isInt() && row.get("a_rank").isInt() && row.get("b_rank").isInt(), row.toString());
        }
        JsonNode build = r.json().get("build");
        assertEquals(2020, build.get("year").asInt());
        assertEquals(spec.toString(), build.get("spec").asText());
        assertEquals(data.toString(), build.get("data").asText());
        assertEquals(3, build.get("economies").asInt());
        assertEquals(2, build.get("indicators").asInt());
        assertEquals("normalise", build.get("steps").get(0).get("step").asText());

        Framework framework = Framework.builder()
                .add(Framework.Node.aggregate("Index", "Test index", null, 2, 1))
                .add(Framework.Node.indicator("a", "a", "Index", 2, Direction.POSITIVE))
                .add(Framework.Node.indicator("b", "b", "Index", 1, Direction.POSITIVE)).build();
        IndexResult direct = CompositeIndex.of(IndexSpec.plain(framework))
                .run(IndexData.of(LongCsvReader.withDefaults().read(data).panel(), 2020));
        int usa = direct.economies().indexOf("USA");
        assertEquals(direct.indexScores()[usa], rows.get(0).get("Index").asDouble(), SAME);
    }

    @Test
    void writesCsvJsonAndXlsxByExtension() throws Exception {
        Path spec = Cli.write(dir, "spec.json", SPEC);
        Path data = Cli.write(dir, "data.csv", DATA);
        for (String name : List.of("scores.csv", "scores.json", "scores.xlsx")) {
            Path out = dir.resolve(name);
            Cli r = Cli.run("index", "--spec", spec.toString(), "--data", data.toString(), "--year", "2020",
                    "--out", out.toString());
            assertEquals(ExitCodes.OK, r.code(), r.toString());
            assertEquals("", r.out());
            assertTrue(java.nio.file.Files.size(out) > 0, name);
        }
        List<String> csv = java.nio.file.Files.readAllLines(dir.resolve("scores.csv"));
        assertEquals("economy,name,year,Index,Index_rank,a,a_rank,b,b_rank", csv.get(0));
        assertEquals("USA,United States,2020,83.33333333333333,1,100,1,50,2", csv.get(1));
        assertEquals(4, csv.size());
        String json = java.nio.file.Files.readString(dir.resolve("scores.json"));
        assertTrue(json.contains("\"Index_rank\" : 1,") && json.contains("\"year\" : 2020,"), json);
        assertArrayEquals(new byte[] {'P', 'K'}, java.util.Arrays.copyOf(
                java.nio.file.Files.readAllBytes(dir.resolve("scores.xlsx")), 2));
    }

    @Test
    void tableToStandardOutput() {
        Path spec = Cli.write(dir, "spec.json", SPEC);
        Path data = Cli.write(dir, "data.csv", DATA);
        Cli r = Cli.run("index", "--spec", spec.toString(), "--data", data.toString());
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        assertEquals(List.of("scores",
                "economy  name           year    Index  Index_rank    a  a_rank    b  b_rank",
                "USA      United States  2020  83.3333           1  100       1   50       2",
                "NOR      Norway         2020  66.6667           2   50       2  100       1",
                "KEN      Kenya          2020        0           3    0       3    0       3"), r.out().lines().toList());
        assertTrue(r.err().contains("index built for 2020"), r.err());
        assertTrue(!r.err().contains("showing"), "every level fits, no note: " + r.err());
    }

    @Test
    void tiesShareTheBestRankAsIntegers() {
        Path spec = Cli.write(dir, "spec.json", SPEC);
        Path data = Cli.write(dir, "data.csv", DATA.replace("NOR,a,2020,2", "NOR,a,2020,3")
                .replace("NOR,b,2020,30", "NOR,b,2020,20") + "BRA,a,2020,2\nBRA,b,2020,15\n");
        Cli r = Cli.run("index", "--spec", spec.toString(), "--data", data.toString(), "--format", "json");
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        JsonNode rows = r.json().get("scores");
        assertEquals(List.of("1", "1", "3", "4"), rows.findValues("Index_rank").stream().map(JsonNode::toString)
                .toList(), "COINr's min ranks: USA and NOR tie");
        assertEquals(List.of("1", "1", "3", "4"), rows.findValues("a_rank").stream().map(JsonNode::toString)
                .toList());
        Cli table = Cli.run("index", "--spec", spec.toString(), "--data", data.toString(), "--levels", "1");
        assertEquals(List.of("1", "1", "3", "4"), table.out().lines().skip(2)
                .map(l -> l.substring(l.lastIndexOf(' ') + 1)).toList());
    }

    @Test
    void levelsChooseTheTopOfTheFramework() {
        Path spec = Cli.write(dir, "spec.json", SPEC);
        Path data = Cli.write(dir, "data.csv", DATA);
        Cli r = Cli.run("index", "--spec", spec.toString(), "--data", data.toString(), "--levels", "1");
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        assertEquals("economy  name           year    Index  Index_rank", r.out().lines().toList().get(1));
        assertTrue(r.err().contains("divide: showing the top 1 of 2 levels (1 of 3 nodes); for all: --levels all"),
                r.err());
        Cli all = Cli.run("index", "--spec", spec.toString(), "--data", data.toString(), "--levels", "all");
        assertEquals(Cli.run("index", "--spec", spec.toString(), "--data", data.toString()).out(), all.out());
        Cli many = Cli.run("index", "--spec", spec.toString(), "--data", data.toString(), "--levels", "7");
        assertEquals(all.out(), many.out());
        for (String bad : List.of("0", "x", "-1")) {
            Cli b = Cli.run("index", "--spec", spec.toString(), "--data", data.toString(), "--levels", bad);
            assertEquals(ExitCodes.USAGE, b.code(), b.toString());
            assertTrue(b.err().contains("'" + bad + "' is not a number of levels"), b.err());
        }
        Cli csv = Cli.run("index", "--spec", spec.toString(), "--data", data.toString(), "--levels", "1",
                "--format", "csv");
        assertEquals(ExitCodes.USAGE, csv.code(), csv.toString());
        assertTrue(csv.err().contains("--levels chooses the columns of the table format"), csv.err());
    }

    @Test
    void badSpecsAndDataAreBadInput() {
        Path data = Cli.write(dir, "data.csv", DATA);
        Path unknown = Cli.write(dir, "unknown.json", SPEC.replace("\"b\", \"parent\"", "\"c\", \"parent\""));
        InequalityCommandTest.assertBadInput(Cli.run("index", "--spec", unknown.toString(), "--data",
                data.toString(), "--year", "2020"), "c");
        Path orphan = Cli.write(dir, "orphan.json", SPEC.replace("\"parent\": \"Index\", \"level\": 1, \"weight\": 1",
                "\"parent\": \"Pillar\", \"level\": 1, \"weight\": 1"));
        InequalityCommandTest.assertBadInput(Cli.run("index", "--spec", orphan.toString(), "--data",
                data.toString()), "orphan.json", "Pillar");
        Path notJson = Cli.write(dir, "broken.json", "{\"framework\": [\n{\"code\": }");
        InequalityCommandTest.assertBadInput(Cli.run("index", "--spec", notJson.toString(), "--data",
                data.toString()), "broken.json");
        Path method = Cli.write(dir, "method.json", SPEC.replace("\"method\": \"arithmetic\"",
                "\"method\": \"magic\""));
        InequalityCommandTest.assertBadInput(Cli.run("index", "--spec", method.toString(), "--data",
                data.toString()), "method.json", "magic");
        Path spec = Cli.write(dir, "spec.json", SPEC);
        Path badData = Cli.write(dir, "bad.csv", DATA.replace("NOR,b,2020,30", "NOR,b,2020,3O"));
        InequalityCommandTest.assertBadInput(Cli.run("index", "--spec", spec.toString(), "--data",
                badData.toString()), "bad.csv line 7", "'3O'");
        assertEquals(ExitCodes.USAGE, Cli.run("index", "--spec", spec.toString()).code());
    }

    @Test
    void help() {
        Cli r = Cli.run("index", "--help");
        assertEquals(ExitCodes.OK, r.code());
        assertTrue(r.out().contains("--spec") && r.out().contains("--out") && r.out().contains("--year"), r.out());
        assertTrue(r.out().contains("--meta") && r.out().contains("iMeta"), r.out());
    }

    /** The framework of {@link #SPEC} as a COINr iMeta table, with a group row and optional columns. */
    static final String META = """
            Level,iCode,iName,Direction,Weight,Unit,Denominator,Parent,Type
            2,Index,Test index,1,1,Score,,,Aggregate
            1,a,a,1,2,kg,,Index,Indicator
            1,b,b,1,1,,,Index,Indicator
            ,Region,Region,,,,,,Group
            """;

    @Test
    void metaGivesTheScoresOfThePlainSpec() throws Exception {
        Path spec = Cli.write(dir, "spec.json", SPEC);
        Path meta = Cli.write(dir, "iMeta.csv", META);
        Path data = Cli.write(dir, "data.csv", DATA);
        Cli bySpec = Cli.run("index", "--spec", spec.toString(), "--data", data.toString(), "--format", "json");
        Cli byMeta = Cli.run("index", "--meta", meta.toString(), "--data", data.toString(), "--format", "json");
        assertEquals(ExitCodes.OK, byMeta.code(), byMeta.toString());
        assertEquals(bySpec.json().get("scores"), byMeta.json().get("scores"));
        assertEquals(meta.toString(), byMeta.json().get("build").get("meta").asText());
        assertEquals(250.0 / 3, byMeta.json().get("scores").get(0).get("Index").asDouble(), SAME);
    }

    @Test
    void specAndMetaBothOrNeitherAreUsageErrors() {
        Path spec = Cli.write(dir, "spec.json", SPEC);
        Path meta = Cli.write(dir, "iMeta.csv", META);
        Path data = Cli.write(dir, "data.csv", DATA);
        Cli both = Cli.run("index", "--spec", spec.toString(), "--meta", meta.toString(), "--data", data.toString());
        assertEquals(ExitCodes.USAGE, both.code(), both.toString());
        Cli neither = Cli.run("index", "--data", data.toString());
        assertEquals(ExitCodes.USAGE, neither.code(), neither.toString());
        assertTrue(neither.err().contains("--spec") && neither.err().contains("--meta"), neither.err());
    }

    @Test
    void badMetaIsBadInput() {
        Path data = Cli.write(dir, "data.csv", DATA);
        Path meta = Cli.write(dir, "iMeta.csv", META.replace("1,b,b,1,1,", "1,b,b,1,x,"));
        InequalityCommandTest.assertBadInput(Cli.run("index", "--meta", meta.toString(), "--data",
                data.toString()), "iMeta.csv line 4", "'x'");
    }
}
