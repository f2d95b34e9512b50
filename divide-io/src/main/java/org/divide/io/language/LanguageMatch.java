package org.divide.io.language;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The matching of a corpus's language codes to the CLDR languages that have speakers: each code is
 * renamed by an applied {@link LanguageAliases alias} ({@code eng → en}) or used as it is, then looked
 * up among the CLDR languages (case ignored). Nothing is dropped silently:
 *
 * <ul>
 *   <li>{@link #unmatched()}: codes without speakers in CLDR (Common Crawl's {@code got}, Gothic), and
 *       codes whose alias names several languages (ambiguous), each with its reason;</li>
 *   <li>{@link #merged()}: CLDR languages that several codes of the corpus map to (their pages are
 *       added);</li>
 *   <li>{@link #aliasesNotApplied()}: codes used as they are although CLDR lists a deprecated or
 *       legacy alias for them.</li>
 * </ul>
 *
 * @param cldrByCode        the matched codes and their CLDR language, in the order given
 * @param unmatched         the codes that match no CLDR language, with the reason
 * @param merged            the CLDR languages that two or more codes map to, with those codes
 * @param aliasesNotApplied codes with an alias that is not applied, with its reason
 */
public record LanguageMatch(Map<String, String> cldrByCode, Map<String, String> unmatched,
        Map<String, List<String>> merged, Map<String, String> aliasesNotApplied) {

    /** Copies the maps. */
    public LanguageMatch {
        cldrByCode = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(cldrByCode));
        unmatched = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(unmatched));
        Map<String, List<String>> m = new LinkedHashMap<>();
        merged.forEach((k, v) -> m.put(k, List.copyOf(v)));
        merged = java.util.Collections.unmodifiableMap(m);
        aliasesNotApplied = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(aliasesNotApplied));
    }

    /**
     * Matches codes.
     *
     * @param codes     the corpus's codes (duplicates are looked at once; {@code <unknown>} is no code)
     * @param aliases   the aliases
     * @param languages the CLDR languages that have speakers
     * @return the match
     */
    public static LanguageMatch of(Collection<String> codes, LanguageAliases aliases, Set<String> languages) {
        Map<String, String> lower = new LinkedHashMap<>();
        languages.forEach(l -> lower.put(l.toLowerCase(Locale.ROOT), l));
        Map<String, String> matched = new LinkedHashMap<>();
        Map<String, String> unmatched = new LinkedHashMap<>();
        Map<String, List<String>> byLanguage = new LinkedHashMap<>();
        Map<String, String> notApplied = new LinkedHashMap<>();
        for (String code : new LinkedHashSet<>(codes)) {
            String key = code.toLowerCase(Locale.ROOT);
            Optional<String> alias = aliases.replacement(key);
            String target = alias.orElse(key);
            aliases.ignoredReason(key).ifPresent(r -> notApplied.put(code, r));
            if (target.contains(" ")) {
                unmatched.put(code, "ambiguous: CLDR's alias names several languages (" + target + ")");
                continue;
            }
            String language = lower.get(target.toLowerCase(Locale.ROOT));
            if (language == null) {
                unmatched.put(code, "no speakers in CLDR" + (alias.isPresent() ? " (as " + target + ")" : ""));
                continue;
            }
            matched.put(code, language);
            byLanguage.computeIfAbsent(language, k -> new ArrayList<>()).add(code);
        }
        byLanguage.values().removeIf(v -> v.size() < 2);
        return new LanguageMatch(matched, unmatched, byLanguage, notApplied);
    }

    /**
     * A corpus's pages by CLDR language: the pages of the matched codes, those of codes merged into
     * one language added.
     *
     * @param corpus the corpus
     * @return the pages by CLDR language, in the corpus's order
     */
    public Map<String, Double> pages(CorpusCounts corpus) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (LanguageCount c : corpus.languages()) {
            String language = cldrByCode.get(c.code());
            if (language != null) {
                m.merge(language, c.pages(), Double::sum);
            }
        }
        return m;
    }

    /**
     * The pages of a corpus's codes that match no CLDR language.
     *
     * @param corpus the corpus
     * @return the pages by unmatched code, in the corpus's order (those without pages too)
     */
    public Map<String, Double> unmatchedPages(CorpusCounts corpus) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (LanguageCount c : corpus.languages()) {
            if (unmatched.containsKey(c.code())) {
                m.put(c.code(), c.pages());
            }
        }
        return m;
    }
}
