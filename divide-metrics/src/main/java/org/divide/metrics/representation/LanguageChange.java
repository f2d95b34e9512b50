package org.divide.metrics.representation;

import java.util.Objects;

/**
 * One language's part in the change between two corpora.
 *
 * @param language                  the language code
 * @param webShareFrom              p_l in the first corpus (0 when it is not compared there)
 * @param webShareTo                p_l in the second corpus (0 when it is not compared there)
 * @param dissimilarityContribution ½|p'_l − q'_l| − ½|p_l − q_l| (0 where a language is not compared)
 * @param klContribution            p'_l ln(p'_l / q'_l) − p_l ln(p_l / q_l)
 */
public record LanguageChange(String language, double webShareFrom, double webShareTo,
        double dissimilarityContribution, double klContribution) {

    /**
     * Checks the code.
     *
     * @throws NullPointerException if the language is null
     */
    public LanguageChange {
        Objects.requireNonNull(language, "language");
    }
}
