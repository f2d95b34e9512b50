package org.divide.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data a researcher brings, through the commands: an indicator file joined with a population
 * file, economy-keyed tables without years, a World Bank API download, standard input, groupings
 * from the registry, a column or a file — checked against values computed here from the files
 * themselves.
 */
class JoinedDataTest {

    @TempDir
    Path dir;

    private Path population;

    @BeforeEach
    void copyPopulation() {
        population = TestData.copy(dir, "wdi/wdi_SP.POP.TOTL.csv");
    }

    /**
     * Population-weighted Gini and Theil T of secure servers per million across economies in 2020,
     * from two WDI files joined by the command, against the pairwise definitions computed here on
     * the files' own rows (aggregates left out by the registry): G = ΣΣ w_i w_j |x_i − x_j| /
     * (2 W² μ), T = Σ (w_i/W)(x_i/μ) ln(x_i/μ).
     */
    @Test
    void joinedIndicatorAndPopulationReproducePopulationWeightedGiniAndTheil() {
        Path servers = WdiFile.resource("wdi_IT.NET.SECR.P6.csv");
        Cli r = Cli.run("inequality", "--data", servers.toString(), "--data", population.toString(), "--value",
                "IT.NET.SECR.P6", "--weight", "SP.POP.TOTL", "--year", "2020", "--measure", "gini,theil-t",
                "--format", "csv");
        assertEquals(ExitCodes.OK, r.code(), r.toString());

        Map<String, TreeMap<Integer, Double>> x = WdiFile.countries(servers);
        Map<String, TreeMap<Integer, Double>> w = WdiFile.countries(population);
        List<double[]> pairs = new ArrayList<>();
        for (String e : x.keySet()) {
            Double v = x.get(e).get(2020);
            Double p = w.containsKey(e) ? w.get(e).get(2020) : null;
            if (v != null && p != null) {
                pairs.add(new double[] {v, p});
            }
        }
        double total = 0;
        double sum = 0;
        for (double[] q : pairs) {
            total += q[1];
            sum += q[0] * q[1];
        }
        double mean = sum / total;
        double gini = 0;
        double theil = 0;
        for (double[] a : pairs) {
            for (double[] b : pairs) {
                gini += a[1] * b[1] * Math.abs(a[0] - b[0]);
            }
            theil += a[0] > 0 ? a[1] / total * a[0] / mean * Math.log(a[0] / mean) : 0;
        }
        gini /= 2 * total * total * mean;

        TidyCsv csv = TidyCsv.parse(r.out());
        Map<String, String> g = csv.table("measures").get(0);
        Map<String, String> t = csv.table("measures").get(1);
        assertEquals("Gini", g.get("measure"));
        assertEquals(gini, Double.parseDouble(g.get("value")), 1e-12);
        assertEquals(theil, Double.parseDouble(t.get("value")), 1e-12);
        assertEquals(pairs.size(), Integer.parseInt(g.get("observations")));
        Map<String, String> all = csv.table("sample").get(0);
        assertEquals(pairs.size(), Integer.parseInt(all.get("n")));
        assertEquals(total, Double.parseDouble(all.get("total_weight")), 1e-6 * total);
        assertEquals(mean, Double.parseDouble(all.get("mean")), 1e-9 * mean);
        assertEquals("2020", all.get("year"));
        assertTrue(r.err().contains("excluded 47 World Bank aggregates"), r.err());
        assertTrue(r.err().contains("values IT.NET.SECR.P6, weights SP.POP.TOTL"), r.err());
    }

    @Test
    void aTableWithoutYearsLendsItsValuesToTheYearOfTheOthers() {
        Cli r = Cli.run("inequality", "--data", WdiFile.resource("oxford_government_ai_readiness_2023.csv").toString(),
                "--data", population.toString(), "--value", "gairi_2023_total_0_100", "--weight", "SP.POP.TOTL",
                "--year", "2023", "--measure", "gini", "--group", "wb-income");
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        assertTrue(r.err().contains("oxford_government_ai_readiness_2023.csv: no column of years: its values are used"
                + " for any year"), r.err());
        assertTrue(r.err().contains("without a group in wb-income (ETH, VEN)"), r.err());
        int low = r.out().indexOf("Low income");
        int lower = r.out().indexOf("Lower middle income");
        int upper = r.out().indexOf("Upper middle income");
        int high = r.out().indexOf("High income");
        assertTrue(low > 0 && low < lower && lower < upper && upper < high, r.out());
    }

    @Test
    void aWorldBankDownloadWithItsPreambleIsReadAndItsAggregatesExcluded() {
        Cli r = Cli.run("inequality", "--data", WdiFile.resource("API_NY.GDP.PCAP.CD_DS2_en_csv_v2_46.csv")
                .toString(), "--year", "2020", "--measure", "gini");
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        assertTrue(r.err().contains("excluded 49 World Bank aggregates"), r.err());
        assertTrue(r.out().contains("2020"), r.out());
    }

    @Test
    void standardInputIsOneMoreFile() throws IOException {
        byte[] oxford = Files.readAllBytes(WdiFile.resource("oxford_government_ai_readiness_2023.csv"));
        InputStream saved = System.in;
        Cli fromStdin;
        try {
            System.setIn(new ByteArrayInputStream(oxford));
            fromStdin = Cli.run("inequality", "--data", "-", "--measure", "gini", "--format", "csv");
        } finally {
            System.setIn(saved);
        }
        Cli fromFile = Cli.run("inequality", "--data", WdiFile.resource("oxford_government_ai_readiness_2023.csv")
                .toString(), "--measure", "gini", "--format", "csv");
        assertEquals(ExitCodes.OK, fromStdin.code(), fromStdin.toString());
        assertEquals(fromFile.out(), fromStdin.out());
        assertTrue(fromStdin.err().contains("standard input: no column of years"), fromStdin.err());
    }

    @Test
    void aConflictingValueNamesBothFiles() {
        Path a = Cli.write(dir, "a.csv", "iso3,year,users\nKEN,2020,10\nUGA,2020,5\n");
        Path b = Cli.write(dir, "b.csv", "iso3,year,users\nKEN,2020,11\n");
        Cli r = Cli.run("inequality", "--data", a.toString(), "--data", b.toString(), "--value", "users");
        assertNotEquals(ExitCodes.OK, r.code());
        assertTrue(r.err().contains("b.csv") && r.err().contains("a.csv") && r.err().contains("KEN"), r.err());
        assertTrue(r.err().contains("10.0") && r.err().contains("11.0"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void groupsComeFromAColumnOrAFileInNaturalOrder() {
        Path data = Cli.write(dir, "d.csv", "iso3,year,users,income\nKEN,2020,10,LMC\nUGA,2020,5,LIC\n"
                + "DEU,2020,90,HIC\nFRA,2020,80,HIC\nBRA,2020,60,UMC\n");
        Cli column = Cli.run("inequality", "--data", data.toString(), "--data", population.toString(), "--value",
                "users", "--group", "income", "--measure", "gini", "--format", "csv");
        assertEquals(ExitCodes.OK, column.code(), column.toString());
        List<String> groups = TidyCsv.parse(column.out()).table("sample").stream().map(m -> m.get("group")).toList();
        assertEquals(List.of("all", "LIC", "LMC", "UMC", "HIC"), groups);

        Path grouping = Cli.write(dir, "g.csv", "economy,bloc\nKEN,East\nUGA,East\nDEU,West\nFRA,West\n");
        Cli file = Cli.run("inequality", "--data", data.toString(), "--value", "users", "--group",
                grouping.toString(), "--measure", "gini", "--format", "csv");
        assertEquals(ExitCodes.OK, file.code(), file.toString());
        assertEquals(List.of("all", "East", "West"), TidyCsv.parse(file.out()).table("sample").stream()
                .map(m -> m.get("group")).toList());
        assertTrue(file.err().contains("without a group in bloc (BRA)"), file.err());

        Cli unknown = Cli.run("inequality", "--data", data.toString(), "--data", population.toString(), "--value",
                "users", "--group", "continent");
        assertNotEquals(ExitCodes.OK, unknown.code());
        assertTrue(unknown.err().contains("--group continent: no such grouping; use wb-income, wb-region, a column"
                + " of the data (income)"), unknown.err());
    }

    @Test
    void economiesAndIndicatorsAreNamedOrListed() {
        Path data = Cli.write(dir, "d.csv", "iso3,year,users,servers\nKEN,2020,10,1\nUGA,2020,5,2\nDEU,2020,90,3\n");
        Cli which = Cli.run("inequality", "--data", data.toString(), "--data", population.toString());
        assertNotEquals(ExitCodes.OK, which.code());
        assertTrue(which.err().contains("the data hold 3 indicators; name one with --value: users, servers,"
                + " SP.POP.TOTL"), which.err());
        Cli some = Cli.run("inequality", "--data", data.toString(), "--value", "users", "--economies", "KEN,Germany",
                "--measure", "gini", "--format", "csv");
        assertEquals(ExitCodes.OK, some.code(), some.toString());
        assertEquals("2", TidyCsv.parse(some.out()).table("sample").get(0).get("n"));
        assertTrue(some.err().contains("kept the 2 economies named by --economies; left out the other 1"), some.err());
    }

    /** {@code summary} on the user's files: the high-income mean is the population-weighted mean computed here. */
    @Test
    void summaryTakesTheSameDataAndSelection() {
        Path servers = WdiFile.resource("wdi_IT.NET.SECR.P6.csv");
        Cli r = Cli.run("summary", "--data", servers.toString(), "--data", population.toString(), "--to", "2020",
                "--format", "csv");
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        Map<String, String> row = TidyCsv.parse(r.out()).rows().get(0);
        assertEquals("IT.NET.SECR.P6", row.get("indicator"));
        assertEquals("2020", row.get("year"));
        org.divide.core.Economies registry = org.divide.core.Economies.worldBank();
        Map<String, TreeMap<Integer, Double>> x = WdiFile.countries(servers);
        Map<String, TreeMap<Integer, Double>> w = WdiFile.countries(population);
        double sum = 0;
        double total = 0;
        for (String e : x.keySet()) {
            Double v = x.get(e).get(2020);
            Double p = w.containsKey(e) ? w.get(e).get(2020) : null;
            boolean high = registry.find(e).map(c -> "H".equals(c.incomeCode())).orElse(false);
            if (v != null && p != null && high) {
                sum += v * p;
                total += p;
            }
        }
        assertEquals(sum / total, Double.parseDouble(row.get("mean_H")), 1e-9 * sum / total);
        Cli missing = Cli.run("summary", "--data", servers.toString());
        assertNotEquals(ExitCodes.OK, missing.code());
        assertTrue(missing.err().contains("--weight SP.POP.TOTL: no such indicator"), missing.err());
        Cli weightOnly = Cli.run("summary", "--data", population.toString(), "--format", "csv");
        assertEquals(ExitCodes.BAD_INPUT, weightOnly.code(), weightOnly.toString());
        assertTrue(weightOnly.err().contains("nothing to summarise: SP.POP.TOTL is the weight"), weightOnly.err());
        assertEquals("", weightOnly.out());
    }

    /** Tables keyed by ISO2, numeric code or name, and a long file with its own column names, give one panel. */
    @Test
    void everyKeyAndLayoutJoinsIntoOnePanel() {
        Path iso2 = Cli.write(dir, "iso2.csv", "iso2,year,users\nKE,2020,10\nUG,2020,5\nDE,2020,90\n");
        Path numeric = Cli.write(dir, "numeric.csv", "code,year,servers\n404,2020,1\n800,2020,2\n276,2020,30\n");
        Path names = Cli.write(dir, "names.csv", "country,region\nKenya,East\nUganda,East\nGermany,West\n");
        Path longFile = Cli.write(dir, "long.csv", "geo,period,series,obs\nKEN,2020,pop,53.0\nUGA,2020,pop,45.0\n"
                + "DEU,2020,pop,83.0\n");
        Cli joined = Cli.run("inequality", "--data", iso2.toString(), "--data", numeric.toString(), "--data",
                names.toString(), "--value", "users", "--weight", "servers", "--group", "region", "--measure", "gini",
                "--format", "csv");
        assertEquals(ExitCodes.OK, joined.code(), joined.toString());
        TidyCsv csv = TidyCsv.parse(joined.out());
        assertEquals(List.of("all", "East", "West"), csv.table("sample").stream().map(m -> m.get("group")).toList());
        assertEquals("33.0", Double.toString(Double.parseDouble(csv.table("sample").get(0).get("total_weight"))));
        assertTrue(joined.err().contains("names.csv: no column of years"), joined.err());

        Cli columns = Cli.run("inequality", "--data", longFile.toString(), "--economy-column", "geo", "--year-column",
                "period", "--indicator-column", "series", "--value-column", "obs", "--measure", "gini", "--format",
                "csv");
        assertEquals(ExitCodes.OK, columns.code(), columns.toString());
        assertEquals("3", TidyCsv.parse(columns.out()).table("sample").get(0).get("n"));
        assertEquals("2020", TidyCsv.parse(columns.out()).table("sample").get(0).get("year"));

        Cli xlsx = Cli.run("inequality", "--data", iso2.toString(), "--format", "xlsx");
        assertNotEquals(ExitCodes.OK, xlsx.code());
        assertTrue(xlsx.err().contains("--format xlsx writes a workbook, not text: give --out FILE.xlsx"), xlsx.err());
    }
}
