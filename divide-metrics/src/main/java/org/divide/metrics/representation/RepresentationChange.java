package org.divide.metrics.representation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * The change of representation between two corpora (two crawls), language by language. Both the
 * dissimilarity D = ½ Σ_l |p_l − q_l| and the KL divergence Σ_l p_l ln(p_l / q_l) are sums over
 * languages, so their changes split exactly into one term per language:
 * ΔD = Σ_l (½|p'_l − q'_l| − ½|p_l − q_l|) and likewise for KL (a language not compared in a corpus
 * contributes 0 to it). The languages are ordered by the size of their contribution to ΔD, largest
 * first: the languages that drove the change.
 *
 * @param from               the first corpus's name
 * @param to                 the second corpus's name
 * @param dissimilarityFrom  D of the first corpus
 * @param dissimilarityTo    D of the second corpus
 * @param klFrom             KL of the first corpus
 * @param klTo               KL of the second corpus
 * @param languages          the contributions, largest |ΔD_l| first; copied
 */
public record RepresentationChange(String from, String to, double dissimilarityFrom, double dissimilarityTo,
        double klFrom, double klTo, List<LanguageChange> languages) {

    /** Copies the list. */
    public RepresentationChange {
        languages = List.copyOf(languages);
    }

    /**
     * The change from one corpus to another.
     *
     * @param from the first corpus
     * @param to   the second corpus
     * @return the change with every language of either corpus
     */
    public static RepresentationChange between(LanguageRepresentation from, LanguageRepresentation to) {
        TreeSet<String> all = new TreeSet<>(from.languages());
        all.addAll(to.languages());
        List<LanguageChange> rows = new ArrayList<>(all.size());
        for (String language : all) {
            int a = from.languages().indexOf(language);
            int b = to.languages().indexOf(language);
            double pa = a < 0 ? 0 : from.webShare(a);
            double pb = b < 0 ? 0 : to.webShare(b);
            double d = term(to, b, false) - term(from, a, false);
            double k = term(to, b, true) - term(from, a, true);
            rows.add(new LanguageChange(language, pa, pb, d, k));
        }
        rows.sort(Comparator.comparingDouble((LanguageChange c) -> -Math.abs(c.dissimilarityContribution()))
                .thenComparing(LanguageChange::language));
        return new RepresentationChange(from.corpus(), to.corpus(), from.dissimilarity(), to.dissimilarity(),
                from.klDivergence(), to.klDivergence(), rows);
    }

    private static double term(LanguageRepresentation r, int l, boolean kl) {
        if (l < 0) {
            return 0;
        }
        double p = r.webShare(l);
        double q = r.speakerShare(l);
        if (kl) {
            return p == 0 ? 0 : p * Math.log(p / q);
        }
        return 0.5 * Math.abs(p - q);
    }

    /** @return D' − D */
    public double dissimilarityChange() {
        return dissimilarityTo - dissimilarityFrom;
    }

    /** @return KL' − KL */
    public double klChange() {
        return klTo - klFrom;
    }
}
