package org.divide.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.divide.core.Framework;
import org.divide.core.Grouping;
import org.divide.core.Panel;
import org.divide.io.spec.IndexSpecJson;
import org.divide.metrics.composite.CompositeIndex;
import org.divide.metrics.composite.IndexData;
import org.divide.metrics.composite.IndexResult;
import org.divide.metrics.composite.ScreeningReport;

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

    @Mixin
    FormatOption format;

    @Option(names = "--levels", paramLabel = "N|all", converter = LevelsConverter.class,
            description = "With the table format: the top N levels of the framework to show (1: the index; 2: the"
                    + " index and the level below; all: every node). Default: as many as fit the terminal (COLUMNS,"
                    + " else " + TableFit.DEFAULT_WIDTH + " characters). CSV, JSON and --out always carry every level.")
    Integer levels;

    @Mixin
    OverTimeOptions trend;

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
        format.check(spec.commandLine().getErr());
        if (trend.overTime) {
            return overTime();
        }
        trend.requireOverTime();
        IndexSource.Resolved resolved;
        try {
            resolved = source.resolve();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (levels != null && (format.out != null || format.format != Output.Format.TABLE)) {
            throw new ParameterException(spec.commandLine(), "--levels chooses the columns of the table format;"
                    + " CSV, JSON and --out carry every level");
        }
        PrintWriter err = spec.commandLine().getErr();
        IndexInputs.Loaded loaded = inputs.load(resolved.spec(), resolved.groupColumns(), err);
        IndexResult result = CompositeIndex.of(loaded.spec()).run(loaded.data());
        built(loaded, result, err);
        Table scores = scores(result, loaded.group());
        Map<String, Object> build = build(result, resolved);
        build.putAll(Output.sources(loaded.fetched()));
        if (format.out != null) {
            boolean workbook = Output.extension(format.out).equals("xlsx");
            Output.write(workbook ? IndexWorkbook.tables(result, scores) : List.of(scores), build, format.out);
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
        IndexTrend.Options options = trend.options();
        PrintWriter err = spec.commandLine().getErr();
        IndexTrend.Inputs in;
        if (!source.given()) {
            if (inputs.dataOptions.given() || source.steps != null || inputs.group != null) {
                throw new ParameterException(spec.commandLine(), "--data, --steps and --group go with --spec or --meta;"
                        + " without them --over-time builds the embedded AI foundations");
            }
            in = trend.embedded(inputs.dataOptions);
        } else {
            IndexSource.Resolved resolved;
            try {
                resolved = source.resolve();
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            IndexInputs.LoadedPanel l = inputs.loadPanel(resolved.spec(), resolved.groupColumns(), err);
            in = new IndexTrend.Inputs(l.spec(), l.panel(), l.groupings(), l.group(), l.source(), l.fetched());
        }
        IndexTrend.run(in, options, format.format, format.out, spec.commandLine().getOut(), err);
        return ExitCodes.OK;
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
     * data file, the economies and indicators, the steps run and the divide version (then, by the
     * caller, the {@link Output#sources sources} fetched from providers).
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
