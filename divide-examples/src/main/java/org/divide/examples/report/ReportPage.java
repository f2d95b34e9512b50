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
import org.divide.metrics.uncertainty.EconomyUncertainty;

/**
 * Renders {@link ReportData} as one self-contained HTML page: inline CSS, inline SVG, no script
 * and no external resource. Sections without data are left out (the map when the units are not
 * countries, the decomposition without a grouping, convergence and the index over time with one
 * year, the embedded data's
 * own sections); each section present states its sample in a paragraph of class {@code sample}.
 */
public final class ReportPage {

    /** The section titles, in page order; the embedded report has them all. */
    public static final List<String> SECTIONS = List.of("Headline figures", "Ranking with uncertainty",
            "World map of the index", "Lorenz curves", "Inequality with confidence intervals",
            "Between and within groups", "Convergence over time", "The index over time", "Compute concentration",
            "The generative AI adoption gap", "Languages on the web", "Data and method");

    /** The page's style sheet, shared with {@link EconomyPage}. */
    static final String CSS = "body{font:15px/1.45 system-ui,sans-serif;max-width:1000px;margin:auto;"
            + "padding:0 16px;color:#222}h1{font-size:1.7em}h2{border-bottom:1px solid #ccc;margin-top:2em}"
            + "svg{width:100%;height:auto;font-size:11px;display:block;margin:8px 0}svg .t{font-size:14px;"
            + "font-weight:600}svg .s{fill:#666;font-size:10px}table{border-collapse:collapse;margin:8px 0 16px;"
            + "font-size:13px}caption{text-align:left;font-weight:600;padding:4px 0}td,th{border-bottom:1px "
            + "solid #e5e5e5;padding:2px 8px;text-align:left}td.n{text-align:right;font-variant-numeric:"
            + "tabular-nums}.cards{display:flex;flex-wrap:wrap;gap:12px}.card{border:1px solid #ddd;"
            + "border-radius:6px;padding:8px 12px;min-width:200px;flex:1}.card b{font-size:1.5em;display:block}"
            + ".card i{font-style:normal;color:#555;display:block}p.sample{color:#444;font-size:13px;"
            + "border-left:3px solid #ccc;padding-left:8px}details{margin:8px 0}";

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
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>divide: "
                + Html.escape(r.input().title()) + "</title>\n<style>" + CSS + "</style>\n</head>\n<body>");
        h.element("h1", r.input().title());
        if (r.embedded() != null) {
            EmbeddedSections.intro(h);
        } else {
            h.paragraph("A report on the index " + r.input().spec().framework().root().name() + " ("
                    + r.input().spec().framework().root().code() + "), built from the user's data for "
                    + r.index().year() + ". Every figure is computed by the divide library"
                    + (r.input().weight() == null ? "; measures are unweighted" : "; weights: "
                            + r.input().panel().indicator(r.input().weight()).name())
                    + (r.input().grouping() == null ? "." : "; groups: " + r.input().grouping().name() + "."));
        }
        ReportSections.headline(h, r);
        ReportSections.ranking(h, r);
        if (r.countries()) {
            map(h, r);
        }
        ReportSections.lorenz(h, r);
        ReportSections.inequality(h, r);
        if (r.groups() != null) {
            TrendSections.decomposition(h, r);
        }
        if (!r.trends().isEmpty()) {
            TrendSections.convergence(h, r);
        }
        if (r.overTime() != null) {
            OverTimeSection.render(h, r);
        }
        if (r.embedded() != null) {
            EmbeddedSections.compute(h, r);
            EmbeddedSections.genai(h, r);
            LanguageSections.languages(h);
        }
        ReportSections.method(h, r);
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
        Map<String, String> names = new HashMap<>();
        for (Economy e : Economies.worldBank().all()) {
            if (e.isoNumeric() != null) {
                names.put(e.isoNumeric(), e.name());
            }
        }
        double[] scores = r.index().indexScores();
        List<String> economies = r.index().economies();
        for (int e = 0; e < scores.length; e++) {
            String numeric = r.numeric().get(economies.get(e));
            if (numeric != null && Double.isFinite(scores[e])) {
                values.put(numeric, scores[e]);
                names.put(numeric, r.name(economies.get(e)));
            }
        }
        String root = r.input().spec().framework().root().name();
        h.raw(SvgMap.render(root + ", " + r.index().year(), "Index score", shapes, values, names,
                r.input().source() + "; shapes Natural Earth via world-atlas"));
        java.util.Set<String> ids = new java.util.HashSet<>();
        shapes.forEach(s -> ids.add(s.id()));
        long drawn = values.keySet().stream().filter(ids::contains).count();
        long ranked = java.util.Arrays.stream(scores).filter(Double::isFinite).count();
        h.sample(r.index().year() + ", " + drawn + " of the " + ranked + " ranked economies drawn by their ISO 3166"
                + " code" + (values.size() > drawn ? "; " + (values.size() - drawn) + " without a shape at this scale"
                        + " (small islands)" : "") + (ranked > values.size() ? "; " + (ranked - values.size())
                                + " not known as countries" : "") + "; grey: no index score or not in the data");
        h.paragraph("Darker is higher. The classes are quintiles of the index score, so each colour holds a fifth"
                + " of the ranked economies. Hover a country for its score.");
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
}
