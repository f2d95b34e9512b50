package org.divide.io.language;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A territory of CLDR's {@code territoryInfo}: its ISO 3166 alpha-2 code (or a CLDR code such as
 * {@code XK}), its population, and the share speaking each language.
 *
 * @param code       the territory code
 * @param population the population, finite and {@code >= 0}
 * @param languages  the languages in document order; copied
 */
public record Territory(String code, double population, List<LanguageShare> languages) {

    /**
     * Copies the languages.
     *
     * @throws NullPointerException     if the code or the list is null
     * @throws IllegalArgumentException if the population is negative or not finite
     */
    public Territory {
        Objects.requireNonNull(code, "code");
        if (!(population >= 0) || Double.isInfinite(population)) {
            throw new IllegalArgumentException("population of " + code + " must be finite and >= 0: " + population);
        }
        languages = List.copyOf(languages);
    }

    /**
     * The percentage speaking each base language. A script variant ({@code zh_Hant}, {@code sr_Latn})
     * counts for its base language when the territory does not list the base language itself (Taiwan
     * lists only {@code zh_Hant}); where it does, the variant describes the same speakers writing
     * another script and is left out (see {@link #variantsLeftOut()}). Two variants of one base
     * language without the base are added.
     *
     * @return the percentages by base language code, in document order
     */
    public Map<String, Double> percentsByLanguage() {
        Set<String> bases = bases();
        Map<String, Double> m = new LinkedHashMap<>();
        for (LanguageShare s : languages) {
            if (!isVariant(s) || !bases.contains(s.baseLanguage())) {
                m.merge(s.baseLanguage(), s.percent(), Double::sum);
            }
        }
        return m;
    }

    /**
     * The script variants left out because the territory lists their base language too.
     *
     * @return the codes, such as {@code sr_Latn}, in document order
     */
    public List<String> variantsLeftOut() {
        Set<String> bases = bases();
        List<String> out = new ArrayList<>();
        for (LanguageShare s : languages) {
            if (isVariant(s) && bases.contains(s.baseLanguage())) {
                out.add(s.language());
            }
        }
        return out;
    }

    private Set<String> bases() {
        Set<String> bases = new HashSet<>();
        for (LanguageShare s : languages) {
            if (!isVariant(s)) {
                bases.add(s.language());
            }
        }
        return bases;
    }

    private static boolean isVariant(LanguageShare s) {
        return !s.language().equals(s.baseLanguage());
    }
}
