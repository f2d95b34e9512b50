package org.divide.examples.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.divide.core.Economies;
import org.divide.core.Grouping;
import org.divide.core.Panel;
import org.divide.core.spec.ImputeMethod;
import org.divide.examples.data.DefaultData;
import org.divide.examples.index.AiFoundations;
import org.divide.metrics.composite.NormalisationScope;
import org.divide.metrics.dynamics.TierScheme;
import org.divide.metrics.uncertainty.UncertaintyAnalysis;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * The options of {@code divide index --over-time} ({@link IndexTrend}): the normalisation's scope,
 * the panel imputation, the tiers and the Monte Carlo intervals, checked into
 * {@link IndexTrend.Options}; and the embedded data over time.
 */
final class OverTimeOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--over-time",
            description = "Build the index for every year of the data in which each indicator has values for at least"
                    + " 80%% of the economies of its best-covered year (--from/--to choose the range): per year the"
                    + " score, rank and tier of every node with their changes, the changes from the first to the last"
                    + " year, and sigma- and beta-convergence of the index and its pillars on the economies scored in"
                    + " every year. Without --spec/--meta: the embedded AI foundations on its yearly indicators.")
    boolean overTime;

    @Option(names = "--normalise", paramLabel = "global|per-year", converter = ScopeConverter.class,
            description = "With --over-time: normalise each indicator over all years pooled (global, the default, as"
                    + " COINr does for a panel: scores compare over time) or each year alone (per-year: each year is"
                    + " the one-year build).")
    NormalisationScope normalise;

    @Option(names = "--impute-panel", arity = "0..1", fallbackValue = "latest", paramLabel = "latest|constant|linear",
            description = "With --over-time: before the build, fill each economy's missing values from its other"
                    + " years (COINr's impute_panel): latest (the default) carries the latest earlier value forward;"
                    + " constant also carries the first value backward; linear interpolates, ends held flat.")
    String imputePanel;

    @Option(names = "--max-time", paramLabel = "N",
            description = "With --impute-panel latest: look back at most N years (COINr's max_time; default: no"
                    + " limit).")
    Integer maxTime;

    @Option(names = "--tiers", paramLabel = "K",
            description = "With --over-time: the tiers, K quantile classes of each node's scores per year (default:"
                    + " 4, quartiles).")
    Integer tiers;

    @Option(names = "--tier-cuts", paramLabel = "C1[,C2...]", split = ",",
            description = "With --over-time, instead of --tiers: fixed cut-offs of the scores, the same every year"
                    + " (absolute tiers, meaningful with global normalisation); a score equal to a cut-off falls in"
                    + " the lower tier.")
    List<Double> tierCuts;

    @Option(names = "--runs", paramLabel = "N",
            description = "With --over-time: also the 5-95%% intervals of every economy's index rank and score per"
                    + " year, from N Monte Carlo runs over the assumptions of 'divide uncertainty' (normalisation"
                    + " min-max [1, 100] or z-score (10, 2), +/-25%% weight noise, arithmetic or geometric mean), each"
                    + " run rebuilding every year. Costly: none by default.")
    Integer runs;

    @Option(names = "--seed", paramLabel = "S",
            description = "With --runs: the seed of the Monte Carlo runs (default: " + UncertaintyAnalysis.DEFAULT_SEED
                    + ").")
    Long seed;

    /** Converts {@code global|per-year}. */
    static final class ScopeConverter implements ITypeConverter<NormalisationScope> {
        @Override
        public NormalisationScope convert(String value) {
            for (NormalisationScope s : NormalisationScope.values()) {
                if (s.label().equalsIgnoreCase(value.strip())) {
                    return s;
                }
            }
            throw new TypeConversionException("'" + value + "': use global or per-year");
        }
    }

    /**
     * Checks that no option of the build over time is given without {@code --over-time}.
     *
     * @throws ParameterException (a usage error) if one is
     */
    void requireOverTime() {
        if (normalise != null || imputePanel != null || maxTime != null || tiers != null || tierCuts != null
                || runs != null || seed != null) {
            throw new ParameterException(command.commandLine(), "--normalise, --impute-panel, --max-time, --tiers,"
                    + " --tier-cuts, --runs and --seed go with --over-time");
        }
    }

    /**
     * The options, checked.
     *
     * @return the options of the build over time
     * @throws ParameterException (a usage error) on a bad value or combination
     */
    IndexTrend.Options options() {
        if (tiers != null && tiers < 2) {
            throw new ParameterException(command.commandLine(), "--tiers must be at least 2: " + tiers);
        }
        if (runs != null && runs < 2) {
            throw new ParameterException(command.commandLine(), "--runs must be at least 2: " + runs);
        }
        if (seed != null && runs == null) {
            throw new ParameterException(command.commandLine(), "--seed goes with --runs");
        }
        return new IndexTrend.Options(normalise == null ? NormalisationScope.GLOBAL : normalise, panelMethod(),
                tiers == null ? 4 : tiers, cuts(), runs == null ? 0 : runs,
                seed == null ? UncertaintyAnalysis.DEFAULT_SEED : seed);
    }

    /** The cut-offs of {@code --tier-cuts}, checked, or none. */
    private List<Double> cuts() {
        if (tierCuts == null) {
            return List.of();
        }
        if (tiers != null) {
            throw new ParameterException(command.commandLine(), "--tiers and --tier-cuts exclude each other");
        }
        try {
            TierScheme.fixed(tierCuts.stream().mapToDouble(Double::doubleValue).toArray());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(command.commandLine(), "--tier-cuts " + tierCuts + ": " + e.getMessage());
        }
        return tierCuts;
    }

    /** The method of {@code --impute-panel} (with {@code --max-time}), or {@code null}. */
    private ImputeMethod.Panel panelMethod() {
        if (imputePanel == null) {
            if (maxTime != null) {
                throw new ParameterException(command.commandLine(), "--max-time goes with --impute-panel latest");
            }
            return null;
        }
        String m = imputePanel.strip().toLowerCase(java.util.Locale.ROOT);
        if (maxTime != null && (!m.equals("latest") || maxTime < 1)) {
            throw new ParameterException(command.commandLine(), m.equals("latest") ? "--max-time must be at least 1: "
                    + maxTime : "--max-time goes with --impute-panel latest, not " + m);
        }
        switch (m) {
            case "latest":
                return new ImputeMethod.LastObservation(maxTime == null ? 0 : maxTime);
            case "constant":
                return new ImputeMethod.Constant();
            case "linear":
                return new ImputeMethod.Linear();
            default:
                throw new ParameterException(command.commandLine(), "--impute-panel " + imputePanel + ": use latest,"
                        + " constant or linear");
        }
    }

    /**
     * The embedded AI foundations on its yearly indicators, the years of {@code --from}/{@code --to}.
     *
     * @param data the data options (their years)
     * @return the inputs
     * @throws IOException if the embedded data cannot be read
     */
    IndexTrend.Inputs embedded(DataOptions data) throws IOException {
        Panel panel = AiFoundations.yearlyPanel(DefaultData.load().economies());
        Integer from = data.fromYear();
        Integer to = data.toYear;
        List<Integer> years = new ArrayList<>();
        for (int y : panel.years()) {
            if ((from == null || y >= from) && (to == null || y <= to)) {
                years.add(y);
            }
        }
        if (years.size() < 2) {
            throw new ParameterException(command.commandLine(), "the embedded data have " + years.size() + " year"
                    + (years.size() == 1 ? "" : "s") + " from --from to --to; the index over time needs two or more"
                    + " (the data run from " + panel.years()[0] + " to " + panel.years()[panel.yearCount() - 1] + ")");
        }
        Grouping income = Economies.worldBank().incomeGroups();
        Map<String, Grouping> groupings = new LinkedHashMap<>();
        groupings.put(income.name(), income);
        groupings.putIfAbsent(Groups.WB_INCOME, income);
        return new IndexTrend.Inputs(AiFoundations.yearlySpec(income.name()), panel.selectYears(years), groupings,
                null, "the embedded default data (" + DefaultData.ATTRIBUTION + ")", List.of());
    }
}
