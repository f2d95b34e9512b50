package org.divide.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.divide.core.Panel;
import org.divide.io.csv.LongCsvReader;
import org.divide.io.json.PanelJsonReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {

    @TempDir
    Path dir;

    private static final String LONG = """
            economy,indicator,year,value
            KEN,pop,2020,51.99
            KEN,pop,2021,53.01
            NOR,pop,2020,5.38
            NOR,gdp,2021,89.2
            """;

    @Test
    void longToJsonToWideToLongKeepsEveryValue() throws Exception {
        Path in = Cli.write(dir, "in.csv", LONG);
        Panel original = LongCsvReader.withDefaults().read(in).panel();
        Path json = dir.resolve("panel.json");
        Cli r = Cli.run("convert", in.toString(), json.toString());
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        assertEquals("", r.out());
        assertTrue(r.err().contains("(long) -> ") && r.err().contains("4 values"), r.err());
        assertEquals(original.value("NOR", "gdp", 2021), PanelJsonReader.withDefaults().read(json)
                .panel().value("NOR", "gdp", 2021));

        Path wide = dir.resolve("wide.csv");
        assertEquals(ExitCodes.OK, Cli.run("convert", json.toString(), wide.toString(), "--to", "wide").code());
        assertEquals("economy,indicator,2020,2021", Files.readAllLines(wide).get(0));
        Path back = dir.resolve("back.csv");
        Cli again = Cli.run("convert", wide.toString(), back.toString());
        assertEquals(ExitCodes.OK, again.code(), again.toString());
        assertTrue(again.err().contains("(wide)"), again.err());
        Panel roundTrip = LongCsvReader.withDefaults().read(back).panel();
        for (String economy : List.of("KEN", "NOR")) {
            for (String indicator : List.of("pop", "gdp")) {
                for (int year : new int[] {2020, 2021}) {
                    assertEquals(original.value(economy, indicator, year), roundTrip.value(economy, indicator, year),
                            economy + " " + indicator + " " + year);
                }
            }
        }
        Path xlsx = dir.resolve("panel.xlsx");
        assertEquals(ExitCodes.OK, Cli.run("convert", back.toString(), xlsx.toString()).code());
        Path fromXlsx = dir.resolve("from-xlsx.csv");
        assertEquals(ExitCodes.OK, Cli.run("convert", xlsx.toString(), fromXlsx.toString()).code());
        assertEquals(53.01, LongCsvReader.withDefaults().read(fromXlsx).panel().value("KEN", "pop", 2021));
    }

    @Test
    void wdiFileIsDetectedAndUnmatchedEconomiesReported() throws Exception {
        Path in = Cli.write(dir, "wdi_SP.POP.TOTL.csv", """
                Country Name,Country Code,Year,Value
                Kenya,KEN,2020,51985780
                World,WLD,2020,7820982000
                Atlantis,ATL,2020,12
                """);
        Path out = dir.resolve("pop.csv");
        Cli r = Cli.run("convert", in.toString(), out.toString());
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        assertTrue(r.err().contains("(wdi)"), r.err());
        assertTrue(r.err().contains("excluded 1 World Bank aggregate (WLD) and 1 unknown economy (ATL);"
                + " --keep-aggregates keeps them"), r.err());
        assertTrue(r.err().contains("1 economy, 1 indicator"), r.err());
        Cli kept = Cli.run("convert", in.toString(), dir.resolve("all.csv").toString(), "--keep-aggregates");
        assertTrue(kept.err().contains("3 economies"), kept.err());
        assertEquals(51985780, LongCsvReader.withDefaults().read(out).panel().value("KEN", "SP.POP.TOTL", 2020));
    }

    @Test
    void usageAndInputErrors() {
        Path in = Cli.write(dir, "in.csv", LONG);
        assertEquals(ExitCodes.USAGE, Cli.run("convert", in.toString(), dir.resolve("out.txt").toString()).code());
        assertEquals(ExitCodes.USAGE, Cli.run("convert", in.toString(), dir.resolve("o.csv").toString(),
                "--from", "parquet").code());
        assertEquals(ExitCodes.USAGE, Cli.run("convert", in.toString(), dir.resolve("o.csv").toString(),
                "--to", "owid").code());
        assertEquals(ExitCodes.USAGE, Cli.run("convert", in.toString()).code());
        Path bad = Cli.write(dir, "bad.csv", LONG.replace("5.38", "five"));
        InequalityCommandTest.assertBadInput(Cli.run("convert", bad.toString(), dir.resolve("o.json").toString()),
                "bad.csv line 4", "'five'");
        Path unknown = Cli.write(dir, "odd.csv", "a,b\n1,2\n");
        InequalityCommandTest.assertBadInput(Cli.run("convert", unknown.toString(), dir.resolve("o.json").toString()),
                "odd.csv", "--from");
        InequalityCommandTest.assertBadInput(Cli.run("convert", dir.resolve("none.csv").toString(),
                dir.resolve("o.json").toString()), "none.csv", "no such file");
    }

    @Test
    void help() {
        Cli r = Cli.run("convert", "--help");
        assertEquals(ExitCodes.OK, r.code());
        assertTrue(r.out().contains("--from") && r.out().contains("sdmx-ml"), r.out());
    }
}
