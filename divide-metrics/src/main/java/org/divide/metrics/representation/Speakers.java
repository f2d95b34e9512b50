package org.divide.metrics.representation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.divide.metrics.numeric.CompensatedSum;

/**
 * The speakers of each language in each territory: speakers_{t,l} = population_t × percent_{t,l} /
 * 100 (as CLDR's {@code territoryInfo} gives the percentages), counted by a {@link SpeakerCounting};
 * the speakers of a language are S_l = Σ_t speakers_{t,l}. Immutable.
 *
 * <pre>{@code
 * Speakers s = Speakers.builder(SpeakerCounting.ALL_SPEAKERS)
 *         .territory("KE", 55_000_000, Map.of("sw", 90.0, "en", 20.0))
 *         .build();
 * }</pre>
 */
public final class Speakers {

    private final SpeakerCounting counting;
    private final List<String> territories;
    private final double[] population;
    private final List<String> languages;
    private final Map<String, Integer> languageIndex;
    private final double[][] speakers;
    private final double[] totals;

    private Speakers(SpeakerCounting counting, List<String> territories, double[] population,
            List<String> languages, double[][] speakers) {
        this.counting = counting;
        this.territories = territories;
        this.population = population;
        this.languages = languages;
        this.speakers = speakers;
        Map<String, Integer> index = new HashMap<>();
        for (int l = 0; l < languages.size(); l++) {
            index.put(languages.get(l), l);
        }
        this.languageIndex = index;
        this.totals = new double[languages.size()];
        for (int l = 0; l < totals.length; l++) {
            CompensatedSum sum = new CompensatedSum();
            for (double[] row : speakers) {
                sum.add(row[l]);
            }
            totals[l] = sum.value();
        }
    }

    /**
     * A builder.
     *
     * @param counting how speakers are counted
     * @return an empty builder
     * @throws NullPointerException if {@code counting} is null
     */
    public static Builder builder(SpeakerCounting counting) {
        return new Builder(Objects.requireNonNull(counting, "counting"));
    }

    /** @return how speakers are counted */
    public SpeakerCounting counting() {
        return counting;
    }

    /** @return the territory codes, in the order added */
    public List<String> territories() {
        return List.copyOf(territories);
    }

    /** @return the language codes, in ascending order */
    public List<String> languages() {
        return List.copyOf(languages);
    }

    /**
     * The population of a territory.
     *
     * @param t the territory's index in {@link #territories()}
     * @return the population
     */
    public double population(int t) {
        return population[t];
    }

    /**
     * The index of a language.
     *
     * @param language the code
     * @return the index in {@link #languages()}, or -1
     */
    public int indexOf(String language) {
        Integer l = languageIndex.get(language);
        return l == null ? -1 : l;
    }

    /**
     * The speakers of a language in a territory.
     *
     * @param t the territory's index
     * @param l the language's index
     * @return speakers_{t,l}
     */
    public double speakers(int t, int l) {
        return speakers[t][l];
    }

    /**
     * The speakers of a language, S_l = Σ_t speakers_{t,l}.
     *
     * @param language the code
     * @return the speakers, 0 for a language not listed
     */
    public double total(String language) {
        int l = indexOf(language);
        return l < 0 ? 0 : totals[l];
    }

    /**
     * The speakers of all languages, Σ_l S_l (more than the population under
     * {@link SpeakerCounting#ALL_SPEAKERS}).
     *
     * @return the sum
     */
    public double allSpeakers() {
        CompensatedSum sum = new CompensatedSum();
        for (double v : totals) {
            sum.add(v);
        }
        return sum.value();
    }

    /** Collects territories. */
    public static final class Builder {
        private final SpeakerCounting counting;
        private final Map<String, Double> population = new LinkedHashMap<>();
        private final Map<String, Map<String, Double>> percents = new LinkedHashMap<>();

        private Builder(SpeakerCounting counting) {
            this.counting = counting;
        }

        /**
         * Adds a territory.
         *
         * @param code       the territory code, not yet added
         * @param people     the population, finite and {@code >= 0}
         * @param percentage the percentage of the population speaking each language, each in [0, 100]
         *                   (copied)
         * @return this builder
         * @throws IllegalArgumentException naming the territory and value, if a value is out of range or
         *                                  the territory is repeated
         */
        public Builder territory(String code, double people, Map<String, Double> percentage) {
            Objects.requireNonNull(code, "code");
            if (!(people >= 0) || Double.isInfinite(people)) {
                throw new IllegalArgumentException("population of " + code + " must be finite and >= 0: " + people);
            }
            for (Map.Entry<String, Double> e : percentage.entrySet()) {
                double p = e.getValue();
                if (!(p >= 0 && p <= 100)) {
                    throw new IllegalArgumentException(code + ": the percentage speaking " + e.getKey()
                            + " must be in [0, 100]: " + p);
                }
            }
            if (population.putIfAbsent(code, people) != null) {
                throw new IllegalArgumentException("territory " + code + " is added twice");
            }
            percents.put(code, new LinkedHashMap<>(percentage));
            return this;
        }

        /**
         * Builds the table.
         *
         * @return the speakers
         */
        public Speakers build() {
            TreeSet<String> all = new TreeSet<>();
            percents.values().forEach(m -> all.addAll(m.keySet()));
            List<String> languages = List.copyOf(all);
            Map<String, Integer> index = new HashMap<>();
            for (int l = 0; l < languages.size(); l++) {
                index.put(languages.get(l), l);
            }
            List<String> territories = new ArrayList<>(population.keySet());
            double[] people = new double[territories.size()];
            double[][] count = new double[territories.size()][languages.size()];
            for (int t = 0; t < people.length; t++) {
                people[t] = population.get(territories.get(t));
                Map<String, Double> m = percents.get(territories.get(t));
                double total = 0;
                for (double p : m.values()) {
                    total += p;
                }
                double scale = counting == SpeakerCounting.ONCE_PER_PERSON && total > 100 ? 100 / total : 1;
                for (Map.Entry<String, Double> e : m.entrySet()) {
                    count[t][index.get(e.getKey())] = people[t] * e.getValue() * scale / 100;
                }
            }
            return new Speakers(counting, List.copyOf(territories), people, languages, count);
        }
    }
}
