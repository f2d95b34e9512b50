package org.divide.examples.summary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

import org.divide.core.Economies;
import org.divide.core.Economy;
import org.divide.core.Indicator;
import org.divide.core.Panel;
import org.divide.metrics.inequality.Inequality;

/**
 * The short summary of the divide that {@code divide} prints: per indicator, the latest year with
 * enough coverage, how many economies report it, the population-weighted mean in each World Bank
 * income group and the ratio of the high-income mean to the low-income mean.
 *
 * <p>Only classified economies ({@link Economy.Kind#CLASSIFIED}) with an income group enter the
 * means; aggregates and territories are left out. A group mean weights each economy by its
 * population in the same year: {@code Σ p_i x_i / Σ p_i} over the economies of the group that report
 * both the indicator and the population. The Gini coefficient measures the divide across all those
 * economies at once, each weighted by its population (0: every person lives in an economy with the
 * same value; 1: one economy holds everything).
 *
 * @param economies   the number of classified economies in the panel
 * @param firstYear   the first year of the panel
 * @param lastYear    the last year of the panel
 * @param minCoverage the share of classified economies an indicator-year needs to be chosen
 * @param rows        one row per indicator, in panel order
 */
public record DivideSummary(int economies, int firstYear, int lastYear, double minCoverage, List<Row> rows) {

    /** The income groups, poorest first, by their World Bank codes. */
    public static final List<String> INCOME_CODES = List.of("L", "LM", "UM", "H");

    /**
     * Copies the rows.
     *
     * @throws NullPointerException if {@code rows} is null
     */
    public DivideSummary {
        rows = List.copyOf(rows);
    }

    /**
     * One indicator in its latest year with enough coverage.
     *
     * @param indicator     the indicator
     * @param year          the year chosen, or {@code 0} when no year has enough coverage
     * @param reporting     classified economies reporting a value that year
     * @param meanByIncome  population-weighted means in the order of {@link #INCOME_CODES};
     *                      {@code NaN} where no economy of a group reports
     * @param worldMean     the population-weighted mean over all reporting classified economies
     * @param highToLow     high-income mean divided by low-income mean ({@code NaN} if either is
     *                      missing or the low-income mean is 0)
     * @param gini          the population-weighted Gini coefficient across the reporting economies
     *                      ({@link Inequality#gini(double[], double[])}; {@code NaN} if fewer than two
     *                      report or a value is negative)
     */
    public record Row(Indicator indicator, int year, int reporting, double[] meanByIncome, double worldMean,
            double highToLow, double gini) {

        /** Copies the means. */
        public Row {
            Objects.requireNonNull(indicator, "indicator");
            meanByIncome = meanByIncome.clone();
        }

        @Override
        public double[] meanByIncome() {
            return meanByIncome.clone();
        }
    }

    /**
     * Summarises every indicator of a panel except the population itself.
     *
     * @param panel       the panel; economies are looked up in the registry by code
     * @param registry    the registry that supplies income groups
     * @param population  the code of the population indicator used as weights
     * @param minCoverage the share of classified economies with a value that makes a year eligible,
     *                    in [0, 1]
     * @return the summary
     * @throws IllegalArgumentException if the population indicator is not in the panel or
     *                                  {@code minCoverage} is outside [0, 1]
     */
    public static DivideSummary of(Panel panel, Economies registry, String population, double minCoverage) {
        if (!(minCoverage >= 0 && minCoverage <= 1)) {
            throw new IllegalArgumentException("minCoverage must be in [0, 1]: " + minCoverage);
        }
        panel.indicator(population);
        List<String> classified = new ArrayList<>();
        for (Economy e : panel.economies()) {
            Economy known = registry.byCode(e.code()).orElse(e);
            if (known.kind() == Economy.Kind.CLASSIFIED && known.incomeCode() != null) {
                classified.add(e.code());
            }
        }
        Panel economies = panel.selectEconomies(classified);
        int[] incomeOfEconomy = incomeIndex(economies, registry);
        int[] years = panel.years();
        List<Row> rows = new ArrayList<>();
        for (Indicator indicator : economies.indicators()) {
            if (!indicator.code().equals(population)) {
                rows.add(row(economies, indicator, population, incomeOfEconomy, minCoverage));
            }
        }
        return new DivideSummary(classified.size(), years.length == 0 ? 0 : years[0],
                years.length == 0 ? 0 : years[years.length - 1], minCoverage, rows);
    }

    private static int[] incomeIndex(Panel economies, Economies registry) {
        int[] income = new int[economies.economyCount()];
        for (int e = 0; e < income.length; e++) {
            String code = registry.byCode(economies.economies().get(e).code()).orElseThrow().incomeCode();
            income[e] = INCOME_CODES.indexOf(code);
        }
        return income;
    }

    private static Row row(Panel economies, Indicator indicator, String population, int[] incomeOfEconomy,
            double minCoverage) {
        OptionalInt latest = economies.latestYear(indicator.code(), minCoverage);
        if (latest.isEmpty()) {
            double[] none = new double[INCOME_CODES.size()];
            Arrays.fill(none, Double.NaN);
            return new Row(indicator, 0, 0, none, Double.NaN, Double.NaN, Double.NaN);
        }
        int year = latest.getAsInt();
        double[] x = economies.column(indicator.code(), year);
        double[] p = economies.column(population, year);
        int groups = INCOME_CODES.size();
        WeightedMean[] byIncome = new WeightedMean[groups];
        for (int g = 0; g < groups; g++) {
            byIncome[g] = new WeightedMean();
        }
        WeightedMean world = new WeightedMean();
        int reporting = 0;
        double[] values = new double[x.length];
        double[] weights = new double[x.length];
        int weighted = 0;
        boolean negative = false;
        for (int e = 0; e < x.length; e++) {
            if (!Double.isNaN(x[e])) {
                reporting++;
                if (!Double.isNaN(p[e])) {
                    byIncome[incomeOfEconomy[e]].add(x[e], p[e]);
                    world.add(x[e], p[e]);
                    values[weighted] = x[e];
                    weights[weighted++] = p[e];
                    negative |= x[e] < 0;
                }
            }
        }
        double gini = weighted < 2 || negative ? Double.NaN
                : Inequality.gini(Arrays.copyOf(values, weighted), Arrays.copyOf(weights, weighted));
        double[] means = new double[groups];
        for (int g = 0; g < groups; g++) {
            means[g] = byIncome[g].mean();
        }
        double low = means[0];
        double high = means[groups - 1];
        double ratio = low > 0 ? high / low : Double.NaN;
        return new Row(indicator, year, reporting, means, world.mean(), ratio, gini);
    }

    /** A running weighted mean; NaN when nothing was added. */
    private static final class WeightedMean {
        private double weightedSum;
        private double weights;

        void add(double value, double weight) {
            weightedSum += value * weight;
            weights += weight;
        }

        double mean() {
            return weights > 0 ? weightedSum / weights : Double.NaN;
        }
    }
}
