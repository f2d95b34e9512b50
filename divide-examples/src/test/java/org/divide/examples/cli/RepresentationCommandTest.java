package org.divide.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code divide representation} against figures computed independently from the same files by
 * {@code org/divide/examples/representation/reference.py} (python3 3.11, pandas 1.5.3; its output
 * {@code reference.csv} beside it), and the identities of the measures.
 */
class RepresentationCommandTest {

    /** Relative agreement with the reference: both sum a few hundred doubles in another order. */
    private static final double RELATIVE = 1e-9;
    private static final String[] CRAWLS = {"CC-MAIN-2018-34", "CC-MAIN-2024-42", "CC-MAIN-2026-04"};
    private static final Map<String, Double> REFERENCE = reference();

    private static Map<String, Double> reference() {
        Map<String, Double> m = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                RepresentationCommandTest.class.getResourceAsStream("/org/divide/examples/representation/reference.csv")),
                StandardCharsets.UTF_8))) {
            r.readLine();
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split(",");
                m.put(f[0] + "|" + f[1] + "|" + f[2] + "|" + f[3], Double.parseDouble(f[4]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }

    private static double ref(String crawl, String counting, String figure, String key) {
        Double v = REFERENCE.get(crawl + "|" + counting + "|" + figure + "|" + key);
        if (v == null) {
            throw new IllegalArgumentException("no reference " + crawl + " " + counting + " " + figure + " " + key);
        }
        return v;
    }

    private static void near(double expected, double actual, String what) {
        assertEquals(expected, actual, RELATIVE * Math.max(1e-300, Math.abs(expected)), what);
    }

    private static JsonNode row(JsonNode table, String... keyValues) {
        for (JsonNode row : table) {
            boolean all = true;
            for (int i = 0; i < keyValues.length; i += 2) {
                all &= row.path(keyValues[i]).asText().equals(keyValues[i + 1]);
            }
            if (all) {
                return row;
            }
        }
        throw new AssertionError("no row " + String.join(" ", keyValues) + " in " + table);
    }

    private static Cli run(String counting) {
        Cli c = Cli.run("representation", "--format", "json", "--counting", counting, "--language",
                "en,hi,sw,bn,zh", "--top", "1000", "--below", "1");
        assertEquals(0, c.code(), c::toString);
        return c;
    }

    @Test
    void matchesTheIndependentFiguresWithBothCountings() {
        for (String counting : new String[] {"all", "once"}) {
            JsonNode j = run(counting).json();
            for (String crawl : CRAWLS) {
                JsonNode c = row(j.get("crawls"), "crawl", crawl);
                String what = crawl + " " + counting + " ";
                assertEquals((int) ref(crawl, counting, "languages", ""), c.get("languages").asInt(), what);
                near(ref(crawl, counting, "dissimilarity", ""), c.get("dissimilarity").asDouble(), what + "D");
                near(ref(crawl, counting, "kl", ""), c.get("kl_divergence").asDouble(), what + "KL");
                near(ref(crawl, counting, "gini_languages", ""), c.get("gini_languages").asDouble(), what + "Gini");
                near(ref(crawl, counting, "speakers_below", "0.01"), c.get("speakers_below_1pct").asDouble(),
                        what + "below 1%");
                assertEquals((int) ref(crawl, counting, "economies", ""), c.get("economies").asInt(), what);
                near(ref(crawl, counting, "gini_economies", ""), c.get("gini_economies").asDouble(), what + "Gini e");
                near(ref(crawl, counting, "theil_economies", ""), c.get("theil_economies").asDouble(),
                        what + "Theil e");
                for (String language : new String[] {"en", "hi", "sw", "bn", "zh"}) {
                    JsonNode l = row(j.get("languages"), "crawl", crawl, "language", language);
                    near(ref(crawl, counting, "ratio", language), l.get("ratio").asDouble(), what + language);
                    near(ref(crawl, counting, "web_share", language), l.get("web_share").asDouble(), what + language);
                    near(ref(crawl, counting, "speaker_share", language), l.get("speaker_share").asDouble(),
                            what + language);
                    near(Math.log(l.get("ratio").asDouble()), l.get("log_ratio").asDouble(), what + language);
                }
                for (String group : new String[] {"Low income", "Lower middle income", "Upper middle income",
                    "High income"}) {
                    near(ref(crawl, counting, "pages_per_person", group),
                            row(j.get("income_groups"), "crawl", crawl, "income_group", group).get("pages_per_person")
                                    .asDouble(), what + group);
                }
                for (String[] d : new String[][] {{"income group", "income_group"}, {"region", "region"}}) {
                    near(ref(crawl, counting, "gini_between_" + d[1], ""), row(j.get("decomposition"), "crawl", crawl,
                            "groups", d[0], "measure", "Gini").get("between").asDouble(), what + d[0]);
                    near(ref(crawl, counting, "theil_between_" + d[1], ""), row(j.get("decomposition"), "crawl",
                            crawl, "groups", d[0], "measure", "Theil T").get("between").asDouble(), what + d[0]);
                }
            }
            for (int i = 1; i < CRAWLS.length; i++) {
                near(ref(CRAWLS[i], counting, "change_dissimilarity", CRAWLS[i - 1]), row(j.get("change"), "from",
                        CRAWLS[i - 1], "to", CRAWLS[i]).get("dissimilarity_change").asDouble(), "change " + i);
            }
        }
    }

    @Test
    void identitiesHold() {
        JsonNode j = run("all").json();
        for (String crawl : CRAWLS) {
            double web = 0;
            double speakers = 0;
            double gap = 0;
            int n = 0;
            for (JsonNode l : j.get("under_represented")) {
                if (l.get("crawl").asText().equals(crawl)) {
                    web += l.get("web_share").asDouble();
                    speakers += l.get("speaker_share").asDouble();
                    gap += Math.abs(l.get("web_share").asDouble() - l.get("speaker_share").asDouble());
                    n++;
                }
            }
            JsonNode c = row(j.get("crawls"), "crawl", crawl);
            assertEquals(c.get("languages").asInt(), n, "every language listed with --top 1000");
            assertEquals(1.0, web, 1e-12, "web shares sum to 1 after the exclusions");
            assertEquals(1.0, speakers, 1e-12, "speaker shares sum to 1");
            assertEquals(0.5 * gap, c.get("dissimilarity").asDouble(), 1e-12, "D = ½Σ|web − speakers|");
            assertTrue(c.get("kl_divergence").asDouble() >= 0);
            for (JsonNode d : j.get("decomposition")) {
                if (d.get("crawl").asText().equals(crawl)) {
                    assertEquals(d.get("total").asDouble(), d.get("within").asDouble() + d.get("between").asDouble()
                            + d.get("overlap").asDouble(), 1e-12, "decomposition adds up");
                }
            }
            double pop = 0;
            double pages = 0;
            for (JsonNode g : j.get("income_groups")) {
                if (g.get("crawl").asText().equals(crawl)) {
                    pop += g.get("population_share").asDouble();
                    pages += g.get("page_share").asDouble();
                }
            }
            assertEquals(1.0, pop, 1e-12);
            assertEquals(1.0, pages, 1e-12);
        }
        for (JsonNode change : j.get("change")) {
            double sum = 0;
            double kl = 0;
            for (JsonNode l : j.get("change_by_language")) {
                if (l.get("to").asText().equals(change.get("to").asText())) {
                    sum += l.get("dissimilarity_contribution").asDouble();
                    kl += l.get("kl_contribution").asDouble();
                }
            }
            assertEquals(change.get("dissimilarity_change").asDouble(), sum, 1e-12, "ΔD = Σ languages");
            assertEquals(change.get("kl_change").asDouble(), kl, 1e-12, "ΔKL = Σ languages");
        }
    }

    @Test
    void theIssuesSanityFiguresAndNotes() {
        Cli c = run("all");
        JsonNode en = row(c.json().get("languages"), "crawl", "CC-MAIN-2026-04", "language", "en");
        assertEquals(0.43, en.get("web_share").asDouble(), 0.005);
        assertEquals(0.19, en.get("speaker_share").asDouble(), 0.005);
        assertEquals(0.5, row(c.json().get("crawls"), "crawl", "CC-MAIN-2026-04").get("dissimilarity").asDouble(),
                0.01);
        assertTrue(c.err().contains("language code got left out: no speakers in CLDR"), c::toString);
        assertTrue(c.err().contains("language code vol left out: no speakers in CLDR (as vo)"), c::toString);
        assertTrue(c.err().contains("CC-MAIN-2026-04: ") && c.err().contains("of the pages are of unknown language"),
                c::toString);
        assertTrue(c.err().contains("territories that are not World Bank economies"), c::toString);
        assertTrue(c.err().contains("Common Crawl, cc-crawl-statistics"), c::toString);
    }

    @Test
    void aUsersCorpusAndCrawlSelection(@TempDir Path dir) {
        Path corpus = Cli.write(dir, "tokens.csv", "language,pages\neng,900\nhin,50\nswa,50\n<unknown>,10\n");
        Cli c = Cli.run("representation", "--corpus", corpus.toString(), "--format", "json");
        assertEquals(0, c.code(), c::toString);
        JsonNode crawl = row(c.json().get("crawls"), "crawl", "tokens");
        assertEquals(3, crawl.get("languages").asInt());
        assertEquals(10.0, crawl.get("unknown_pages").asDouble());
        assertEquals(0.05, row(c.json().get("languages"), "language", "sw").get("web_share").asDouble(), 1e-12);
        assertFalse(c.json().has("change"), "one corpus: no change");
        Cli one = Cli.run("representation", "--crawl", "2024-42", "--format", "csv");
        assertEquals(0, one.code(), one::toString);
        assertTrue(one.out().contains("CC-MAIN-2024-42") && !one.out().contains("CC-MAIN-2018-34"), one::toString);
    }

    @Test
    void absentLanguagesCanCountWithZeroPages(@TempDir Path dir) {
        Path corpus = Cli.write(dir, "tokens.csv", "language,pages\neng,900\nhin,50\nswa,50\n");
        Cli c = Cli.run("representation", "--corpus", corpus.toString(), "--absent", "zero", "--top", "5000",
                "--format", "json");
        assertEquals(0, c.code(), c::toString);
        JsonNode crawl = row(c.json().get("crawls"), "crawl", "tokens");
        assertTrue(crawl.get("languages").asInt() > 500, "every CLDR language with speakers");
        double web = 0;
        double speakers = 0;
        double gap = 0;
        for (JsonNode l : c.json().get("under_represented")) {
            web += l.get("web_share").asDouble();
            speakers += l.get("speaker_share").asDouble();
            gap += Math.abs(l.get("web_share").asDouble() - l.get("speaker_share").asDouble());
        }
        assertEquals(1.0, web, 1e-12);
        assertEquals(1.0, speakers, 1e-12);
        assertEquals(0.5 * gap, crawl.get("dissimilarity").asDouble(), 1e-12);
        assertTrue(Double.isFinite(crawl.get("kl_divergence").asDouble()));
        assertFalse(c.err().contains("leave out the speakers"), c::toString);
        Cli bad = Cli.run("representation", "--absent", "maybe");
        assertEquals(2, bad.code(), bad::toString);
    }

    @Test
    void badInputIsOneLine(@TempDir Path dir) {
        Cli c = Cli.run("representation", "--crawl", "1999-01");
        assertTrue(c.code() != 0);
        assertEquals("divide: commoncrawl_languages_selected_crawls.csv: no crawl 1999-01; the crawls are"
                + " CC-MAIN-2018-34, CC-MAIN-2024-42, CC-MAIN-2026-04", c.err().strip(), c::toString);
        Path bad = Cli.write(dir, "bad.csv", "crawl,primary_language,pages\nX,eng,lots\n");
        Cli b = Cli.run("representation", "--corpus", bad.toString());
        assertTrue(b.code() != 0);
        assertEquals("divide: bad.csv line 2, column 'pages': 'lots' is not a number", b.err().strip(), b::toString);
    }
}
