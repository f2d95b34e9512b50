package org.divide.examples.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.divide.core.Economies;
import org.divide.core.Economy;
import org.divide.core.Panel;
import org.divide.examples.data.DefaultData;
import org.divide.examples.index.AiFoundations;
import org.divide.examples.summary.DivideSummary;
import org.divide.metrics.concentration.GroupShare;
import org.divide.metrics.dynamics.SigmaConvergenceResult;
import org.divide.metrics.uncertainty.EconomyUncertainty;

/**
 * Renders {@link ReportData} as one self-contained HTML page: inline CSS, inline SVG, no script
 * and no external resource.
 */
public final class ReportPage {

    /** The section titles, in page order. */
    public static final List<String> SECTIONS = List.of("Headline figures", "AI foundations index: ranking with uncertainty",
            "World map of the index", "Lorenz curves", "Inequality with confidence intervals",
            "Between and within income groups", "Convergence over time", "Compute concentration",
            "The generative AI adoption gap", "Data and method");

    private static final String WDI = "World Bank WDI (CC BY 4.0)";
    private static final String TOP500 = "TOP500.org, June 2025 list";
    private static final String CSS = "body{font:15px/1.45 system-ui,sans-serif;max-width:1000px;margin:auto;"
            + "padding:0 16px;color:#222}h1{font-size:1.7em}h2{border-bottom:1px solid #ccc;margin-top:2em}"
            + "svg{max-width:100%;height:auto;font-size:11px;display:block;margin:8px 0}svg .t{font-size:14px;"
            + "font-weight:600}svg .s{fill:#666;font-size:10px}table{border-collapse:collapse;margin:8px 0 16px;"
            + "font-size:13px}caption{text-align:left;font-weight:600;padding:4px 0}td,th{border-bottom:1px "
            + "solid #e5e5e5;padding:2px 8px;text-align:left}td.n{text-align:right;font-variant-numeric:"
            + "tabular-nums}.cards{display:flex;flex-wrap:wrap;gap:12px}.card{border:1px solid #ddd;"
            + "border-radius:6px;padding:8px 12px;min-width:200px;flex:1}.card b{font-size:1.5em;display:block}"
            + "details{margin:8px 0}";

    private ReportPage() {
    }

    /**
     * The page.
     *
     * @param r the figures
     * @return the HTML text
     * @throws IOException if the bundled map cannot be read
     */
    public static String render(ReportData r) throws IOException {
        Html h = new Html();
        h.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>divide: the digital and AI divide</title>\n<style>" + CSS + "</style>\n</head>\n<body>");
        h.element("h1", "The digital and AI divide between economies");
        h.paragraph(DefaultData.ATTRIBUTION + " Every figure is computed by the divide library; weights are"
                + " populations of the same year; income groups are the World Bank's FY2026 classification.");
        ReportSections.headline(h, r);
        ReportSections.ranking(h, r);
        map(h, r);
        ReportSections.lorenz(h, r);
        ReportSections.inequality(h, r);
        ReportSections.decomposition(h, r);
        sigma(h, r);
        compute(h, r);
        ReportSections.genai(h, r);
        ReportSections.method(h);
        h.raw("</body>\n</html>");
        return h.toString();
    }

    private static void map(Html h, ReportData r) throws IOException {
        h.section("map", SECTIONS.get(2));
        List<TopoJson.Shape> shapes;
        try (InputStream in = ReportPage.class.getResourceAsStream("/org/divide/examples/data/countries-110m.json");
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            shapes = TopoJson.read(reader, "countries", SvgMap.SCALE);
        }
        Map<String, Double> values = new HashMap<>();
        double[] scores = r.index().indexScores();
        List<String> economies = r.index().economies();
        Economies registry = Economies.worldBank();
        for (int e = 0; e < scores.length; e++) {
            Economy economy = registry.byCode(economies.get(e)).orElse(null);
            if (economy != null && economy.isoNumeric() != null && Double.isFinite(scores[e])) {
                values.put(economy.isoNumeric(), scores[e]);
            }
        }
        h.raw(SvgMap.render("AI foundations index, as of " + AiFoundations.YEAR, "Index (0-100)", shapes, values,
                r.namesByNumeric(), "divide, from WDI, OWID, Oxford Insights, Microsoft, TOP500.org;"
                        + " shapes Natural Earth via world-atlas"));
        h.paragraph("Darker is higher. Hover a country for its score. Grey: not ranked (fewer than "
                + AiFoundations.MIN_INDICATORS + " of the 10 indicators reported).");
        h.close("section");
    }

    private static void sigma(Html h, ReportData r) {
        h.section("convergence", SECTIONS.get(6));
        SigmaConvergenceResult first = r.sigma().get(0);
        List<SvgLineChart.Series> series = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (SigmaConvergenceResult s : r.sigma()) {
            series.add(new SvgLineChart.Series(s.measure(), s.values(), s.lower(), s.upper()));
            rows.add(List.of(s.measure(), Html.number(first(s.values())), Html.number(last(s.values())),
                    s.verdict().toString().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')));
        }
        h.raw(SvgLineChart.render("σ-convergence: population-weighted Gini across economies", "Year",
                "Gini (0-1)", first.years(), series, WDI + "; OWID/ITU; bands: 95% bootstrap"));
        h.table("Gini at the start and end, and the trend's verdict", List.of("Indicator", "First", "Last", "Trend"),
                rows);
        h.paragraph("A falling Gini (σ-convergence) means access is spreading more evenly across the world's people.");
        h.close("section");
    }

    private static void compute(Html h, ReportData r) {
        h.section("compute", SECTIONS.get(7));
        List<SvgBarChart.Bar> bars = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (GroupShare g : r.computeGroups()) {
            bars.add(SvgBarChart.Bar.of(g.label(), 100 * g.share()));
            rows.add(List.of(g.label(), Html.number(g.total()), Html.number(100 * g.share())));
        }
        h.raw(SvgBarChart.render("Share of TOP500 Rmax by income group", "% of total Rmax", bars, TOP500));
        h.table("TOP500 Rmax by income group", List.of("Income group", "Rmax (TFlop/s)", "Share (%)"), rows);
        List<SvgBarChart.Bar> top = new ArrayList<>();
        List<List<String>> topRows = new ArrayList<>();
        for (GroupShare g : r.computeTop()) {
            top.add(SvgBarChart.Bar.of(g.label(), 100 * g.share()));
            topRows.add(List.of(g.label(), Html.number(g.total()), Html.number(100 * g.share())));
        }
        h.raw(SvgBarChart.render("Share of TOP500 Rmax: the ten largest economies", "% of total Rmax", top, TOP500));
        h.table("Top economies by TOP500 Rmax", List.of("Economy", "Rmax (TFlop/s)", "Share (%)"), topRows);
        h.close("section");
    }

    /**
     * Rank intervals sorted by nominal rank.
     *
     * @param r the figures
     * @return the economies' uncertainty, best first
     */
    static List<EconomyUncertainty> byRank(ReportData r) {
        List<EconomyUncertainty> list = new ArrayList<>(r.uncertainty().economies());
        list.removeIf(e -> Double.isNaN(e.nominalRank()));
        list.sort(Comparator.comparingDouble(EconomyUncertainty::nominalRank));
        return list;
    }

    /**
     * An economy's name.
     *
     * @param panel the panel
     * @param code  the code
     * @return the name
     */
    static String name(Panel panel, String code) {
        int e = panel.economyIndex(code);
        return e < 0 ? code : panel.economies().get(e).name();
    }

    /**
     * The GenAI row of the summary.
     *
     * @param r the figures
     * @return the row
     */
    static DivideSummary.Row row(ReportData r, String code) {
        return r.summary().rows().stream().filter(x -> x.indicator().code().equals(code)).findFirst().orElseThrow();
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
