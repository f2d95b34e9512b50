package org.divide.examples.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.divide.core.Economies;
import org.divide.examples.data.LanguageAnalysis;
import org.divide.examples.report.GroupOrder;
import org.divide.metrics.concentration.ShareRatio;
import org.divide.metrics.inequality.Decomposition;
import org.divide.metrics.representation.EconomyRepresentation;
import org.divide.metrics.representation.LanguageChange;
import org.divide.metrics.representation.LanguageRepresentation;
import org.divide.metrics.representation.RepresentationChange;

/**
 * The tables of {@code divide representation}: the measures per crawl, named and most
 * under-represented languages, pages per person by income group, the decompositions across
 * economies, the change between crawls and the languages that drove it.
 */
final class RepresentationTables {

    private RepresentationTables() {
    }

    /**
     * Every table of the command.
     *
     * @param a     the analysis
     * @param named the CLDR codes of the languages listed in every crawl
     * @param top   how many under-represented languages and drivers of change to list
     * @param below the share of the pages (0.01 for 1 %) of {@code speakers_below_*}
     * @return the tables, in print order
     */
    static List<Table> all(LanguageAnalysis a, List<String> named, int top, double below) {
        List<Table> tables = new ArrayList<>();
        tables.add(crawls(a, below));
        tables.add(named(a, named));
        tables.add(underRepresented(a, top));
        tables.add(incomeGroups(a));
        tables.add(decomposition(a));
        if (!a.changes().isEmpty()) {
            tables.add(change(a));
            tables.add(drivers(a, top));
        }
        return tables;
    }

    /** The measures of each crawl. */
    static Table crawls(LanguageAnalysis a, double below) {
        String label = "speakers_below_" + trim(100 * below) + "pct";
        Table.Builder b = new Table.Builder("crawls", List.of("crawl", "counting", "languages", "pages",
                "unknown_pages", "dissimilarity", "kl_divergence", "gini_languages", label, "economies",
                "gini_economies", "theil_economies"));
        for (LanguageAnalysis.Crawl c : a.crawls()) {
            LanguageRepresentation r = c.languages();
            EconomyRepresentation e = c.economies();
            b.add(c.counts().name(), counting(a), r.languages().size(), sum(r.pages()), c.counts().unknownPages(),
                    r.dissimilarity(), r.klDivergence(), r.gini(), r.speakersBelow(below), e.economies().size(),
                    e.gini(), e.theil());
        }
        return b.build();
    }

    /** The named languages in each crawl; a code not compared is an error naming it. */
    static Table named(LanguageAnalysis a, List<String> codes) {
        Table.Builder b = languageTable("languages");
        for (LanguageAnalysis.Crawl c : a.crawls()) {
            for (String code : codes) {
                ShareRatio s = c.languages().ratio(code);
                if (s == null) {
                    throw new IllegalArgumentException("--language " + code + ": not among the languages compared in "
                            + c.counts().name() + " (use CLDR codes: en, hi, sw)");
                }
                b.add(row(c, s));
            }
        }
        return b.build();
    }

    /** The languages with the largest gap between speaker share and web share, per crawl. */
    static Table underRepresented(LanguageAnalysis a, int top) {
        Table.Builder b = languageTable("under_represented");
        for (LanguageAnalysis.Crawl c : a.crawls()) {
            List<ShareRatio> rows = new ArrayList<>(c.languages().ratios());
            rows.sort(Comparator.comparingDouble((ShareRatio s) -> s.share() - s.referenceShare())
                    .thenComparing(ShareRatio::label));
            rows.stream().limit(top).forEach(s -> b.add(row(c, s)));
        }
        return b.build();
    }

    private static Table.Builder languageTable(String name) {
        return new Table.Builder(name, List.of("crawl", "language", "name", "pages", "speakers", "web_share",
                "speaker_share", "ratio", "log_ratio"));
    }

    private static List<Object> row(LanguageAnalysis.Crawl c, ShareRatio s) {
        int l = c.languages().languages().indexOf(s.label());
        return java.util.Arrays.asList(c.counts().name(), s.label(), LanguageAnalysis.name(s.label()),
                c.languages().pages()[l], Math.round(c.languages().speakers()[l]), s.share(), s.referenceShare(),
                s.ratio(), Math.log(s.ratio()));
    }

    /** Pages per person and the shares of each income group, low to high income. */
    static Table incomeGroups(LanguageAnalysis a) {
        Table.Builder b = new Table.Builder("income_groups", List.of("crawl", "income_group", "population_share",
                "page_share", "pages_per_person"));
        for (LanguageAnalysis.Crawl c : a.crawls()) {
            for (Decomposition.Group g : GroupOrder.sort(c.economies().giniByIncome().groups(),
                    Decomposition.Group::label, Economies.worldBank().incomeGroups())) {
                b.add(c.counts().name(), g.label(), g.populationShare(), g.incomeShare(), g.mean());
            }
        }
        return b.build();
    }

    /** Gini and Theil T across economies split by income group and by region. */
    static Table decomposition(LanguageAnalysis a) {
        Table.Builder b = new Table.Builder("decomposition", List.of("crawl", "groups", "measure", "total", "within",
                "between", "overlap", "between_share"));
        for (LanguageAnalysis.Crawl c : a.crawls()) {
            EconomyRepresentation e = c.economies();
            for (Decomposition d : List.of(e.giniByIncome(), e.theilByIncome(), e.giniByRegion(), e.theilByRegion())) {
                String groups = d == e.giniByIncome() || d == e.theilByIncome() ? "income group" : "region";
                b.add(c.counts().name(), groups, d.measure(), d.total(), d.within(), d.between(), d.overlap(),
                        d.between() / d.total());
            }
        }
        return b.build();
    }

    /** D and KL from each crawl to the next. */
    static Table change(LanguageAnalysis a) {
        Table.Builder b = new Table.Builder("change", List.of("from", "to", "dissimilarity_from", "dissimilarity_to",
                "dissimilarity_change", "kl_from", "kl_to", "kl_change"));
        for (RepresentationChange c : a.changes()) {
            b.add(c.from(), c.to(), c.dissimilarityFrom(), c.dissimilarityTo(), c.dissimilarityChange(), c.klFrom(),
                    c.klTo(), c.klChange());
        }
        return b.build();
    }

    /** The languages with the largest terms of the change of D. */
    static Table drivers(LanguageAnalysis a, int top) {
        Table.Builder b = new Table.Builder("change_by_language", List.of("from", "to", "language", "name",
                "web_share_from", "web_share_to", "dissimilarity_contribution", "kl_contribution"));
        for (RepresentationChange c : a.changes()) {
            for (LanguageChange l : c.languages().subList(0, Math.min(top, c.languages().size()))) {
                b.add(c.from(), c.to(), l.language(), LanguageAnalysis.name(l.language()), l.webShareFrom(),
                        l.webShareTo(), l.dissimilarityContribution(), l.klContribution());
            }
        }
        return b.build();
    }

    private static String counting(LanguageAnalysis a) {
        return a.counting() == org.divide.metrics.representation.SpeakerCounting.ALL_SPEAKERS ? "all" : "once";
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v).replace('.', '_');
    }
}
