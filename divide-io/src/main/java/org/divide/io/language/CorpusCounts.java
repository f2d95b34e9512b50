package org.divide.io.language;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The pages per language of one corpus (one Common Crawl crawl, or a model's training data), with
 * the pages whose language was not detected ({@code <unknown>}) kept apart.
 *
 * @param name         the corpus, such as {@code CC-MAIN-2024-42}
 * @param languages    the languages in file order, each code once; copied
 * @param unknownPages the pages of unknown language (0 when the file has no {@code <unknown>} row)
 * @param unknownUrls  the URLs of unknown language, or {@code NaN} when not given
 */
public record CorpusCounts(String name, List<LanguageCount> languages, double unknownPages, double unknownUrls) {

    /** The code that Common Crawl gives pages whose language was not detected. */
    public static final String UNKNOWN = "<unknown>";

    /**
     * Copies the languages.
     *
     * @throws NullPointerException if the name or the list is null
     */
    public CorpusCounts {
        Objects.requireNonNull(name, "name");
        languages = List.copyOf(languages);
    }

    /**
     * The pages by language code, in file order.
     *
     * @return a new map
     */
    public Map<String, Double> pagesByCode() {
        Map<String, Double> m = new LinkedHashMap<>();
        for (LanguageCount c : languages) {
            m.put(c.code(), c.pages());
        }
        return m;
    }

    /**
     * The pages of detected languages, Σ pages.
     *
     * @return the total, without the unknown pages
     */
    public double detectedPages() {
        double sum = 0;
        for (LanguageCount c : languages) {
            sum += c.pages();
        }
        return sum;
    }
}
