package org.divide.io.language;

import java.util.Objects;

/**
 * One language of a corpus: its code as the corpus writes it, the pages (or documents, tokens: any
 * non-negative amount) in that language and the URLs, when the file gives them.
 *
 * @param code  the language code as written (Common Crawl: ISO 639-3, such as {@code eng})
 * @param pages the amount, finite and {@code >= 0}
 * @param urls  the URLs, or {@code NaN} when the file has no {@code urls} column
 * @param line  the line of the file the row is on (for messages), or 0
 */
public record LanguageCount(String code, double pages, double urls, long line) {

    /**
     * Checks the fields.
     *
     * @throws NullPointerException     if the code is null
     * @throws IllegalArgumentException if the pages are negative or not finite
     */
    public LanguageCount {
        Objects.requireNonNull(code, "code");
        if (!(pages >= 0) || Double.isInfinite(pages)) {
            throw new IllegalArgumentException("pages of " + code + " must be finite and >= 0: " + pages);
        }
    }
}
