package org.divide.examples.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.divide.examples.data.DefaultData;
import org.divide.examples.report.ReportData;
import org.divide.examples.summary.DivideSummary;
import org.divide.metrics.concentration.GroupShare;
import org.divide.metrics.dynamics.SigmaConvergenceResult;
import org.divide.metrics.inequality.LorenzCurve;
import org.divide.metrics.uncertainty.EconomyUncertainty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each example prints the numbers the report computes for the same seed. */
class FiguresTest {

    private static ReportData report;

    @BeforeAll
    static void compute() throws IOException {
        report = ReportData.load(ReportData.DEFAULT_SEED);
    }

    interface Main {
        void run(String[] args) throws Exception;
    }

    private static String run(Main main, String... args) throws Exception {
        PrintStream out = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            main.run(args);
        } finally {
            System.setOut(out);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    private static void contains(String output, String format, Object... values) {
        String expected = String.format(format, values);
        assertTrue(output.contains(expected), () -> "missing \"" + expected + "\" in\n" + output);
    }

    private static DivideSummary.Row row(String code) {
        return report.embedded().summary().rows().stream().filter(r -> r.indicator().code().equals(code)).findFirst()
                .orElseThrow();
    }

    private static double highIncomeCompute() {
        return report.embedded().computeGroups().stream().filter(g -> g.label().equals("High income"))
                .mapToDouble(GroupShare::share).sum();
    }

    /** The key indicators the report has a row for, in report order. */
    private static List<String> key() {
        return report.inequality().stream().map(ReportData.InequalityRow::indicator)
                .filter(ReportData.KEY_INDICATORS::contains).toList();
    }

    @Test
    void headlineFigures() throws Exception {
        String out = run(HeadlineFigures::main);
        DivideSummary.Row genai = row(DefaultData.GENAI_USE);
        DivideSummary.Row internet = row(DefaultData.INTERNET_USERS);
        assertEquals("3.56", String.format("%.2f", genai.highToLow()));
        contains(out, "%6d %10.2f%n", genai.year(), genai.highToLow());
        contains(out, "%6d %10.2f%n", 2025, 100 * highIncomeCompute());
        double[] means = internet.meanByIncome();
        contains(out, "%-40s %6d %10.2f%n", "Internet use, low income (%)", internet.year(), means[0]);
        contains(out, "%-40s %6d %10.2f%n", "Internet use, high income (%)", internet.year(), means[3]);
    }

    @Test
    void genAiGap() throws Exception {
        String out = run(GenAiGap::main);
        DivideSummary.Row genai = row(DefaultData.GENAI_USE);
        String[] labels = {"Low income", "Lower middle income", "Upper middle income", "High income"};
        for (int g = 0; g < labels.length; g++) {
            contains(out, "%-22s %8.2f%n", labels[g], genai.meanByIncome()[g]);
        }
        contains(out, "%-22s %8.2f%n", "World", genai.worldMean());
        contains(out, "%-22s %8.4f%n", "Gini", genai.gini());
    }

    @Test
    void lorenzCurves() throws Exception {
        String out = run(LorenzCurves::main);
        int internet = key().indexOf(DefaultData.INTERNET_USERS);
        int at = report.inequality().size() - key().size() + internet;
        assertEquals(DefaultData.INTERNET_USERS, report.inequality().get(at).indicator());
        LorenzCurve curve = report.lorenz().get(at).curve();
        for (int i = 1; i <= 10; i++) {
            contains(out, "%6.1f %8.4f%n", i / 10.0, curve.share(i / 10.0));
        }
        contains(out, "Gini %.4f%n", report.inequality().get(at).gini().estimate());
    }

    @Test
    void inequalityWithIntervals() throws Exception {
        String out = run(InequalityWithIntervals::main);
        List<ReportData.InequalityRow> rows = report.inequality().stream()
                .filter(r -> ReportData.KEY_INDICATORS.contains(r.indicator())).toList();
        assertEquals(key(), rows.stream().map(ReportData.InequalityRow::indicator).toList());
        for (ReportData.InequalityRow r : rows) {
            contains(out, "%-18s %5d %4d %8.4f [%7.4f, %7.4f] %8.4f [%7.4f, %7.4f]%n", r.indicator(), r.year(),
                    r.economies(), r.gini().estimate(), r.gini().lower(), r.gini().upper(), r.theil().estimate(),
                    r.theil().lower(), r.theil().upper());
        }
    }

    @Test
    void decompositionOverTime() throws Exception {
        String out = run(DecompositionOverTime::main);
        assertTrue(report.decomposition().size() > 10);
        assertTrue(out.contains(report.decompositionSample().statement()), out);
        for (ReportData.DecompositionRow r : report.decomposition()) {
            contains(out, "%5d %8.4f %8.4f %8.4f", r.year(), r.total(), r.within(), r.between());
        }
    }

    @Test
    void sigmaConvergence() throws Exception {
        String out = run(SigmaConvergence::main);
        for (SigmaConvergenceResult r : report.sigma()) {
            contains(out, ": %s (slope", r.verdict());
            for (int i = 0; i < r.years().length; i++) {
                if (!Double.isNaN(r.values()[i])) {
                    contains(out, "%5d %4d %8.4f %8.4f %8.4f%n", r.years()[i], r.observations()[i], r.values()[i],
                            r.lower()[i], r.upper()[i]);
                }
            }
        }
    }

    @Test
    void computeConcentration() throws Exception {
        String out = run(ComputeConcentration::main);
        assertEquals(List.of("Low income", "Lower middle income", "Upper middle income", "High income"),
                report.embedded().computeGroups().stream().map(GroupShare::label).toList());
        assertTrue(out.indexOf("Low income") < out.indexOf("High income"), out);
        for (GroupShare g : report.embedded().computeGroups()) {
            contains(out, "%-24s %14.0f %9.2f%n", g.label(), g.total(), 100 * g.share());
        }
        for (GroupShare g : report.embedded().computeTop()) {
            contains(out, "%-24s %14.0f %9.2f%n", g.label(), g.total(), 100 * g.share());
        }
        assertTrue(out.contains("CR-5 ") && out.contains("HHI "));
    }

    @Test
    void indexRanking() throws Exception {
        String out = run(IndexRanking::main, Long.toString(ReportData.DEFAULT_SEED), "20");
        List<EconomyUncertainty> ranked = new ArrayList<>(report.uncertainty().economies());
        ranked.removeIf(e -> Double.isNaN(e.nominalRank()));
        ranked.sort(Comparator.comparingDouble(EconomyUncertainty::nominalRank));
        for (EconomyUncertainty e : ranked.subList(0, 20)) {
            String name = report.name(e.economy());
            contains(out, "%4.0f %-28s %7.2f ", e.nominalRank(), name, e.nominalScore());
        }
        contains(out, "%d economies ranked, 20 runs", ranked.size());
    }
}
