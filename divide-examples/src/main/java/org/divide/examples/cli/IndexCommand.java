package org.divide.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;

import org.divide.core.Economy;
import org.divide.core.Framework;
import org.divide.core.Panel;
import org.divide.metrics.composite.CompositeIndex;
import org.divide.metrics.composite.IndexData;
import org.divide.metrics.composite.IndexResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code divide index}: builds a composite index from a spec (or a COINr iMeta table, with or
 * without a steps document) and data in any detected format (COINr's iData included), writes one
 * row per economy with every node's score and rank, and says on standard error which year it built.
 */
@Command(name = "index", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Build a composite index: one row per economy with the score and rank of every node of the"
                + " framework (the index first, then its aggregates, then the indicators as normalised), best first.",
            "The spec is divide's index-spec JSON: a framework of nodes {code, name, parent, level, weight,"
                    + " direction} and the steps (denominate, impute, screen, treat, normalise, weights, aggregate);"
                    + " see docs/index-spec.md.",
            "Or --meta: the framework from a COINr iMeta table (CSV: Level, iCode, iName, Parent, Direction,"
                    + " Weight, Type), built the plain COINr way: min-max onto [0, 100], then the weighted"
                    + " arithmetic mean; or with --steps, built by the steps of a spec document without"
                    + " framework, where {\"step\": \"denominate\"} takes iMeta's Denominator column."},
        footer = {"", "Examples:", "  divide index --spec spec.json --data data.csv --year 2022 --out scores.xlsx",
            "  divide index --meta iMeta.csv --data data.csv",
            "  divide index --meta ASEM_iMeta.csv --data ASEM_iData.csv --steps steps.json"})
final class IndexCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    IndexSource source;

    @Mixin
    IndexInputs inputs;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write the scores to a .csv, .json or .xlsx file instead of printing them.")
    Path out;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() throws IOException {
        IndexSource.Resolved resolved;
        try {
            resolved = source.resolve();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        IndexInputs.Loaded loaded = inputs.load(resolved.spec(), resolved.groupColumns(), spec.commandLine().getErr());
        IndexResult result = CompositeIndex.of(loaded.spec()).run(loaded.data());
        built(loaded, spec.commandLine().getErr());
        List<Table> tables = List.of(scores(result, loaded.data().panel()));
        if (out != null) {
            Output.write(tables, out);
        } else {
            Output.print(tables, format.format, spec.commandLine().getOut());
        }
        return ExitCodes.OK;
    }

    /** Says on standard error which year was built, on how many economies, with which groupings. */
    private void built(IndexInputs.Loaded loaded, PrintWriter err) {
        IndexData data = loaded.data();
        err.println("divide: index built for " + data.year() + (inputs.year != null ? " (--year)"
                : " (the latest year with a value for every indicator)") + ": " + data.economies().size()
                + " economies, " + loaded.spec().framework().indicatorCodes().size() + " indicators"
                + (data.groupings().isEmpty() ? "" : "; groupings " + String.join(", ", new java.util.TreeSet<>(data.groupings().keySet()))));
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

    private static Table scores(IndexResult result, Panel panel) {
        List<String> nodes = columnOrder(result.spec().framework());
        List<String> header = new ArrayList<>(List.of("economy", "name"));
        for (String node : nodes) {
            header.add(node);
            header.add(node + "_rank");
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
            Economy economy = panel.economyIndex(code) >= 0 ? panel.economy(code) : null;
            List<Object> row = new ArrayList<>(List.of(code));
            row.add(economy == null ? code : economy.name());
            for (int k = 0; k < nodes.size(); k++) {
                row.add(scores[k][e]);
                row.add(Table.rank(ranks[k][e]));
            }
            table.add(row);
        }
        return table.build();
    }
}
