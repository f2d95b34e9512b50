package org.divide.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.divide.core.Economies;
import org.divide.core.Framework;
import org.divide.core.Grouping;
import org.divide.core.Panel;
import org.divide.core.spec.ImputeMethod;
import org.divide.examples.data.DefaultData;
import org.divide.examples.index.AiFoundations;
import org.divide.io.spec.IndexSpecJson;
import org.divide.metrics.composite.CompositeIndex;
import org.divide.metrics.composite.IndexData;
import org.divide.metrics.composite.IndexResult;
import org.divide.metrics.composite.NormalisationScope;
import org.divide.metrics.composite.ScreeningReport;
import org.divide.metrics.dynamics.TierScheme;
import org.divide.metrics.uncertainty.UncertaintyAnalysis;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code divide index}: builds a composite index from a spec (or a COINr iMeta table, with or
 * without a steps document) and data in any detected format (COINr's iData included), writes one
 * row per economy with the year built and every node's score and rank, and says on standard error
 * which year it built. The table format shows the top levels that fit the terminal
 * ({@link TableFit}); JSON adds the facts of the build; an xlsx file is the workbook of
 * {@link IndexWorkbook}.
 */
@Command(name = "index", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Build a composite index: one row per economy with the year built and the score and rank of"
                + " every node of the framework (the index first, then its aggregates, then the indicators as"
                + " normalised), best first. The table shows the top levels that fit the terminal (--levels).",
            "The spec is divide's index-spec JSON: a framework of nodes {code, name, parent, level, weight,"
                    + " direction} and the steps (denominate, impute, screen, treat, normalise, weights, aggregate);"
                    + " see docs/index-spec.md.",
            "Or --meta: the framework from a COINr iMeta table (CSV: Level, iCode, iName, Parent, Direction,"
                    + " Weight, Type), built the plain COINr way: min-max onto [0, 100], then the weighted"
                    + " arithmetic mean; or with --steps, built by the steps of a spec document without"
                    + " framework, where {\"step\": \"denominate\"} takes iMeta's Denominator column."},
        footer = {"", "Examples:", "  divide index --spec spec.json --data data.csv --year 2022 --out scores.xlsx",
            "  divide index --meta iMeta.csv --data data.csv --levels all",
            "  divide index --meta ASEM_iMeta.csv --data ASEM_iData.csv --steps steps.json",
            "  divide index --over-time --from 2012 --to 2021",
            "  divide index --over-time --spec spec.json --data panel.csv --normalise per-year --impute-panel latest"})
final class IndexCommand implements Callable<Integer> {

    /** How the year is chosen without --year, as said on standard error. */
    static final String LATEST = "the latest year in which every indicator has values for at least 80% of the economies of"
            + " its best-covered year";

    @Spec
    CommandSpec spec;

    @Mixin
    IndexSource source;

    @Mixin
    IndexInputs inputs;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write to a .csv (the scores), .json (the build and the scores) or .xlsx file (a workbook"
                    + " like COINr's export: every data set, the framework, the weights, the analysis tables and the"
                    + " build) instead of printing.")
    Path out;

    @Mixin
    FormatOption format;

    @Option(names = "--levels", paramLabel = "N|all", converter = LevelsConverter.class,
            description = "With the table format: the top N levels of the framework to show (1: the index; 2: the"
                    + " index and the level below; all: every node). Default: as many as fit the terminal (COLUMNS,"
                    + " else " + TableFit.DEFAULT_WIDTH + " characters). CSV, JSON and --out always carry every level.")
    Integer levels;

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

    /** What {@code --levels all} converts to. */
    static final int ALL = Integer.MAX_VALUE;

    /** The leading columns of the scores table. */
    static final List<String> LEADING = List.of("economy", "name", "year");

    /** The suffix of a node's rank column. */
    static final String RANK = "_rank";

    /** Converts {@code --levels N|all}: a positive number, or {@code all}. */
    static final class LevelsConverter implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            if (value.strip().equalsIgnoreCase("all")) {
                return ALL;
            }
            try {
                int n = Integer.parseInt(value.strip());
                if (n >= 1) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new TypeConversionException("'" + value + "' is not a number of levels; use a whole number >= 1,"
                    + " or all");
        }
    }

    @Override
    public Integer call() throws IOException {
        format.check(out, spec.commandLine().getErr());
        if (overTime) {
            return overTime();
        }
        if (normalise != null || imputePanel != null || maxTime != null || tiers != null || tierCuts != null
                || runs != null || seed != null) {
            throw new ParameterException(spec.commandLine(), "--normalise, --impute-panel, --max-time, --tiers,"
                    + " --tier-cuts, --runs and --seed go with --over-time");
        }
        IndexSource.Resolved resolved;
        try {
            resolved = source.resolve();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (levels != null && (out != null || format.format != Output.Format.TABLE)) {
            throw new ParameterException(spec.commandLine(), "--levels chooses the columns of the table format;"
                    + " CSV, JSON and --out carry every level");
        }
        PrintWriter err = spec.commandLine().getErr();
        IndexInputs.Loaded loaded = inputs.load(resolved.spec(), resolved.groupColumns(), err);
        IndexResult result = CompositeIndex.of(loaded.spec()).run(loaded.data());
        built(loaded, result, err);
        Table scores = scores(result, loaded.group());
        Map<String, Object> build = build(result, resolved);
        if (out != null) {
            boolean workbook = Output.extension(out).equals("xlsx");
            Output.write(workbook ? IndexWorkbook.tables(result, scores) : List.of(scores), build, out);
        } else if (format.format == Output.Format.TABLE) {
            printFitted(scores, result.spec().framework(), err);
        } else {
            Output.print(List.of(scores), build, format.format, spec.commandLine().getOut());
        }
        return ExitCodes.OK;
    }

    /** {@code --over-time}: the index built for every year, on the user's data or the embedded data. */
    private int overTime() throws IOException {
        if (inputs.year != null) {
            throw new ParameterException(spec.commandLine(), "--year builds one year; --over-time builds every year"
                    + " of the data (choose the range with --from and --to)");
        }
        if (levels != null) {
            throw new ParameterException(spec.commandLine(), "--levels chooses the columns of one year's table; with"
                    + " --over-time, --format csv or json carries every node");
        }
        if (tiers != null && tiers < 2) {
            throw new ParameterException(spec.commandLine(), "--tiers must be at least 2: " + tiers);
        }
        if (runs != null && runs < 2) {
            throw new ParameterException(spec.commandLine(), "--runs must be at least 2: " + runs);
        }
        if (seed != null && runs == null) {
            throw new ParameterException(spec.commandLine(), "--seed goes with --runs");
        }
        IndexTrend.Options options = new IndexTrend.Options(normalise == null ? NormalisationScope.GLOBAL : normalise,
                panelMethod(), tiers == null ? 4 : tiers, tierCuts(), runs == null ? 0 : runs,
                seed == null ? UncertaintyAnalysis.DEFAULT_SEED : seed);
        PrintWriter err = spec.commandLine().getErr();
        IndexTrend.Inputs in;
        if (!source.given()) {
            if (inputs.dataOptions.given() || source.steps != null || inputs.group != null) {
                throw new ParameterException(spec.commandLine(), "--data, --steps and --group go with --spec or --meta;"
                        + " without them --over-time builds the embedded AI foundations");
            }
            in = embedded();
        } else {
            IndexSource.Resolved resolved;
            try {
                resolved = source.resolve();
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            IndexInputs.LoadedPanel l = inputs.loadPanel(resolved.spec(), resolved.groupColumns(), err);
            in = new IndexTrend.Inputs(l.spec(), l.panel(), l.groupings(), l.group(), l.source());
        }
        IndexTrend.run(in, options, format.format, out, spec.commandLine().getOut(), err);
        return ExitCodes.OK;
    }

    /** The cut-offs of {@code --tier-cuts}, checked, or none. */
    private List<Double> tierCuts() {
        if (tierCuts == null) {
            return List.of();
        }
        if (tiers != null) {
            throw new ParameterException(spec.commandLine(), "--tiers and --tier-cuts exclude each other");
        }
        try {
            TierScheme.fixed(tierCuts.stream().mapToDouble(Double::doubleValue).toArray());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--tier-cuts " + tierCuts + ": " + e.getMessage());
        }
        return tierCuts;
    }

    /** The method of {@code --impute-panel} (with {@code --max-time}), or {@code null}. */
    private ImputeMethod.Panel panelMethod() {
        if (imputePanel == null) {
            if (maxTime != null) {
                throw new ParameterException(spec.commandLine(), "--max-time goes with --impute-panel latest");
            }
            return null;
        }
        String m = imputePanel.strip().toLowerCase(java.util.Locale.ROOT);
        if (maxTime != null && (!m.equals("latest") || maxTime < 1)) {
            throw new ParameterException(spec.commandLine(), m.equals("latest") ? "--max-time must be at least 1: "
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
                throw new ParameterException(spec.commandLine(), "--impute-panel " + imputePanel + ": use latest,"
                        + " constant or linear");
        }
    }

    /** The embedded AI foundations on its yearly indicators, the years of --from/--to. */
    private IndexTrend.Inputs embedded() throws IOException {
        Panel panel = AiFoundations.yearlyPanel(DefaultData.load().economies());
        Integer from = inputs.dataOptions.fromYear();
        Integer to = inputs.dataOptions.toYear;
        List<Integer> years = new ArrayList<>();
        for (int y : panel.years()) {
            if ((from == null || y >= from) && (to == null || y <= to)) {
                years.add(y);
            }
        }
        if (years.size() < 2) {
            throw new ParameterException(spec.commandLine(), "the embedded data have " + years.size() + " year"
                    + (years.size() == 1 ? "" : "s") + " from --from to --to; the index over time needs two or more"
                    + " (the data run from " + panel.years()[0] + " to " + panel.years()[panel.yearCount() - 1] + ")");
        }
        Grouping income = Economies.worldBank().incomeGroups();
        Map<String, Grouping> groupings = new LinkedHashMap<>();
        groupings.put(income.name(), income);
        groupings.putIfAbsent(Groups.WB_INCOME, income);
        return new IndexTrend.Inputs(AiFoundations.yearlySpec(income.name()), panel.selectYears(years), groupings,
                null, "the embedded default data (" + DefaultData.ATTRIBUTION + ")");
    }

    /**
     * Prints the scores table with the top levels that fit the terminal (or {@code --levels}), and
     * says on standard error how to see the rest when levels are left out.
     */
    private void printFitted(Table scores, Framework framework, PrintWriter err) throws IOException {
        List<List<String>> groups = levelColumns(framework);
        List<String> leading = scores.header().subList(0, scores.header().indexOf("year") + 1);
        int width = TableFit.terminalWidth(System.getenv());
        int shown = levels != null ? Math.min(levels, groups.size())
                : TableFit.groupsThatFit(scores, leading, groups, width);
        Table table = scores.select(TableFit.columns(leading, groups, shown));
        Output.print(List.of(table), Output.Format.TABLE, spec.commandLine().getOut());
        if (shown < groups.size()) {
            int nodes = (table.header().size() - leading.size()) / 2;
            err.println("divide: showing the top " + shown + " of " + groups.size() + " levels (" + nodes + " of "
                    + framework.size() + " nodes)" + (levels == null ? " to fit " + width + " columns" : "")
                    + "; for all: --levels all, --format csv, --out FILE.xlsx");
            err.flush();
        }
    }

    /**
     * The columns of each level of the framework from the top: per node its score and its rank.
     *
     * @param framework the framework
     * @return one list of columns per level, the root's first
     */
    static List<List<String>> levelColumns(Framework framework) {
        List<List<String>> groups = new ArrayList<>();
        for (int level = framework.levels(); level >= 1; level--) {
            List<String> columns = new ArrayList<>();
            for (Framework.Node n : framework.nodesAtLevel(level)) {
                columns.add(n.code());
                columns.add(n.code() + RANK);
            }
            groups.add(columns);
        }
        return groups;
    }

    /**
     * The facts of the build for JSON and xlsx: the year, the spec or iMeta (and steps) file, the
     * data file, the economies and indicators, the steps run and the divide version.
     */
    private Map<String, Object> build(IndexResult result, IndexSource.Resolved resolved) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("year", result.year());
        facts.put(source.choice.meta != null ? "meta" : "spec", resolved.file().toString());
        if (source.steps != null) {
            facts.put("steps_file", source.steps.toString());
        }
        facts.put("data", String.join(" + ", inputs.dataOptions.requireFiles()));
        facts.put("economies", result.economies().size());
        facts.put("economies_read", result.raw().economies().size());
        facts.put("indicators", result.spec().framework().indicatorCodes().size());
        facts.put("nodes", result.spec().framework().size());
        facts.put("steps", IndexSpecJson.toJson(result.spec()).get("steps"));
        facts.put("divide_version", Version.number());
        return facts;
    }

    /** The groupings the data bring (the registry's wb-income and wb-region are always there), sorted. */
    private static java.util.SortedSet<String> ofData(IndexData data) {
        java.util.SortedSet<String> names = new java.util.TreeSet<>(data.groupings().keySet());
        names.remove(Groups.WB_INCOME);
        names.remove(Groups.WB_REGION);
        return names;
    }

    /**
     * Says on standard error which year was built, on how many economies, with which groupings, and
     * which economies screening removed.
     */
    private void built(IndexInputs.Loaded loaded, IndexResult result, PrintWriter err) {
        IndexData data = loaded.data();
        err.println("divide: index built for " + data.year() + (inputs.year != null ? " (--year)"
                : " (" + LATEST + ")") + ": " + data.economies().size()
                + " economies, " + loaded.spec().framework().indicatorCodes().size() + " indicators"
                + (ofData(data).isEmpty() ? "" : "; groupings " + String.join(", ", ofData(data))));
        result.screening().map(ScreeningReport::removed).filter(removed -> !removed.isEmpty()).ifPresent(removed ->
                err.println("divide: screening removed " + removed.size() + " of " + data.economies().size()
                        + " economies (" + String.join(", ", removed.stream().map(e -> e.economy() + " "
                                + e.verdict().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).toList())
                        + "); the index ranks " + result.economies().size()));
        err.flush();
    }

    /**
     * The nodes in the order of the columns: the root, the aggregates from the top level down, then
     * the indicators, each level in framework order.
     *
     * @param framework the framework
     * @return the node codes
     */
    static List<String> columnOrder(Framework framework) {
        List<String> codes = new ArrayList<>();
        for (int level = framework.levels(); level >= 1; level--) {
            for (Framework.Node n : framework.nodesAtLevel(level)) {
                codes.add(n.code());
            }
        }
        return codes;
    }

    /**
     * The scores table: per economy, best first, its code, name and the year built, then the score
     * and rank of every node in {@link #columnOrder(Framework)}.
     *
     * @param result the index built
     * @return the table
     */
    static Table scores(IndexResult result) {
        return scores(result, null);
    }

    /**
     * The scores table with, after the name, the economy's group when a grouping is given.
     *
     * @param result the index built
     * @param group  the grouping of {@code --group}, or {@code null}
     * @return the table
     */
    static Table scores(IndexResult result, Grouping group) {
        Panel panel = result.data().panel();
        List<String> nodes = columnOrder(result.spec().framework());
        List<String> header = new ArrayList<>(LEADING);
        if (group != null) {
            header.add(2, "group");
        }
        for (String node : nodes) {
            header.add(node);
            header.add(node + RANK);
        }
        List<String> economies = result.economies();
        double[][] scores = new double[nodes.size()][];
        double[][] ranks = new double[nodes.size()][];
        for (int k = 0; k < nodes.size(); k++) {
            scores[k] = result.scores(nodes.get(k));
            ranks[k] = result.ranks(nodes.get(k));
        }
        List<Integer> order = new ArrayList<>();
        for (int e = 0; e < economies.size(); e++) {
            order.add(e);
        }
        double[] indexRanks = ranks[0];
        order.sort(Comparator.comparingDouble((Integer e) -> Double.isNaN(indexRanks[e]) ? Double.MAX_VALUE
                : indexRanks[e]));
        Table.Builder table = new Table.Builder("scores", header);
        for (int e : order) {
            String code = economies.get(e);
            List<Object> row = new ArrayList<>(List.of(code, IndexWorkbook.economyName(panel, code)));
            if (group != null) {
                row.add(group.label(code).orElse(null));
            }
            row.add(result.year());
            for (int k = 0; k < nodes.size(); k++) {
                row.add(scores[k][e]);
                row.add(Table.rank(ranks[k][e]));
            }
            table.add(row);
        }
        return table.build();
    }
}
