package org.divide.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.divide.metrics.dynamics.CatchUp;
import org.divide.metrics.dynamics.CatchUpResult;
import org.divide.metrics.dynamics.GrowthMethod;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code divide horizon} on the real OWID and WDI files of the test resources, as a user runs it. */
class HorizonCommandTest {

    private static final Path INTERNET = WdiFile.resource("owid_IT.NET.USER.ZS_share_internet.csv");
    private static final Path BROADBAND = WdiFile.resource("wdi_IT.NET.BBND.P2.csv");

    /** The values of one economy in a window, read straight from the file (code in column 2). */
    private static double[][] read(Path file, String code, int from, int to) throws IOException {
        List<double[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String[] f = line.split(",");
            if (f.length == 4 && f[1].equals(code) && !f[3].isEmpty()) {
                int year = Integer.parseInt(f[2]);
                if (year >= from && year <= to) {
                    rows.add(new double[] {year, Double.parseDouble(f[3])});
                }
            }
        }
        return rows.toArray(new double[0][]);
    }

    private static CatchUpResult expected(Path file, String code, int from, int to, GrowthMethod m, double target)
            throws IOException {
        double[][] rows = read(file, code, from, to);
        int[] years = new int[rows.length];
        double[] values = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            years[i] = (int) rows[i][0];
            values[i] = rows[i][1];
        }
        return CatchUp.horizon(years, values, m, target, 0);
    }

    @Test
    void internetUsersToTheHighIncomeMedian() throws IOException {
        Cli r = Cli.run("horizon", "--data", INTERNET.toString(), "--economy", "KEN,IND", "--economy", "Nigeria",
                "--target", "group-median:High income:2022", "--format", "json");
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        JsonNode rows = r.json().get("horizon");
        assertEquals(3, rows.size());
        assertTrue(r.err().contains("window 2013-2023: the last 10 years"), r.err());
        assertTrue(r.err().contains("the median of the 66 High income economies (World Bank, FY2026) in 2022: 91.5852"),
                r.err());
        JsonNode ken = rows.get(0);
        assertEquals("KEN", ken.get("economy").asText());
        assertEquals("NGA", rows.get(2).get("economy").asText());
        double target = ken.get("target").asDouble();
        assertEquals(91.5852, target, 1e-4);
        CatchUpResult e = expected(INTERNET, "KEN", 2013, 2023, GrowthMethod.FIT, target);
        assertEquals(e.growth(), ken.get("growth").asDouble(), 1e-12);
        assertEquals(e.years(), ken.get("years").asDouble(), 1e-9);
        assertEquals(2022, ken.get("to").asInt());
        assertEquals(40.8137, ken.get("level").asDouble(), 1e-12);
        // 40.8137 (1 + g)^h = 91.5852
        assertEquals(Math.log(91.5852 / 40.8137) / Math.log1p(e.growth()), ken.get("years").asDouble(), 1e-4);
        assertEquals((int) Math.ceil(2022 + e.years()), ken.get("reached_in").asInt());
    }

    @Test
    void aGroupMedianCatchesUpAndTheDefaultTargetYearIsWellCovered() {
        Cli r = Cli.run("horizon", "--data", INTERNET.toString(), "--economy", "group-median:Low income", "--target",
                "group-median:High income", "--target-growth", "trend", "--format", "json");
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        JsonNode row = r.json().get("horizon").get(0);
        assertEquals("median(Low income)", row.get("economy").asText());
        // 2023 is thin for both groups: left out, noted once each
        assertEquals(2022, row.get("to").asInt());
        assertEquals(1, r.err().split("median of High income: left out 2 years", -1).length - 1, r.err());
        assertTrue(r.err().contains("median of Low income: left out 1 year"), r.err());
        assertTrue(r.err().contains("in 2022: 91.5852, growing at its own trend"), r.err());
        double g = row.get("growth").asDouble();
        double gy = row.get("target_growth").asDouble();
        double level = row.get("level").asDouble();
        assertEquals(Math.log(91.5852 / level) / (Math.log1p(g) - Math.log1p(gy)), row.get("years").asDouble(), 1e-4);
    }

    @Test
    void cagrWithABootstrapIsReproducible() throws IOException {
        String[] args = {"horizon", "--data", INTERNET.toString(), "--economy", "KEN", "--target", "80", "--method",
            "cagr", "--from", "2012", "--to", "2022", "--bootstrap", "499", "--seed", "7", "--format", "json"};
        Cli a = Cli.run(args);
        Cli b = Cli.run(args);
        assertEquals(ExitCodes.OK, a.code(), a.toString());
        assertEquals(a.out(), b.out());
        JsonNode ken = a.json().get("horizon").get(0);
        CatchUpResult e = expected(INTERNET, "KEN", 2012, 2022, GrowthMethod.CAGR, 80);
        assertEquals(e.growth(), ken.get("growth").asDouble(), 1e-12);
        assertEquals(e.years(), ken.get("years").asDouble(), 1e-9);
        double h = ken.get("years").asDouble();
        assertTrue(ken.get("lower_5").asDouble() <= h && h <= ken.get("upper_95").asDouble(), ken.toString());
        assertEquals(0.0, ken.get("never_share").asDouble());
        assertTrue(a.err().contains("bootstrap: 499 draws, seed 7"), a.err());
    }

    @Test
    void broadbandReachedAndNever() {
        Cli r = Cli.run("horizon", "--data", BROADBAND.toString(), "--economy", "KEN,NOR", "--target", "40",
                "--target-growth", "0.35", "--from", "2012", "--to", "2022", "--format", "json");
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        JsonNode rows = r.json().get("horizon");
        // Kenya's broadband grew about 31 % a year, slower than a target growing 35 %
        assertEquals("never", rows.get(0).get("years").asText());
        assertEquals("never", rows.get(0).get("reached_in").asText());
        // Norway (45.7 per 100 in 2022) is above 40 carried to 2022
        assertEquals(0.0, rows.get(1).get("years").asDouble());
        assertEquals("reached", rows.get(1).get("reached_in").asText());
    }

    @Test
    void oneLineErrors() {
        Cli zero = Cli.run("horizon", "--data", INTERNET.toString(), "--economy", "KEN", "--from", "1990", "--target",
                "50");
        assertEquals(ExitCodes.BAD_INPUT, zero.code(), zero.toString());
        assertTrue(zero.err().contains("KEN: the value of year 1990 must be > 0"), zero.err());
        Cli unknown = Cli.run("horizon", "--data", BROADBAND.toString(), "--economy", "XYZ", "--target", "40");
        assertTrue(unknown.err().contains("no economy XYZ in the data"), unknown.err());
        Cli group = Cli.run("horizon", "--data", BROADBAND.toString(), "--economy", "KEN", "--target",
                "group-median:Rich");
        assertEquals(ExitCodes.USAGE, group.code(), group.toString());
        assertTrue(group.err().contains("--target group-median:Rich: no such income group; one of Low income, Lower"
                + " middle income, Upper middle income, High income (see"), group.err());
        Cli method = Cli.run("horizon", "--data", BROADBAND.toString(), "--economy", "KEN", "--target", "40",
                "--method", "linear");
        assertEquals(ExitCodes.USAGE, method.code(), method.toString());
        Cli weight = Cli.run("horizon", "--data", BROADBAND.toString(), "--economy", "KEN", "--target", "40",
                "--weight", "SP.POP.TOTL");
        assertEquals(ExitCodes.USAGE, weight.code(), weight.toString());
        assertTrue(weight.err().contains("uses no weights"), weight.err());
        for (Cli c : List.of(zero, unknown, group, method, weight)) {
            assertFalse(c.err().contains("\tat "), c.err());
        }
    }
}
