package org.divide.metrics.representation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.divide.core.Economy;
import org.divide.metrics.inequality.Decomposition;
import org.divide.metrics.inequality.GeneralizedEntropy;
import org.divide.metrics.inequality.Gini;
import org.divide.metrics.inequality.Inequality;
import org.divide.metrics.inequality.InequalityOptions;
import org.divide.metrics.numeric.CompensatedSum;

/**
 * From languages to economies: the pages of each language are split across the territories where it
 * is spoken in proportion to its speakers there, pages_t = Σ_l pages_l × speakers_{t,l} / S_l;
 * territories join economies (the caller's lookup, such as {@code Economies::byIso2}); the measure is
 * pages in the languages people speak per person, pages_t / population_t. Across economies, weighted
 * by population: Gini and Theil T ({@link Inequality}), and their between/within decompositions by
 * income group and by region ({@link Gini#decompose(double[], double[], String[])},
 * {@link GeneralizedEntropy#theilT()}); a group's mean is its pages per person, Σ pages / Σ population.
 *
 * <p>Only classified economies ({@link Economy.Kind#CLASSIFIED}) with a population &gt; 0 are kept;
 * the territories that are not such economies are listed in {@link #notEconomies()} with the pages
 * they were attributed ({@link #pagesNotInEconomies()}, a share of the pages compared).
 */
public final class EconomyRepresentation {

    private final List<EconomyPages> economies;
    private final Map<String, Double> notEconomies;
    private final double pagesNotInEconomies;
    private final double gini;
    private final double theil;
    private final Decomposition giniByIncome;
    private final Decomposition theilByIncome;
    private final Decomposition giniByRegion;
    private final Decomposition theilByRegion;

    private EconomyRepresentation(List<EconomyPages> economies, Map<String, Double> notEconomies,
            double pagesNotInEconomies) {
        this.economies = List.copyOf(economies);
        this.notEconomies = java.util.Collections.unmodifiableMap(notEconomies);
        this.pagesNotInEconomies = pagesNotInEconomies;
        double[] x = new double[economies.size()];
        double[] w = new double[x.length];
        String[] income = new String[x.length];
        String[] region = new String[x.length];
        for (int e = 0; e < x.length; e++) {
            EconomyPages p = economies.get(e);
            x[e] = p.perPerson();
            w[e] = p.population();
            income[e] = label(p.economy().incomeGroup());
            region[e] = label(p.economy().region());
        }
        Gini g = new Gini(InequalityOptions.withDefaults());
        GeneralizedEntropy t = GeneralizedEntropy.theilT();
        this.gini = Inequality.gini(x, w);
        this.theil = Inequality.theilT(x, w);
        this.giniByIncome = g.decompose(x, w, income);
        this.theilByIncome = t.decompose(x, w, income);
        this.giniByRegion = g.decompose(x, w, region);
        this.theilByRegion = t.decompose(x, w, region);
    }

    private static String label(String group) {
        return group == null || group.isBlank() ? "Not classified" : group;
    }

    /**
     * Attributes a corpus's pages to economies.
     *
     * @param corpus   the corpus compared with the speakers
     * @param speakers the speakers it was compared with
     * @param economy  the economy of a territory code, or empty
     * @return the pages by economy and their inequality
     * @throws IllegalArgumentException if fewer than two economies receive a population
     */
    public static EconomyRepresentation of(LanguageRepresentation corpus, Speakers speakers,
            Function<String, Optional<Economy>> economy) {
        double[] pages = corpus.pages();
        double[] totals = corpus.speakers();
        int[] index = new int[pages.length];
        for (int i = 0; i < index.length; i++) {
            index[i] = speakers.indexOf(corpus.languages().get(i));
        }
        List<EconomyPages> rows = new ArrayList<>();
        Map<String, Double> other = new LinkedHashMap<>();
        CompensatedSum outside = new CompensatedSum();
        CompensatedSum all = new CompensatedSum();
        for (int t = 0; t < speakers.territories().size(); t++) {
            CompensatedSum sum = new CompensatedSum();
            for (int i = 0; i < index.length; i++) {
                sum.add(pages[i] * speakers.speakers(t, index[i]) / totals[i]);
            }
            double p = sum.value();
            all.add(p);
            String code = speakers.territories().get(t);
            Optional<Economy> e = economy.apply(code);
            if (e.isPresent() && e.get().kind() == Economy.Kind.CLASSIFIED && speakers.population(t) > 0) {
                rows.add(new EconomyPages(e.get(), code, speakers.population(t), p));
            } else {
                other.put(code, p);
                outside.add(p);
            }
        }
        if (rows.size() < 2) {
            throw new IllegalArgumentException(corpus.corpus() + ": " + rows.size() + " territory joins an economy;"
                    + " inequality across economies needs two or more");
        }
        return new EconomyRepresentation(rows, other, outside.value() / all.value());
    }

    /** @return the economies, in the order of the territories */
    public List<EconomyPages> economies() {
        return List.copyOf(economies);
    }

    /** @return the territories that are not classified economies, with the pages attributed to them */
    public Map<String, Double> notEconomies() {
        return java.util.Collections.unmodifiableMap(notEconomies);
    }

    /** @return the share of the pages compared that went to territories that are not economies */
    public double pagesNotInEconomies() {
        return pagesNotInEconomies;
    }

    /** @return the population-weighted Gini of pages per person across economies */
    public double gini() {
        return gini;
    }

    /** @return the population-weighted Theil T of pages per person across economies */
    public double theil() {
        return theil;
    }

    /** @return the Gini split by World Bank income group (within + between + overlap) */
    public Decomposition giniByIncome() {
        return giniByIncome;
    }

    /** @return the Theil T split by income group (within + between, exact) */
    public Decomposition theilByIncome() {
        return theilByIncome;
    }

    /** @return the Gini split by World Bank region */
    public Decomposition giniByRegion() {
        return giniByRegion;
    }

    /** @return the Theil T split by region */
    public Decomposition theilByRegion() {
        return theilByRegion;
    }
}
