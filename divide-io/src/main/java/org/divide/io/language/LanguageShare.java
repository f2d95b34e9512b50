package org.divide.io.language;

import java.util.Objects;

/**
 * The share of a territory's population that speaks a language, as CLDR's {@code territoryInfo}
 * gives it ({@code languagePopulation/<code>/_populationPercent}): first or second language, so one
 * person may count for several languages.
 *
 * @param language       the CLDR code, possibly with a script ({@code zh_Hant})
 * @param percent        the percentage of the population, in [0, 100]
 * @param officialStatus {@code _officialStatus} ({@code official}, {@code de_facto_official},
 *                       {@code official_regional}), or {@code null}
 */
public record LanguageShare(String language, double percent, String officialStatus) {

    /**
     * Checks the fields.
     *
     * @throws NullPointerException     if the language is null
     * @throws IllegalArgumentException if the percentage is outside [0, 100]
     */
    public LanguageShare {
        Objects.requireNonNull(language, "language");
        if (!(percent >= 0 && percent <= 100)) {
            throw new IllegalArgumentException("percent of " + language + " must be in [0, 100]: " + percent);
        }
    }

    /**
     * The language without its script subtag: {@code zh} for {@code zh_Hant}.
     *
     * @return the base language code
     */
    public String baseLanguage() {
        int cut = language.indexOf('_');
        return cut < 0 ? language : language.substring(0, cut);
    }
}
