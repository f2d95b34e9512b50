package org.divide.examples.report;

import java.util.List;
import java.util.Objects;

import org.divide.core.Grouping;
import org.divide.core.Panel;
import org.divide.core.spec.IndexSpec;
import org.divide.metrics.composite.IndexData;
import org.divide.metrics.uncertainty.Assumption;

/**
 * The one input of the report: an index (spec and the data of the year built), the panel over
 * years that the inequality and trend sections read, an optional grouping and weight indicator,
 * the assumptions of the Monte Carlo uncertainty, and the page's title and source line. The
 * embedded report ({@code ReportData.of(DefaultData, long)}) and the report on a user's own spec
 * ({@code divide report --spec ... --data ...}) are two values of this record.
 *
 * @param title           the page's heading
 * @param spec            the index spec
 * @param data            the index data of the year built (its groupings are those the spec may name)
 * @param panel           the panel over years: weights, key indicators and trends are read from it
 *                        (often {@code data.panel()})
 * @param grouping        the grouping of the decomposition and of the group charts, or {@code null}
 * @param weight          the code of the weight indicator in {@code panel} (population), or
 *                        {@code null} for unweighted measures
 * @param assumptions     the assumptions the Monte Carlo runs vary (at least one)
 * @param runs            the Monte Carlo runs, at least 2
 * @param seed            the seed of every random draw
 * @param keyIndicators   indicators of {@code panel} whose Lorenz curve and inequality are shown beside
 *                        the index's (each at its latest year with enough coverage); may be empty
 * @param trendIndicators the indicators of {@code panel} followed over time (σ- and β-convergence)
 * @param trendYears      the candidate years of the trends, ascending, each in {@code panel}
 * @param source          the source line of the charts
 * @param dataSources     the responses fetched from providers for the data, one line each (URL, time
 *                        fetched, SHA-256), listed in the section "Data and method"; may be empty
 */
public record ReportInput(String title, IndexSpec spec, IndexData data, Panel panel, Grouping grouping, String weight,
        List<Assumption> assumptions, int runs, long seed, List<String> keyIndicators, List<String> trendIndicators,
        int[] trendYears, String source, List<String> dataSources) {

    /**
     * Checks and copies.
     *
     * @throws NullPointerException     if a required argument is {@code null}
     * @throws IllegalArgumentException if there is no assumption, fewer than 2 runs, or the weight,
     *                                  a key or trend indicator or a trend year is not in the panel
     */
    public ReportInput {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(panel, "panel");
        Objects.requireNonNull(source, "source");
        assumptions = List.copyOf(assumptions);
        keyIndicators = List.copyOf(keyIndicators);
        trendIndicators = List.copyOf(trendIndicators);
        trendYears = trendYears.clone();
        dataSources = List.copyOf(dataSources);
        if (assumptions.isEmpty()) {
            throw new IllegalArgumentException("the uncertainty analysis needs at least one assumption");
        }
        if (runs < 2) {
            throw new IllegalArgumentException("runs must be at least 2: " + runs);
        }
        if (weight != null && panel.indicatorIndex(weight) < 0) {
            throw new IllegalArgumentException("no weight indicator " + weight + " in the data");
        }
        for (String code : keyIndicators) {
            requireIndicator(panel, code);
        }
        for (String code : trendIndicators) {
            requireIndicator(panel, code);
        }
        for (int y : trendYears) {
            if (panel.yearIndex(y) < 0) {
                throw new IllegalArgumentException("no year " + y + " in the data");
            }
        }
    }

    private static void requireIndicator(Panel panel, String code) {
        if (panel.indicatorIndex(code) < 0) {
            throw new IllegalArgumentException("no indicator " + code + " in the data");
        }
    }

    /**
     * The input of a user's index with the defaults: the data's own panel, the framework's
     * indicators followed over every year of the panel, no key indicator.
     *
     * @param spec        the spec
     * @param data        the index data
     * @param grouping    the grouping, or {@code null}
     * @param weight      the weight indicator, or {@code null}
     * @param assumptions the uncertainty assumptions
     * @param runs        the Monte Carlo runs
     * @param seed        the seed
     * @return the input
     */
    public static ReportInput of(IndexSpec spec, IndexData data, Grouping grouping, String weight,
            List<Assumption> assumptions, int runs, long seed) {
        Panel panel = data.panel();
        List<String> trends = spec.framework().indicatorCodes().stream().filter(c -> panel.indicatorIndex(c) >= 0)
                .toList();
        return new ReportInput(spec.framework().root().name(), spec, data, panel, grouping, weight, assumptions, runs,
                seed, List.of(), trends, panel.years(), "divide, from the user's data", List.of());
    }

    /**
     * This input with the responses fetched from providers for its data.
     *
     * @param sources one line per response: URL, time fetched, SHA-256
     * @return the new input
     */
    public ReportInput withDataSources(List<String> sources) {
        return new ReportInput(title, spec, data, panel, grouping, weight, assumptions, runs, seed, keyIndicators,
                trendIndicators, trendYears, source, sources);
    }

    /** {@return a copy of the candidate years of the trends} */
    @Override
    public int[] trendYears() {
        return trendYears.clone();
    }
}
