package org.divide.examples.report;

import java.util.ArrayList;
import java.util.List;

import org.divide.examples.data.DefaultData;
import org.divide.examples.index.AiFoundations;
import org.divide.examples.summary.DivideSummary;
import org.divide.metrics.concentration.GroupShare;

/** The parts of the page only the embedded default data have: its sources, compute and GenAI. */
final class EmbeddedSections {

    private static final String TOP500 = "TOP500.org, June 2025 list";
    private static final String[] INCOME = {"Low income", "Lower middle income", "Upper middle income", "High income"};

    private EmbeddedSections() {
    }

    static void intro(Html h) {
        h.paragraph(DefaultData.ATTRIBUTION + " Every figure is computed by the divide library; weights are"
                + " populations; income groups are the World Bank's FY2026 classification.");
    }

    static void cards(Html h, ReportData r) {
        DivideSummary.Row genai = row(r, DefaultData.GENAI_USE);
        DivideSummary.Row internet = row(r, DefaultData.INTERNET_USERS);
        double highCompute = 0;
        for (GroupShare g : r.embedded().computeGroups()) {
            highCompute += g.label().equals("High income") ? g.share() : 0;
        }
        ReportSections.card(h, Html.number(genai.highToLow()) + "×", "more generative AI use per working-age person"
                + " in high-income than in low-income economies (" + genai.year() + ", population-weighted)", null);
        ReportSections.card(h, Html.number(100 * highCompute) + "%", "of TOP500 supercomputing power (Rmax, June"
                + " 2025) is in high-income economies", null);
        ReportSections.card(h, Html.number(internet.meanByIncome()[0]) + "% vs "
                + Html.number(internet.meanByIncome()[3]) + "%", "of people use the Internet in low- vs high-income"
                        + " economies (" + internet.year() + ")", null);
    }

    static void indexNote(Html h) {
        h.paragraph("An illustrative index in the four-pillar structure of the IMF's AI Preparedness Index (digital"
                + " infrastructure; human capital; innovation and economic integration; governance and adoption), built"
                + " from open data with divide's composite pipeline. It is not the IMF's index.");
    }

    static void compute(Html h, ReportData r) {
        h.section("compute", ReportPage.SECTIONS.get(8));
        List<SvgBarChart.Bar> bars = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (GroupShare g : r.embedded().computeGroups()) {
            bars.add(SvgBarChart.Bar.of(g.label(), 100 * g.share()));
            rows.add(List.of(g.label(), Html.number(g.total()), Html.number(100 * g.share())));
        }
        h.raw(SvgBarChart.render("Share of TOP500 Rmax by income group", "% of total Rmax", bars, TOP500));
        h.table("TOP500 Rmax by income group, low to high income", List.of("Income group", "Rmax (TFlop/s)",
                "Share (%)"), rows);
        List<SvgBarChart.Bar> top = new ArrayList<>();
        List<List<String>> topRows = new ArrayList<>();
        for (GroupShare g : r.embedded().computeTop()) {
            top.add(SvgBarChart.Bar.of(g.label(), 100 * g.share()));
            topRows.add(List.of(g.label(), Html.number(g.total()), Html.number(100 * g.share())));
        }
        h.raw(SvgBarChart.render("Share of TOP500 Rmax: the ten largest economies", "% of total Rmax", top, TOP500));
        h.table("Top economies by TOP500 Rmax", List.of("Economy", "Rmax (TFlop/s)", "Share (%)"), topRows);
        h.sample("June 2025 list; the " + r.input().panel().economyCount() + " classified economies, those without a"
                + " system counted as 0");
        h.close("section");
    }

    static void genai(Html h, ReportData r) {
        h.section("genai", ReportPage.SECTIONS.get(9));
        DivideSummary.Row row = row(r, DefaultData.GENAI_USE);
        double[] means = row.meanByIncome();
        List<SvgBarChart.Bar> bars = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (int g = 0; g < INCOME.length; g++) {
            bars.add(SvgBarChart.Bar.of(INCOME[g], means[g]));
            rows.add(List.of(INCOME[g], Html.number(means[g])));
        }
        bars.add(SvgBarChart.Bar.of("World", row.worldMean()));
        rows.add(List.of("World", Html.number(row.worldMean())));
        h.raw(SvgBarChart.render("Generative AI users by income group, " + row.year(),
                "% of working-age population (population-weighted mean)", bars,
                "Microsoft AI Diffusion Report (MIT); World Bank"));
        h.table("Generative AI users, " + row.reporting() + " economies reporting", List.of("Income group", "%"), rows);
        h.sample(row.year() + ", " + row.reporting() + " classified economies reporting a value and a population");
        h.paragraph("High-income economies use generative AI " + Html.number(row.highToLow())
                + " times as much as low-income economies; population-weighted Gini across economies "
                + Html.number(row.gini()) + ".");
        h.close("section");
    }

    static void method(Html h) {
        h.paragraph("Index: each indicator's latest value " + AiFoundations.FIRST_YEAR + "–" + AiFoundations.YEAR
                + "; economies reporting at least " + AiFoundations.MIN_INDICATORS + " of 10 indicators; missing values"
                + " imputed by the income-group median; skewed indicators winsorised or log-transformed (COINr's rule);"
                + " min-max normalisation onto 0-100; equal weights; arithmetic means of indicators and pillars.");
        h.paragraph("Sources: World Bank World Development Indicators and country classification (CC BY 4.0); Our"
                + " World in Data / ITU (CC BY 4.0); Oxford Insights Government AI Readiness Index 2023 (CC BY 4.0);"
                + " Microsoft AI Diffusion Report (MIT); TOP500.org (per-country totals of the November 2024 and June"
                + " 2025 lists); country shapes: Natural Earth (public domain) via world-atlas (ISC).");
    }

    /**
     * A row of the embedded summary.
     *
     * @param r    the figures
     * @param code the indicator
     * @return the row
     */
    static DivideSummary.Row row(ReportData r, String code) {
        return r.embedded().summary().rows().stream().filter(x -> x.indicator().code().equals(code)).findFirst()
                .orElseThrow();
    }
}
