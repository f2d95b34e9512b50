package org.divide.examples.report;

import java.util.ArrayList;
import java.util.List;

import org.divide.core.Panel;
import org.divide.examples.data.DefaultData;
import org.divide.examples.index.AiFoundations;
import org.divide.examples.summary.DivideSummary;
import org.divide.metrics.concentration.GroupShare;
import org.divide.metrics.inference.BootstrapInterval;
import org.divide.metrics.uncertainty.EconomyUncertainty;

/** The sections of the report page built from tables, bars and Lorenz curves. */
final class ReportSections {

    private static final int RANKED_IN_CHART = 40;
    private static final String[] INCOME = {"Low income", "Lower middle income", "Upper middle income", "High income"};

    private ReportSections() {
    }

    static void headline(Html h, ReportData r) {
        h.section("headline", ReportPage.SECTIONS.get(0));
        DivideSummary.Row genai = ReportPage.row(r, DefaultData.GENAI_USE);
        DivideSummary.Row internet = ReportPage.row(r, DefaultData.INTERNET_USERS);
        double highCompute = 0;
        for (GroupShare g : r.computeGroups()) {
            highCompute += g.label().equals("High income") ? g.share() : 0;
        }
        List<EconomyUncertainty> ranked = ReportPage.byRank(r);
        h.open("div", "cards");
        card(h, Html.number(genai.highToLow()) + "×", "more generative AI use per working-age person in high-income than"
                + " in low-income economies (" + genai.year() + ", population-weighted)");
        card(h, Html.number(100 * highCompute) + "%", "of TOP500 supercomputing power (Rmax, June 2025) is in"
                + " high-income economies");
        card(h, Html.number(internet.meanByIncome()[0]) + "% vs " + Html.number(internet.meanByIncome()[3]) + "%",
                "of people use the Internet in low- vs high-income economies (" + internet.year() + ")");
        card(h, Integer.toString(ranked.size()), "economies ranked on the illustrative AI foundations index; first: "
                + ReportPage.name(r.data().economies(), ranked.get(0).economy()));
        h.close("div");
        h.close("section");
    }

    private static void card(Html h, String figure, String text) {
        h.open("div", "card").element("b", figure).element("span", text).close("div");
    }

    static void ranking(Html h, ReportData r) {
        h.section("ranking", ReportPage.SECTIONS.get(1));
        Panel panel = r.data().economies();
        List<EconomyUncertainty> ranked = ReportPage.byRank(r);
        List<SvgBarChart.Bar> bars = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (EconomyUncertainty e : ranked) {
            String name = ReportPage.name(panel, e.economy());
            if (bars.size() < RANKED_IN_CHART) {
                bars.add(new SvgBarChart.Bar((int) e.nominalRank() + ". " + name, e.nominalScore(), e.scoreLow(),
                        e.scoreHigh()));
            }
            rows.add(List.of(Integer.toString((int) e.nominalRank()), name, Html.number(e.nominalScore()),
                    Integer.toString((int) e.rankLow()) + "–" + Integer.toString((int) e.rankHigh()),
                    Html.number(e.meanAbsoluteRankShift())));
        }
        h.paragraph("An illustrative index in the four-pillar structure of the IMF's AI Preparedness Index (digital"
                + " infrastructure; human capital; innovation and economic integration; governance and adoption), built"
                + " from open data with divide's composite pipeline. It is not the IMF's index. Intervals: 5–95% over "
                + r.uncertainty().runs() + " Monte Carlo runs varying imputation, winsorisation, normalisation and"
                + " weights (±25%); mean absolute rank shift " + Html.number(r.uncertainty().meanAbsoluteRankShift())
                + ".");
        h.raw(SvgBarChart.render("AI foundations index: top " + bars.size() + " (score and 5–95% interval)",
                "Index score (0-100, min-max)", bars, "divide; WDI, OWID/ITU, Oxford Insights, Microsoft, TOP500.org"));
        h.raw("<details><summary>All " + rows.size() + " ranked economies</summary>");
        h.table("AI foundations index as of " + AiFoundations.YEAR, List.of("Rank", "Economy", "Score",
                "Rank interval (5–95%)", "Mean |rank shift|"), rows);
        h.raw("</details>");
        h.close("section");
    }

    static void lorenz(Html h, ReportData r) {
        h.section("lorenz", ReportPage.SECTIONS.get(3));
        h.raw(SvgLorenz.render("Population-weighted Lorenz curves across economies", r.lorenz(),
                "WDI, OWID/ITU, Microsoft, TOP500.org; divide"));
        h.paragraph("Each curve orders the world's people by their economy's value of the indicator: the further below"
                + " the diagonal, the more unequal. Compute (TOP500 Rmax) is the most concentrated.");
        h.close("section");
    }

    static void inequality(Html h, ReportData r) {
        h.section("inequality", ReportPage.SECTIONS.get(4));
        List<List<String>> rows = new ArrayList<>();
        for (ReportData.InequalityRow row : r.inequality()) {
            rows.add(List.of(r.data().economies().indicator(row.indicator()).name(), Integer.toString(row.year()),
                    Integer.toString(row.economies()), Html.number(row.gini().estimate()), interval(row.gini()),
                    Html.number(row.theil().estimate()), interval(row.theil())));
        }
        h.table("Population-weighted inequality across economies, 95% BCa bootstrap intervals ("
                + ReportData.REPLICATES + " replicates)", List.of("Indicator", "Year", "Economies", "Gini", "95% CI",
                        "Theil T", "95% CI"), rows);
        h.close("section");
    }

    private static String interval(BootstrapInterval i) {
        return Html.number(i.lower()) + "–" + Html.number(i.upper());
    }

    static void decomposition(Html h, ReportData r) {
        h.section("decomposition", ReportPage.SECTIONS.get(5));
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
        h.raw(SvgLineChart.render("Theil T of Internet use: between and within income groups", "Year", "Theil T",
                years, List.of(new SvgLineChart.Series("Total", total, null, null),
                        new SvgLineChart.Series("Within groups", within, null, null),
                        new SvgLineChart.Series("Between groups", between, null, null)),
                "OWID/ITU; World Bank; divide"));
        h.raw("<details><summary>Table</summary>");
        h.table("Theil T decomposition by FY2026 income group", List.of("Year", "Total", "Within", "Between",
                "Between (%)"), rows);
        h.raw("</details>");
        h.close("section");
    }

    static void genai(Html h, ReportData r) {
        h.section("genai", ReportPage.SECTIONS.get(8));
        DivideSummary.Row row = ReportPage.row(r, DefaultData.GENAI_USE);
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
        h.paragraph("High-income economies use generative AI " + Html.number(row.highToLow())
                + " times as much as low-income economies; population-weighted Gini across economies "
                + Html.number(row.gini()) + ".");
        h.close("section");
    }

    static void method(Html h) {
        h.section("method", ReportPage.SECTIONS.get(9));
        h.paragraph("Index: each indicator's latest value " + AiFoundations.FIRST_YEAR + "–" + AiFoundations.YEAR
                + "; economies reporting at least " + AiFoundations.MIN_INDICATORS + " of 10 indicators; missing values"
                + " imputed by the income-group median; skewed indicators winsorised or log-transformed (COINr's rule);"
                + " min-max normalisation onto 0-100; equal weights; arithmetic means of indicators and pillars.");
        h.paragraph("Sources: World Bank World Development Indicators and country classification (CC BY 4.0); Our"
                + " World in Data / ITU (CC BY 4.0); Oxford Insights Government AI Readiness Index 2023 (CC BY 4.0);"
                + " Microsoft AI Diffusion Report (MIT); TOP500.org (per-country totals of the November 2024 and June"
                + " 2025 lists); country shapes: Natural Earth (public domain) via world-atlas (ISC).");
        h.close("section");
    }
}
