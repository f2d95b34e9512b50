package org.divide.examples.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.divide.core.Economies;
import org.divide.examples.data.LanguageAnalysis;
import org.divide.examples.data.LanguageData;
import org.divide.metrics.concentration.ShareRatio;
import org.divide.metrics.inequality.Decomposition;
import org.divide.metrics.representation.LanguageRepresentation;
import org.divide.metrics.representation.SpeakerCounting;

/**
 * The report's "Languages on the web" section, from the embedded Common Crawl and CLDR data: the
 * language Lorenz curve of each crawl, the most under-represented languages with their speakers, pages
 * per person by income group, and the change over the crawls (docs/representation.md).
 */
final class LanguageSections {

    /** The section's index in {@link ReportPage#SECTIONS}. */
    static final int SECTION = 10;
    private static final int TOP = 10;
    private static final Pattern YEAR = Pattern.compile("(\\d{4})-(\\d{2})");

    private LanguageSections() {
    }

    /**
     * Appends the section.
     *
     * @param h the page
     * @throws IOException if the bundled data cannot be read
     */
    static void languages(Html h) throws IOException {
        LanguageAnalysis a = LanguageAnalysis.of(LanguageData.embedded(), List.of(), SpeakerCounting.ALL_SPEAKERS);
        h.section("languages", ReportPage.SECTIONS.get(SECTION));
        List<LanguageAnalysis.Crawl> crawls = a.crawls();
        LanguageAnalysis.Crawl last = crawls.get(crawls.size() - 1);
        LanguageRepresentation r = last.languages();
        ShareRatio en = r.ratio("en");
        h.paragraph("Whose languages is the web written in? In " + last.counts().name() + ", English holds "
                + Html.number(100 * en.share()) + "% of the pages whose language is detected, against "
                + Html.number(100 * en.referenceShare()) + "% of the speakers of the same languages; "
                + Html.number(100 * r.speakersBelow(0.01)) + "% of the speakers have a language with less than 1% of"
                + " the pages. The dissimilarity index, the share of pages that would have to change language for"
                + " the web to mirror its speakers, is " + Html.number(r.dissimilarity()) + ".");
        List<SvgLorenz.Curve> curves = new ArrayList<>();
        for (LanguageAnalysis.Crawl c : crawls) {
            curves.add(new SvgLorenz.Curve(c.counts().name() + " (Gini " + Html.number(c.languages().gini()) + ")",
                    c.languages().lorenz()));
        }
        h.raw(SvgLorenz.render("The language Lorenz curve: pages against speakers", "Cumulative share of speakers"
                + " (languages ordered by pages per speaker)", curves, LanguageData.ATTRIBUTION));
        List<List<String>> rows = new ArrayList<>();
        List<ShareRatio> under = new ArrayList<>(r.ratios());
        under.sort(Comparator.comparingDouble((ShareRatio s) -> s.share() - s.referenceShare()));
        for (ShareRatio s : under.subList(0, Math.min(TOP, under.size()))) {
            int l = r.languages().indexOf(s.label());
            rows.add(List.of(LanguageAnalysis.name(s.label()) + " (" + s.label() + ")",
                    Html.number(r.speakers()[l] / 1e6), Html.number(100 * s.referenceShare()),
                    Html.number(100 * s.share()), Html.number(s.ratio())));
        }
        h.table("The most under-represented languages, " + last.counts().name() + " (largest gap between the share of"
                + " speakers and the share of pages)", List.of("Language", "Speakers (million, L1 + L2)",
                        "Share of speakers (%)", "Share of pages (%)", "Ratio"), rows);
        incomeGroups(h, last);
        change(h, a);
        h.sample("Common Crawl pages whose primary language is detected and has speakers in CLDR ("
                + r.languages().size() + " languages); speakers are first- and second-language speakers from CLDR 47,"
                + " so a multilingual person counts for each language; " + last.economies().economies().size()
                + " World Bank economies joined by ISO code, pages attributed to them in proportion to speakers."
                + " Every exclusion is listed by 'divide representation'");
        h.close("section");
    }

    private static void incomeGroups(Html h, LanguageAnalysis.Crawl c) {
        Decomposition gini = c.economies().giniByIncome();
        List<SvgBarChart.Bar> bars = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (Decomposition.Group g : GroupOrder.sort(gini.groups(), Decomposition.Group::label,
                Economies.worldBank().incomeGroups())) {
            bars.add(SvgBarChart.Bar.of(g.label(), g.mean()));
            rows.add(List.of(g.label(), Html.number(100 * g.populationShare()), Html.number(100 * g.incomeShare()),
                    Html.number(g.mean())));
        }
        h.raw(SvgBarChart.render("Web pages in the languages people speak, per person, by income group ("
                + c.counts().name() + ")", "pages per person", bars, LanguageData.ATTRIBUTION));
        h.table("Pages per person by income group (Gini across economies " + Html.number(c.economies().gini())
                + ", of which between income groups " + Html.number(gini.between()) + ")", List.of("Income group",
                        "Share of population (%)", "Share of pages (%)", "Pages per person"), rows);
    }

    private static void change(Html h, LanguageAnalysis a) {
        int[] years = new int[a.crawls().size()];
        double[] d = new double[years.length];
        double[] g = new double[years.length];
        boolean dated = true;
        for (int i = 0; i < years.length; i++) {
            Matcher m = YEAR.matcher(a.crawls().get(i).counts().name());
            dated &= m.find();
            years[i] = dated ? Integer.parseInt(m.group(1)) : i;
            d[i] = a.crawls().get(i).languages().dissimilarity();
            g[i] = a.crawls().get(i).languages().gini();
        }
        if (dated && years.length > 1) {
            h.raw(SvgLineChart.render("The representation divide over the crawls", "Year of the crawl", "index (0-1)",
                    years, List.of(new SvgLineChart.Series("Dissimilarity, web against speakers", d, null, null),
                            new SvgLineChart.Series("Gini of the language Lorenz curve", g, null, null)),
                    LanguageData.ATTRIBUTION));
        }
        List<List<String>> rows = new ArrayList<>();
        for (LanguageAnalysis.Crawl c : a.crawls()) {
            rows.add(List.of(c.counts().name(), Html.number(c.languages().dissimilarity()),
                    Html.number(c.languages().klDivergence()), Html.number(c.languages().gini()),
                    Html.number(c.economies().gini())));
        }
        h.table("The crawls compared", List.of("Crawl", "Dissimilarity", "KL divergence (nats)",
                "Gini, languages", "Gini, economies"), rows);
    }
}
