package org.divide.metrics.overtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.divide.core.Grouping;
import org.divide.core.Panel;
import org.divide.core.spec.ImputeMethod;
import org.divide.core.spec.IndexSpec;
import org.divide.metrics.composite.CompositeIndex;
import org.divide.metrics.composite.IndexData;
import org.divide.metrics.composite.IndexResult;
import org.divide.metrics.composite.NormalisationScope;
import org.divide.metrics.dynamics.TierScheme;

/**
 * One index spec built for every year of a panel in one call, as COINr builds a purse (one coin
 * per year):
 *
 * <pre>{@code
 * IndexSeries s = IndexOverTime.of(spec)
 *         .withScope(NormalisationScope.GLOBAL)                    // COINr's default for a purse
 *         .withPanelImputation(ImputeMethod.lastObservation())     // impute_panel, "latest"
 *         .run(panel, List.of(incomeGroups));
 * double[] ranks2020 = s.result(2020).ranks("Index");
 * }</pre>
 *
 * <ol>
 * <li><b>Panel imputation</b> (optional, {@link #withPanelImputation}): the framework's indicators
 *     filled along each economy's series over every year of the panel ({@link PanelFill}), before
 *     any year is built — COINr's {@code Impute(purse, f_i = "impute_panel")}.</li>
 * <li><b>Years.</b> {@link #run(Panel, int[], Collection)} builds the years given;
 *     {@link #run(Panel, Collection)} every year of the panel in which each indicator of the
 *     framework has at least one value (after the panel imputation), the others listed in
 *     {@link IndexSeries#skipped()} with the indicators they lack.</li>
 * <li><b>Build</b> ({@link CompositeIndex#runYears}): the spec's steps per year, the normalisation
 *     over all years pooled ({@link NormalisationScope#GLOBAL}, the default) or per year
 *     ({@link NormalisationScope#PER_YEAR}: each year equals {@link CompositeIndex#run} on it, bit
 *     for bit). The choice is kept in the result.</li>
 * <li><b>Tiers</b> per year and node by a {@link TierScheme} (default: quartiles of each year's
 *     scores), feeding the changes of tier.</li>
 * </ol>
 *
 * <p>Immutable and thread-safe.
 */
public final class IndexOverTime {

    /** The default tiers: quartiles of each year's scores. */
    public static final int DEFAULT_TIERS = 4;

    private final CompositeIndex index;
    private final NormalisationScope scope;
    private final ImputeMethod.Panel panelImputation;
    private final TierScheme tiers;
    private final double coverage;

    private IndexOverTime(CompositeIndex index, NormalisationScope scope, ImputeMethod.Panel panelImputation,
            TierScheme tiers, double coverage) {
        this.index = index;
        this.scope = scope;
        this.panelImputation = panelImputation;
        this.tiers = tiers;
        this.coverage = coverage;
    }

    /**
     * The builder of a spec: global normalisation, no panel imputation, quartile tiers.
     *
     * @param spec the spec
     * @return the builder
     * @throws IllegalArgumentException if the spec cannot be compiled
     */
    public static IndexOverTime of(IndexSpec spec) {
        return of(CompositeIndex.of(Objects.requireNonNull(spec, "spec")));
    }

    /**
     * The builder of a compiled index (with its user imputers).
     *
     * @param index the compiled index
     * @return the builder
     */
    public static IndexOverTime of(CompositeIndex index) {
        return new IndexOverTime(Objects.requireNonNull(index, "index"), NormalisationScope.GLOBAL, null,
                TierScheme.quantiles(DEFAULT_TIERS), 0);
    }

    /**
     * Sets the normalisation's scope.
     *
     * @param value global (pooled years) or per year
     * @return the new builder
     */
    public IndexOverTime withScope(NormalisationScope value) {
        return new IndexOverTime(index, Objects.requireNonNull(value, "scope"), panelImputation, tiers, coverage);
    }

    /**
     * Imputes the framework's indicators across years first.
     *
     * @param value the panel method, or {@code null} for none
     * @return the new builder
     */
    public IndexOverTime withPanelImputation(ImputeMethod.Panel value) {
        return new IndexOverTime(index, scope, value, tiers, coverage);
    }

    /**
     * Sets the tiers.
     *
     * @param value the scheme applied to each node's scores in each year (quantiles: relative tiers;
     *              fixed cut-offs: absolute tiers, meaningful with global normalisation)
     * @return the new builder
     */
    public IndexOverTime withTiers(TierScheme value) {
        return new IndexOverTime(index, scope, panelImputation, Objects.requireNonNull(value, "tiers"), coverage);
    }

    /**
     * Sets which years {@link #run(Panel, Collection)} builds: those in which every indicator of the
     * framework has values for at least this share of the economies of its best-covered year of
     * the panel (after the panel imputation), so that a year with few values is not read as a
     * change over time. 0 (the default) builds every year in which each indicator has a value.
     *
     * @param share the share, in [0, 1]
     * @return the new builder
     * @throws IllegalArgumentException if the share is outside [0, 1]
     */
    public IndexOverTime withMinimumCoverage(double share) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("minimum coverage must be in [0, 1]: " + share);
        }
        return new IndexOverTime(index, scope, panelImputation, tiers, share);
    }

    /** {@return the spec} */
    public IndexSpec spec() {
        return index.spec();
    }

    /** {@return the normalisation's scope} */
    public NormalisationScope scope() {
        return scope;
    }

    /**
     * Builds every year of the panel in which each indicator of the framework has a value.
     *
     * @param panel     the panel (every year, for the panel imputation; not modified)
     * @param groupings the groupings the spec's steps use (group imputation), by their names
     * @return the series
     * @throws IllegalArgumentException if no year can be built, or as {@link CompositeIndex#runYears}
     */
    public IndexSeries run(Panel panel, Collection<Grouping> groupings) {
        return run(panel, null, groupings);
    }

    /**
     * Builds the given years.
     *
     * @param panel     the panel (every year, for the panel imputation; not modified)
     * @param years     the years to build, or {@code null} for every year that can be built
     * @param groupings the groupings the spec's steps use (group imputation), by their names
     * @return the series
     * @throws IllegalArgumentException if a year is not in the panel or an indicator has no value in
     *     it, or as {@link CompositeIndex#runYears}
     */
    public IndexSeries run(Panel panel, int[] years, Collection<Grouping> groupings) {
        Objects.requireNonNull(panel, "panel");
        Objects.requireNonNull(groupings, "groupings");
        List<String> indicators = index.spec().framework().indicatorCodes();
        PanelFill fill = null;
        Panel data = panel;
        if (panelImputation != null) {
            index.spec().framework().validateAgainst(panel);
            fill = PanelFill.of(panel, indicators, panelImputation);
            data = fill.panel();
        }
        Map<Integer, List<String>> skipped = new LinkedHashMap<>();
        int[] built;
        if (years == null) {
            List<Integer> ok = new ArrayList<>();
            for (int y : data.years()) {
                List<String> lacking = thin(data, indicators, y, coverage);
                if (lacking.isEmpty()) {
                    ok.add(y);
                } else {
                    skipped.put(y, lacking);
                }
            }
            if (ok.isEmpty()) {
                throw new IllegalArgumentException("no year of the panel has a value for every indicator of the"
                        + " framework (" + indicators + ")" + (panelImputation == null ? "; a panel imputation may"
                                + " fill the gaps" : ""));
            }
            built = ok.stream().mapToInt(Integer::intValue).toArray();
        } else {
            built = years.clone();
            java.util.Arrays.sort(built);
            for (int y : built) {
                if (data.yearIndex(y) < 0) {
                    throw new IllegalArgumentException("the panel has no year " + y);
                }
                List<String> lacking = lacking(data, indicators, y);
                if (!lacking.isEmpty()) {
                    throw new IllegalArgumentException(y + ": no value of " + String.join(", ", lacking));
                }
            }
        }
        List<IndexData> perYear = new ArrayList<>(built.length);
        for (int y : built) {
            IndexData d = IndexData.of(data, y);
            for (Grouping g : groupings) {
                d = d.withGrouping(g);
            }
            perYear.add(d);
        }
        List<IndexResult> results = index.runYears(perYear, scope);
        return new IndexSeries(index.spec(), scope, built, results, fill, skipped, tiers);
    }

    /** The indicators without a value in the year, or with fewer than {@code share} of their best year's. */
    private static List<String> thin(Panel panel, List<String> indicators, int year, double share) {
        List<String> thin = new ArrayList<>();
        for (String code : indicators) {
            int count = panel.indicatorIndex(code) < 0 ? 0 : panel.countPresent(code, year);
            int best = 0;
            for (int y : panel.years()) {
                best = Math.max(best, count == 0 ? 0 : panel.countPresent(code, y));
            }
            if (count == 0 || count < share * best) {
                thin.add(code);
            }
        }
        return thin;
    }

    private static List<String> lacking(Panel panel, List<String> indicators, int year) {
        List<String> lacking = new ArrayList<>();
        for (String code : indicators) {
            if (panel.indicatorIndex(code) < 0 || panel.countPresent(code, year) == 0) {
                lacking.add(code);
            }
        }
        return lacking;
    }

    @Override
    public String toString() {
        return "IndexOverTime[" + index + ", " + scope.label() + ", coverage " + coverage
                + (panelImputation == null ? ""
                : ", panel imputation " + PanelFill.name(panelImputation)) + ", " + tiers + "]";
    }
}
