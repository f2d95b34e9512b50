package org.divide.metrics.representation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.divide.metrics.concentration.Concentration;
import org.divide.metrics.concentration.Representation;
import org.divide.metrics.concentration.ShareRatio;
import org.divide.metrics.inequality.Inequality;
import org.divide.metrics.inequality.LorenzCurve;
import org.divide.metrics.numeric.CompensatedSum;

/**
 * How a corpus's languages compare with the people who speak them. The languages compared are those
 * with pages in the corpus (an amount {@code >= 0}, zero allowed) and speakers &gt; 0; over them:
 *
 * <ul>
 *   <li>web share p_l = pages_l / Σ pages, speaker share q_l = S_l / Σ S (both summing to 1 over the
 *       languages compared, {@link Concentration#shares(double[])});</li>
 *   <li>representation ratio r_l = p_l / q_l and its natural log (−∞ for a language without
 *       pages), {@link Representation#shareRatios(String[], double[], double[])};</li>
 *   <li>dissimilarity D = ½ Σ |p_l − q_l| and KL divergence D(p‖q) = Σ p_l ln(p_l / q_l) in nats,
 *       {@link Representation};</li>
 *   <li>the language Lorenz curve: languages ordered by pages per speaker, cumulative share of
 *       speakers against cumulative share of pages, and its Gini, the Gini of pages per speaker
 *       weighted by speakers ({@link Inequality#lorenz(double[], double[])},
 *       {@link Inequality#gini(double[], double[])});</li>
 *   <li>{@link #speakersBelow(double)}: the share of speakers whose language holds less than a given
 *       share of the corpus.</li>
 * </ul>
 *
 * <p>What is left out is reported: {@link #withoutSpeakers()} (languages of the corpus that no
 * territory lists) and {@link #speakersNotInCorpus()} (the speakers of the languages the corpus does
 * not have, as a share of all speakers). Degenerate input: a corpus whose pages over the languages
 * compared sum to 0, or no language in common, is an {@link IllegalArgumentException}.
 */
public final class LanguageRepresentation {

    private final String corpus;
    private final List<String> languages;
    private final double[] pages;
    private final double[] speakers;
    private final double[] webShare;
    private final double[] speakerShare;
    private final List<ShareRatio> ratios;
    private final double dissimilarity;
    private final double kl;
    private final double gini;
    private final LorenzCurve lorenz;
    private final List<String> withoutSpeakers;
    private final double speakersNotInCorpus;

    private LanguageRepresentation(String corpus, List<String> languages, double[] pages, double[] speakers,
            List<String> withoutSpeakers, double speakersNotInCorpus) {
        this.corpus = corpus;
        this.languages = languages;
        this.pages = pages;
        this.speakers = speakers;
        this.webShare = Concentration.shares(pages);
        this.speakerShare = Concentration.shares(speakers);
        String[] labels = languages.toArray(new String[0]);
        this.ratios = Representation.shareRatios(labels, pages, speakers);
        this.dissimilarity = Representation.dissimilarity(pages, speakers);
        this.kl = Representation.klDivergence(pages, speakers);
        double[] perSpeaker = new double[pages.length];
        for (int l = 0; l < pages.length; l++) {
            perSpeaker[l] = pages[l] / speakers[l];
        }
        this.gini = Inequality.gini(perSpeaker, speakers);
        this.lorenz = Inequality.lorenz(perSpeaker, speakers);
        this.withoutSpeakers = withoutSpeakers;
        this.speakersNotInCorpus = speakersNotInCorpus;
    }

    /**
     * Compares a corpus with the speakers.
     *
     * @param corpus   the corpus's name
     * @param pages    the pages by language code (the codes of {@code speakers}); not modified
     * @param speakers the speakers
     * @return the comparison
     * @throws IllegalArgumentException if a page count is negative or not finite, no language has both
     *                                  pages and speakers, or the pages of those languages sum to 0
     */
    public static LanguageRepresentation of(String corpus, Map<String, Double> pages, Speakers speakers) {
        Objects.requireNonNull(corpus, "corpus");
        List<String> common = new ArrayList<>();
        List<String> without = new ArrayList<>();
        for (Map.Entry<String, Double> e : pages.entrySet()) {
            double v = e.getValue();
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException(corpus + ": the pages of " + e.getKey()
                        + " must be finite and >= 0: " + v);
            }
            if (speakers.total(e.getKey()) > 0) {
                common.add(e.getKey());
            } else {
                without.add(e.getKey());
            }
        }
        if (common.isEmpty()) {
            throw new IllegalArgumentException(corpus + ": no language has both pages and speakers");
        }
        Collections.sort(common);
        double[] p = new double[common.size()];
        double[] s = new double[common.size()];
        CompensatedSum inCorpus = new CompensatedSum();
        for (int l = 0; l < p.length; l++) {
            p[l] = pages.get(common.get(l));
            s[l] = speakers.total(common.get(l));
            inCorpus.add(s[l]);
        }
        double all = speakers.allSpeakers();
        return new LanguageRepresentation(corpus, List.copyOf(common), p, s, List.copyOf(without),
                (all - inCorpus.value()) / all);
    }

    /** @return the corpus's name */
    public String corpus() {
        return corpus;
    }

    /** @return the languages compared, in ascending order of code */
    public List<String> languages() {
        return List.copyOf(languages);
    }

    /** @return a copy of the pages per language compared */
    public double[] pages() {
        return pages.clone();
    }

    /** @return a copy of the speakers per language compared */
    public double[] speakers() {
        return speakers.clone();
    }

    /** @return a copy of the web shares p_l, summing to 1 */
    public double[] webShares() {
        return webShare.clone();
    }

    /** @return a copy of the speaker shares q_l, summing to 1 */
    public double[] speakerShares() {
        return speakerShare.clone();
    }

    /** @return per language, p_l, q_l and r_l = p_l / q_l, in the order of {@link #languages()} */
    public List<ShareRatio> ratios() {
        return List.copyOf(ratios);
    }

    /**
     * The row of a language.
     *
     * @param language the code
     * @return its shares and ratio, or {@code null} when it is not compared
     */
    public ShareRatio ratio(String language) {
        int l = Collections.binarySearch(languages, language);
        return l < 0 ? null : ratios.get(l);
    }

    /** @return D = ½ Σ |p_l − q_l|, in [0, 1] */
    public double dissimilarity() {
        return dissimilarity;
    }

    /** @return D(p‖q) = Σ p_l ln(p_l / q_l) in nats, {@code >= 0} */
    public double klDivergence() {
        return kl;
    }

    /** @return the Gini of pages per speaker weighted by speakers: 1 − 2 × the area under the curve */
    public double gini() {
        return gini;
    }

    /** @return the language Lorenz curve: cumulative speakers (x) against cumulative pages (y) */
    public LorenzCurve lorenz() {
        return lorenz;
    }

    /** @return the corpus's languages that no territory lists, left out */
    public List<String> withoutSpeakers() {
        return List.copyOf(withoutSpeakers);
    }

    /** @return the speakers of languages the corpus does not have, as a share of all speakers */
    public double speakersNotInCorpus() {
        return speakersNotInCorpus;
    }

    /**
     * The share of speakers (of the languages compared) whose language holds less than a share of
     * the corpus: Σ q_l over the languages with p_l &lt; {@code webShare}.
     *
     * @param share the threshold, such as 0.01 for 1 % of the pages
     * @return the speaker share, in [0, 1]
     * @throws IllegalArgumentException if {@code share} is not in [0, 1]
     */
    public double speakersBelow(double share) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("share must be in [0, 1]: " + share);
        }
        CompensatedSum sum = new CompensatedSum();
        for (int l = 0; l < webShare.length; l++) {
            if (webShare[l] < share) {
                sum.add(speakerShare[l]);
            }
        }
        return sum.value();
    }

    /**
     * The web share of a language.
     *
     * @param l the index in {@link #languages()}
     * @return p_l
     */
    double webShare(int l) {
        return webShare[l];
    }

    /**
     * The speaker share of a language.
     *
     * @param l the index in {@link #languages()}
     * @return q_l
     */
    double speakerShare(int l) {
        return speakerShare[l];
    }
}
