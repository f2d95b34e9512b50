package org.divide.examples.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.divide.metrics.dynamics.BetaConvergenceResult;
import org.divide.metrics.dynamics.SigmaConvergenceResult;
import org.divide.metrics.inequality.Decomposition;

/**
 * The sections of the report page over groups and time: the decomposition by the grouping and
 * convergence. Every trend is drawn on its balanced panel ({@link TrendSample}) and its caption
 * says which economies and years it holds and which thin years were left out.
 */
final class TrendSections {

    /** The most lines in one convergence chart; the table lists every indicator. */
    static final int CHARTED = 6;

    private TrendSections() {
    }

    static void decomposition(Html h, ReportData r) {
        h.section("decomposition", ReportPage.SECTIONS.get(5));
        ReportData.GroupDecomposition g = r.groups();
        Decomposition d = g.result();
        List<SvgBarChart.Bar> bars = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (Decomposition.Group group : g.ordered()) {
            bars.add(SvgBarChart.Bar.of(group.label(), group.mean()));
            rows.add(List.of(group.label(), Html.number(100 * group.populationShare()), Html.number(group.mean()),
                    Html.number(group.index())));
        }
        String root = r.input().spec().framework().root().name();
        h.raw(SvgBarChart.render(root + ": mean score by " + g.grouping() + ", " + r.index().year(), "Mean index score"
                + (r.input().weight() == null ? "" : " (weighted)"), bars, r.input().source()));
        h.table("Index scores by " + g.grouping() + " (natural order); Theil T " + Html.number(d.total()) + " = within "
                + Html.number(d.within()) + " + between " + Html.number(d.between()) + " (between "
                + Html.number(100 * d.between() / d.total()) + "%)", List.of("Group", "Share of "
                        + (r.input().weight() == null ? "economies" : "weight") + " (%)", "Mean score",
                        "Theil T within"), rows);
        h.sample(r.samples().get("decomposition"));
        if (!r.decomposition().isEmpty()) {
            overTime(h, r);
        }
        h.close("section");
    }

    private static void overTime(Html h, ReportData r) {
        int n = r.decomposition().size();
        int[] years = new int[n];
        double[] total = new double[n];
        double[] within = new double[n];
        double[] between = new double[n];
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ReportData.DecompositionRow row = r.decomposition().get(i);
            years[i] = row.year();
            total[i] = row.total();
            within[i] = row.within();
            between[i] = row.between();
            rows.add(List.of(Integer.toString(row.year()), Html.number(row.total()), Html.number(row.within()),
                    Html.number(row.between()), Html.number(100 * row.between() / row.total())));
        }
        String name = r.indicatorName(r.decompositionSample().indicator());
        h.raw(SvgLineChart.render("Theil T of " + name + ": between and within groups (" + r.groups().grouping() + ")", "Year",
                "Theil T", years, List.of(new SvgLineChart.Series("Total", total, null, null),
                        new SvgLineChart.Series("Within groups", within, null, null),
                        new SvgLineChart.Series("Between groups", between, null, null)), r.input().source()));
        h.sample(name + ": " + r.decompositionSample().statement());
        h.raw("<details><summary>Table</summary>");
        h.table("Theil T of " + name + " by " + r.groups().grouping(), List.of("Year", "Total", "Within", "Between",
                "Between (%)"), rows);
        h.raw("</details>");
    }

    static void convergence(Html h, ReportData r) {
        h.section("convergence", ReportPage.SECTIONS.get(6));
        TreeSet<Integer> union = new TreeSet<>();
        for (SigmaConvergenceResult s : r.sigma()) {
            for (int y : s.years()) {
                union.add(y);
            }
        }
        int[] x = union.stream().mapToInt(Integer::intValue).toArray();
        List<SvgLineChart.Series> series = new ArrayList<>();
        for (SigmaConvergenceResult s : r.sigma().subList(0, Math.min(CHARTED, r.sigma().size()))) {
            series.add(new SvgLineChart.Series(s.measure(), align(x, s.years(), s.values()),
                    align(x, s.years(), s.lower()), align(x, s.years(), s.upper())));
        }
        if (x.length > 1 && !series.isEmpty()) {
            h.raw(SvgLineChart.render("σ-convergence: " + (r.input().weight() == null ? "" : "weighted ")
                    + "Gini across economies, balanced panels", "Year", "Gini (0-1)", x, series, r.input().source()
                            + "; bands: 95% bootstrap"));
        }
        List<List<String>> rows = new ArrayList<>();
        for (TrendSample t : r.trends()) {
            String name = r.indicatorName(t.indicator());
            SigmaConvergenceResult s = r.sigma().stream().filter(v -> v.measure().equals(name)).findFirst()
                    .orElse(null);
            ReportData.BetaRow b = r.beta().stream().filter(v -> v.indicator().equals(t.indicator())).findFirst()
                    .orElse(null);
            BetaConvergenceResult beta = b == null ? null : b.result();
            rows.add(List.of(name, t.statement(), s == null ? "–" : Html.number(first(s.values())),
                    s == null ? "–" : Html.number(last(s.values())),
                    s == null ? "–" : s.verdict().toString().toLowerCase(Locale.ROOT).replace('_', ' '),
                    beta == null ? "–" : Html.number(beta.beta()), beta == null ? "–" : Html.number(beta.p()),
                    beta == null ? (b == null ? "" : b.note()) : beta.observations() + " economies"));
        }
        h.table("σ- and β-convergence of each indicator on its balanced panel", List.of("Indicator", "Sample", "Gini,"
                + " first", "Gini, last", "σ trend", "β", "p", "β sample / note"), rows);
        h.sample("per indicator in the table; years with values for fewer than " + Coverage.percent() + " of the"
                + " economies of the best-covered year are left out, then only the economies observed in every"
                + " remaining year are kept" + (r.sigma().size() > CHARTED ? "; the chart shows the first " + CHARTED
                        + " of " + r.sigma().size() + " indicators" : ""));
        h.paragraph("A falling Gini (σ-convergence) means the indicator is spreading more evenly across economies; a"
                + " negative β means economies that started lower grew faster. Both are computed on the same"
                + " economies in every year, so a change in who reports is not read as a change over time.");
        h.close("section");
    }

    /** The values of some years placed on the chart's years, {@code NaN} elsewhere. */
    private static double[] align(int[] x, int[] years, double[] values) {
        double[] out = new double[x.length];
        java.util.Arrays.fill(out, Double.NaN);
        if (values == null) {
            return out;
        }
        for (int i = 0; i < years.length; i++) {
            int at = java.util.Arrays.binarySearch(x, years[i]);
            if (at >= 0) {
                out[at] = values[i];
            }
        }
        return out;
    }

    private static double first(double[] v) {
        for (double x : v) {
            if (Double.isFinite(x)) {
                return x;
            }
        }
        return Double.NaN;
    }

    private static double last(double[] v) {
        for (int i = v.length - 1; i >= 0; i--) {
            if (Double.isFinite(v[i])) {
                return v[i];
            }
        }
        return Double.NaN;
    }
}
