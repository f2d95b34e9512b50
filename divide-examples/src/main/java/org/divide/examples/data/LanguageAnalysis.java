package org.divide.examples.data;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.divide.core.Economies;
import org.divide.io.language.CorpusCounts;
import org.divide.io.language.LanguageMatch;
import org.divide.io.language.Territory;
import org.divide.metrics.representation.EconomyRepresentation;
import org.divide.metrics.representation.LanguageRepresentation;
import org.divide.metrics.representation.RepresentationChange;
import org.divide.metrics.representation.SpeakerCounting;
import org.divide.metrics.representation.Speakers;

/**
 * The representation divide of a set of corpora: each corpus against the speakers of its languages,
 * its pages attributed to economies, and the change from each corpus to the next; with a note for
 * every exclusion (pages of unknown language, codes without speakers, script variants left out,
 * territories that are not economies).
 *
 * @param counting the speaker counting
 * @param match    the matching of the corpora's codes to CLDR's
 * @param crawls   one entry per corpus, in the order given
 * @param changes  from each corpus to the next
 * @param notes    every exclusion, one sentence each
 */
public record LanguageAnalysis(SpeakerCounting counting, LanguageMatch match, List<Crawl> crawls,
        List<RepresentationChange> changes, List<String> notes) {

    /** How many codes a note lists. */
    private static final int LISTED = 8;

    /** Copies the lists. */
    public LanguageAnalysis {
        crawls = List.copyOf(crawls);
        changes = List.copyOf(changes);
        notes = List.copyOf(notes);
    }

    /**
     * One corpus.
     *
     * @param counts    the corpus as read
     * @param languages its languages against their speakers
     * @param economies its pages attributed to economies
     */
    public record Crawl(CorpusCounts counts, LanguageRepresentation languages, EconomyRepresentation economies) {
    }

    /**
     * Analyses the data.
     *
     * @param data     the corpora, territories and aliases
     * @param names    the corpora to keep, by name (empty: all)
     * @param counting the speaker counting
     * @return the analysis
     * @throws IllegalArgumentException if a name is not a corpus of the data
     */
    public static LanguageAnalysis of(LanguageData data, List<String> names, SpeakerCounting counting) {
        return of(data, names, counting, false);
    }

    /**
     * Analyses the data, optionally with the languages a corpus lacks counted as present with 0 pages.
     *
     * @param data         the corpora, territories and aliases
     * @param names        the corpora to keep, by name (empty: all)
     * @param counting     the speaker counting
     * @param absentAsZero {@code true}: every CLDR language with speakers is compared, those the corpus
     *                     lacks with 0 pages; {@code false}: only the corpus's languages are compared
     * @return the analysis
     * @throws IllegalArgumentException if a name is not a corpus of the data
     */
    public static LanguageAnalysis of(LanguageData data, List<String> names, SpeakerCounting counting,
            boolean absentAsZero) {
        List<CorpusCounts> corpora = select(data, names);
        List<String> notes = new ArrayList<>();
        Speakers.Builder b = Speakers.builder(counting);
        List<String> variants = new ArrayList<>();
        for (Territory t : data.territories().territories()) {
            b.territory(t.code(), t.population(), t.percentsByLanguage());
            t.variantsLeftOut().forEach(v -> variants.add(t.code() + " " + v));
        }
        Speakers speakers = b.build();
        if (!data.territories().withoutPopulation().isEmpty()) {
            notes.add("CLDR entries without a population left out: " + listed(data.territories().withoutPopulation()));
        }
        if (!variants.isEmpty()) {
            notes.add(variants.size() + " script variants left out where the territory lists the base language too"
                    + " (same speakers, another script): " + listed(variants));
        }
        Set<String> codes = new LinkedHashSet<>();
        corpora.forEach(c -> c.languages().forEach(l -> codes.add(l.code())));
        Set<String> withSpeakers = speakers.languages().stream().filter(l -> speakers.total(l) > 0)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        LanguageMatch match = LanguageMatch.of(codes, data.aliases(), withSpeakers);
        match.unmatched().forEach((code, reason) -> notes.add("language code " + code + " left out: " + reason));
        match.merged().forEach((language, from) -> notes.add("codes " + String.join(", ", from)
                + " all map to CLDR's " + language + ": their pages are added"));
        match.aliasesNotApplied().forEach((code, reason) -> notes.add("code " + code + " used as it is: CLDR's alias"
                + " is " + reason));
        List<Crawl> crawls = new ArrayList<>();
        for (CorpusCounts c : corpora) {
            Map<String, Double> pages = match.pages(c);
            if (absentAsZero) {
                withSpeakers.forEach(l -> pages.putIfAbsent(l, 0.0));
            }
            LanguageRepresentation r = LanguageRepresentation.of(c.name(), pages, speakers);
            EconomyRepresentation e = EconomyRepresentation.of(r, speakers, Economies.worldBank()::byIso2);
            crawls.add(new Crawl(c, r, e));
            notes.addAll(crawlNotes(c, match, r, e));
        }
        List<RepresentationChange> changes = new ArrayList<>();
        for (int i = 1; i < crawls.size(); i++) {
            changes.add(RepresentationChange.between(crawls.get(i - 1).languages(), crawls.get(i).languages()));
        }
        return new LanguageAnalysis(counting, match, crawls, changes, notes);
    }

    private static List<CorpusCounts> select(LanguageData data, List<String> names) {
        if (names.isEmpty()) {
            return data.corpora();
        }
        List<CorpusCounts> out = new ArrayList<>();
        for (String name : names) {
            CorpusCounts found = null;
            for (CorpusCounts c : data.corpora()) {
                if (c.name().equalsIgnoreCase(name) || c.name().toUpperCase(Locale.ROOT).endsWith("-" + name)) {
                    found = c;
                }
            }
            if (found == null) {
                throw new IllegalArgumentException(data.corpusSource() + ": no crawl " + name + "; the crawls are "
                        + data.corpora().stream().map(CorpusCounts::name).collect(Collectors.joining(", ")));
            }
            out.add(found);
        }
        return out;
    }

    private static List<String> crawlNotes(CorpusCounts c, LanguageMatch match, LanguageRepresentation r,
            EconomyRepresentation e) {
        List<String> notes = new ArrayList<>();
        double detected = c.detectedPages();
        double all = detected + c.unknownPages();
        if (c.unknownPages() > 0) {
            notes.add(c.name() + ": " + percent(c.unknownPages() / all) + " of the pages are of unknown language ("
                    + CorpusCounts.UNKNOWN + "), left out");
        }
        Map<String, Double> unmatched = match.unmatchedPages(c);
        if (!unmatched.isEmpty()) {
            double sum = unmatched.values().stream().mapToDouble(Double::doubleValue).sum();
            notes.add(c.name() + ": " + percent(sum / all) + " of the pages are in " + unmatched.size()
                    + " languages without speakers in CLDR (" + listed(List.copyOf(unmatched.keySet())) + "), left out");
        }
        if (r.speakersNotInCorpus() > 0) {
            notes.add(c.name() + ": the " + r.languages().size() + " languages compared leave out the speakers of the"
                    + " languages the corpus does not have, " + percent(r.speakersNotInCorpus()) + " of all speakers"
                    + " (--absent zero compares them with 0 pages)");
        }
        notes.add(c.name() + ": " + percent(e.pagesNotInEconomies()) + " of the pages compared go to "
                + e.notEconomies().size() + " territories that are not World Bank economies ("
                + listed(List.copyOf(e.notEconomies().keySet())) + "), left out of the economies' figures");
        return notes;
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.3g%%", 100 * share);
    }

    private static String listed(List<String> codes) {
        String head = codes.stream().limit(LISTED).collect(Collectors.joining(", "));
        return codes.size() > LISTED ? head + ", ..." : head;
    }

    /**
     * The English name of a CLDR language code, from the JDK's locale data.
     *
     * @param code the code, such as {@code sw}
     * @return the name ("Swahili"), or the code when the JDK has none
     */
    public static String name(String code) {
        String name = Locale.forLanguageTag(code.replace('_', '-')).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() ? code : name;
    }
}
