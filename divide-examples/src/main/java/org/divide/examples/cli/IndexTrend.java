package org.divide.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.divide.core.Grouping;
import org.divide.core.Panel;
import org.divide.core.spec.ImputeMethod;
import org.divide.core.spec.IndexSpec;
import org.divide.examples.report.Coverage;
import org.divide.io.fetch.Provenance;
import org.divide.io.spec.IndexSpecJson;
import org.divide.metrics.composite.CompositeIndex;
import org.divide.metrics.composite.IndexData;
import org.divide.metrics.composite.IndexResult;
import org.divide.metrics.composite.NormalisationScope;
import org.divide.metrics.dynamics.BetaConvergenceResult;
import org.divide.metrics.dynamics.SigmaConvergenceResult;
import org.divide.metrics.dynamics.TierScheme;
import org.divide.metrics.overtime.IndexOverTime;
import org.divide.metrics.overtime.IndexSeries;
import org.divide.metrics.overtime.PanelFill;
import org.divide.metrics.overtime.SeriesConvergence;
import org.divide.metrics.uncertainty.Assumption;
import org.divide.metrics.uncertainty.PanelUncertainty;
import org.divide.metrics.uncertainty.UncertaintyAnalysis;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code divide index --over-time}: one spec built for every well-covered year of the data
 * ({@link IndexOverTime}), printed as a tidy table of scores, ranks and tiers per economy, year
 * and node with their changes since the previous year, the changes from the first to the last
 * year, and σ-/β-convergence of the index and its pillars on a balanced sample; the normalisation
 * chosen, the years left out, the panel imputation and the sample are said on standard error.
 */
final class IndexTrend {

    /**
     * The inputs: the spec, the panel of the years, the groupings, where they came from and the
     * provenance of the series fetched from providers (empty without fetches).
     */
    record Inputs(IndexSpec spec, Panel panel, Map<String, Grouping> groupings, Grouping group, String source,
            List<Provenance> fetched) {
    }

    /**
     * The options of {@code divide index} that shape the build over time.
     *
     * @param scope      the normalisation's scope
     * @param imputation the panel imputation, or {@code null}
     * @param quantiles  the number of quantile tiers per node and year (when {@code cuts} is empty)
     * @param cuts       fixed cut-offs of the scores, the same every year, or empty for quantile tiers
     * @param runs       the Monte Carlo runs of the intervals, 0 for none
     * @param seed       their seed
     */
    record Options(NormalisationScope scope, ImputeMethod.Panel imputation, int quantiles, List<Double> cuts, int runs,
            long seed) {

        /** Copies the cut-offs. */
        Options {
            cuts = List.copyOf(cuts);
        }

        /** {@return the tier scheme} */
        TierScheme tiers() {
            return cuts.isEmpty() ? TierScheme.quantiles(quantiles)
                    : TierScheme.fixed(cuts.stream().mapToDouble(Double::doubleValue).toArray());
        }

        /** {@return the tiers in words: "4 quantile classes of each node's scores in each year"} */
        String tierWords() {
            return cuts.isEmpty() ? quantiles + " quantile classes of each node's scores in each year"
                    : (cuts.size() + 1) + " tiers cut at " + cuts.stream().map(Table::rank).map(String::valueOf)
                            .collect(java.util.stream.Collectors.joining(", ")) + ", the same every year";
        }
    }

    private IndexTrend() {
    }

    /**
     * Builds the index over time.
     *
     * @param in      the inputs
     * @param options the options
     * @return the series
     * @throws IllegalArgumentException naming the year, step, indicator or economy at fault
     */
    static IndexSeries build(Inputs in, Options options) {
        return IndexOverTime.of(in.spec()).withScope(options.scope()).withPanelImputation(options.imputation())
                .withTiers(options.tiers()).withMinimumCoverage(Coverage.SHARE)
                .run(in.panel(), in.groupings().values());
    }

    /**
     * Builds, says what was built on standard error, and prints or writes the tables.
     *
     * @param in      the inputs
     * @param options the options
     * @param format  the output format
     * @param out     the file of {@code --out}, or {@code null}
     * @param stdout  standard output
     * @param err     standard error
     * @throws IOException if the file cannot be written
     */
    static void run(Inputs in, Options options, Output.Format format, Path out, PrintWriter stdout, PrintWriter err)
            throws IOException {
        IndexSeries series = build(in, options);
        Grouping group = in.group() != null ? in.group()
                : Groups.incomeIfCountries(in.groupings(), series.economies());
        List<SeriesConvergence> convergence = List.of();
        String convergenceNote = null;
        if (series.years().length < 2) {
            convergenceNote = "one year built (" + series.years()[0] + "): no change or convergence to show";
        } else {
            try {
                convergence = SeriesConvergence.of(series);
            } catch (IllegalArgumentException e) {
                convergenceNote = "convergence not computed: " + e.getMessage();
            }
        }
        notes(in, options, series, convergence, convergenceNote, err);
        PanelUncertainty.Result intervals = options.runs() == 0 ? null : intervals(in, options, series, err);
        List<Table> tables = List.of(scores(series, in.panel(), group, intervals), changes(series, in.panel(), group),
                convergence(series, convergence));
        Map<String, Object> facts = facts(in, options, series, convergence);
        if (out != null) {
            Output.write(tables, facts, out);
        } else if (format == Output.Format.TABLE) {
            Output.print(List.of(firstToLast(series, in.panel(), group), tables.get(2)), Output.Format.TABLE, stdout);
            err.println("divide: the table shows the index in the first and last year; every year and node: --format"
                    + " csv, --format json or --out FILE");
            err.flush();
        } else {
            Output.print(tables, facts, format, stdout);
        }
    }

    /**
     * The Monte Carlo intervals of every year, with the default assumptions of {@code divide uncertainty}
     * (also those of {@code divide mobility --index --runs}), said on standard error.
     *
     * @param in      the inputs
     * @param options the options (runs and seed)
     * @param series  the nominal build
     * @param err     standard error
     * @return the intervals
     * @throws IOException if a file of the assumptions cannot be read
     */
    static PanelUncertainty.Result intervals(Inputs in, Options options, IndexSeries series, PrintWriter err)
            throws IOException {
        List<Assumption> assumptions = new ArrayList<>();
        for (UncertaintyOptions.Varied v : new UncertaintyOptions().assumptions(in.spec(), in.groupings().keySet())) {
            assumptions.add(v.assumption());
        }
        List<IndexData> years = series.results().stream().map(IndexResult::data).toList();
        PanelUncertainty.Result r = PanelUncertainty.of(CompositeIndex.of(in.spec()), years, series.scope())
                .withAssumptions(assumptions)
                .withAnalysis(UncertaintyAnalysis.withDefaults().withSamples(options.runs()).withSeed(options.seed()))
                .monteCarlo();
        err.println("divide: intervals: 5-95% of the index rank and score over " + r.runs() + " Monte Carlo runs"
                + " (seed " + options.seed() + ") varying " + String.join(", ", r.assumptions()) + ", each run"
                + " rebuilding every year with " + series.scope().label() + " normalisation"
                + (r.failedRuns() > 0 ? "; " + r.failedRuns() + " runs failed and are left out" : ""));
        err.flush();
        return r;
    }

    private static void notes(Inputs in, Options options, IndexSeries series, List<SeriesConvergence> convergence,
            String convergenceNote, PrintWriter err) {
        int[] years = series.years();
        String root = in.spec().framework().root().code();
        err.println("divide: index " + root + " built over time for " + Coverage.ranges(list(years), "-") + " ("
                + years.length + " years, " + series.economies().size() + " economies)"
                + skipped(series));
        boolean global = series.scope() == NormalisationScope.GLOBAL;
        err.println("divide: normalisation " + series.scope().label() + ": " + (global
                ? "each indicator normalised over all " + years.length + " years pooled (COINr's Normalise(purse,"
                        + " global = TRUE)), so a score compares across years"
                : "each year normalised alone, so scores rank economies within a year and do not compare across"
                        + " years"));
        if (!series.treated().isEmpty() && series.scope() == NormalisationScope.GLOBAL) {
            List<String> parts = new ArrayList<>();
            series.treated().forEach((code, ys) -> parts.add(code + " " + Coverage.ranges(ys, "-")));
            err.println("divide: note: the treat step changed " + series.treated().size() + " indicator"
                    + (series.treated().size() == 1 ? "" : "s") + " (" + String.join("; ", parts) + "): treatment"
                    + " runs year by year, as in COINr's purse, so in those years they are on the year's own scale and"
                    + " their scores do not compare across years; leave treatment out of the spec (or transform the"
                    + " data beforehand) for levels comparable over time");
        }
        series.panelFill().ifPresent(f -> err.println("divide: panel imputation " + f.methodName() + " before the"
                + " build: " + f.filled().size() + " missing values filled from the economy's other years "
                + (options.imputation() instanceof ImputeMethod.Linear ? "(interpolated)" : "(carried "
                        + (options.imputation() instanceof ImputeMethod.Constant ? "forward, and backward before the"
                                + " first observation)" : "forward)"))));
        err.println("divide: tiers: " + options.tierWords() + " (1 = lowest); rank_change = previous rank - rank and"
                + " tier_change = tier - previous tier, so moving up is positive");
        if (!convergence.isEmpty()) {
            err.println("divide: convergence of " + String.join(", ", series.indexAndPillars()) + " on a balanced"
                    + " sample: " + convergence.get(0).sample().statement());
        }
        if (convergenceNote != null) {
            err.println("divide: " + convergenceNote);
        }
        err.flush();
    }

    private static String skipped(IndexSeries series) {
        if (series.skipped().isEmpty()) {
            return "";
        }
        return "; left out " + Coverage.ranges(new ArrayList<>(new TreeMap<>(series.skipped()).keySet()), "-")
                + ": an indicator has values for fewer than " + Coverage.percent() + " of the economies of its"
                + " best-covered year (the indicators of each year: --format json, build.years_left_out)";
    }

    private static List<Integer> list(int[] years) {
        List<Integer> l = new ArrayList<>();
        for (int y : years) {
            l.add(y);
        }
        return l;
    }

    /**
     * The tidy table: economy, name, group, year, node, score, rank, rank_change, tier, tier_change;
     * with intervals, the index rows also carry rank_q5, rank_q95, score_q5 and score_q95.
     */
    static Table scores(IndexSeries series, Panel panel, Grouping group, PanelUncertainty.Result intervals) {
        List<String> header = new ArrayList<>(List.of("economy", "name", "group", "year", "node", "score", "rank",
                "rank_change", "tier", "tier_change"));
        Map<String, PanelUncertainty.Interval> byKey = new java.util.HashMap<>();
        if (intervals != null) {
            header.addAll(List.of("rank_q5", "rank_q95", "score_q5", "score_q95"));
            intervals.intervals().forEach(i -> byKey.put(i.economy() + "@" + i.year(), i));
        }
        String root = series.nodes().get(0);
        Table.Builder t = new Table.Builder("scores", header);
        List<String> nodes = series.nodes();
        List<IndexSeries.Row> rows = new ArrayList<>(series.rows());
        rows.sort(Comparator.comparingInt((IndexSeries.Row r) -> nodes.indexOf(r.node()))
                .thenComparingInt(IndexSeries.Row::year).thenComparingDouble(IndexSeries.Row::rank));
        for (IndexSeries.Row r : rows) {
            List<Object> cells = new ArrayList<>(java.util.Arrays.asList(r.economy(), IndexWorkbook.economyName(panel,
                    r.economy()), label(group, r.economy()), r.year(), r.node(), r.score(), Table.rank(r.rank()),
                    Table.rank(r.rankChange()), r.tier(), r.tierChange()));
            if (intervals != null) {
                PanelUncertainty.Interval i = r.node().equals(root) ? byKey.get(r.economy() + "@" + r.year()) : null;
                cells.addAll(i == null ? java.util.Arrays.asList(null, null, null, null)
                        : java.util.Arrays.asList(Table.rank(i.rankLow()), Table.rank(i.rankHigh()), i.scoreLow(),
                                i.scoreHigh()));
            }
            t.add(cells);
        }
        return t.build();
    }

    /** The changes from the first to the last year of the index and its pillars. */
    static Table changes(IndexSeries series, Panel panel, Grouping group) {
        Table.Builder t = new Table.Builder("changes", List.of("economy", "name", "group", "node", "from", "to",
                "score_from", "score_to", "rank_from", "rank_to", "rank_change", "tier_from", "tier_to",
                "tier_change"));
        for (String node : series.indexAndPillars()) {
            List<IndexSeries.Change> changes = new ArrayList<>(series.changesFirstToLast(node));
            changes.sort(Comparator.comparingDouble(IndexSeries.Change::toRank));
            for (IndexSeries.Change c : changes) {
                t.add(c.economy(), IndexWorkbook.economyName(panel, c.economy()), label(group, c.economy()), node,
                        c.from(), c.to(), c.fromScore(), c.toScore(), Table.rank(c.fromRank()), Table.rank(c.toRank()),
                        Table.rank(c.rankChange()), c.fromTier(), c.toTier(), c.tierChange());
            }
        }
        return t.build();
    }

    /** For people: the index in the first and last year, by the last year's rank. */
    private static Table firstToLast(IndexSeries series, Panel panel, Grouping group) {
        int[] years = series.years();
        int first = years[0];
        int last = years[years.length - 1];
        String root = series.nodes().get(0);
        Table.Builder t = new Table.Builder(root + " " + first + "-" + last, List.of("economy", "name", "group",
                "score_" + first, "rank_" + first, "score_" + last, "rank_" + last, "rank_change", "tier_" + first,
                "tier_" + last));
        List<String> economies = new ArrayList<>(series.economies());
        economies.removeIf(e -> Double.isNaN(series.score(root, e, last)));
        economies.sort(Comparator.comparingDouble(e -> series.rank(root, e, last)));
        for (String e : economies) {
            double r0 = series.rank(root, e, first);
            double r1 = series.rank(root, e, last);
            int t0 = series.tier(root, e, first);
            t.add(e, IndexWorkbook.economyName(panel, e), label(group, e), series.score(root, e, first),
                    Table.rank(r0), series.score(root, e, last), Table.rank(r1), Table.rank(r0 - r1),
                    t0 == 0 ? null : t0, series.tier(root, e, last));
        }
        return t.build();
    }

    /** σ- and β-convergence of the index and each pillar. */
    static Table convergence(IndexSeries series, List<SeriesConvergence> convergence) {
        Table.Builder t = new Table.Builder("convergence", List.of("node", "name", "economies", "from", "to",
                "gini_first", "gini_last", "sigma_slope", "sigma_p", "sigma_trend", "beta", "beta_p", "beta_economies",
                "half_life", "note"));
        for (SeriesConvergence c : convergence) {
            SigmaConvergenceResult s = c.sigma();
            BetaConvergenceResult b = c.beta();
            double[] v = s.values();
            t.add(c.node(), series.spec().framework().node(c.node()).name(), c.sample().economies().size(),
                    s.years()[0], s.years()[s.years().length - 1], v[0], v[v.length - 1], s.trend().slope(),
                    s.trend().p(), s.verdict().toString().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
                    b == null ? null : b.beta(), b == null ? null : b.p(), b == null ? null : b.observations(),
                    b == null ? null : b.halfLife(), betaNote(c));
        }
        return t.build();
    }

    private static String betaNote(SeriesConvergence c) {
        if (c.beta() == null) {
            return c.note();
        }
        return c.beta().excludedNonPositive() == 0 ? "" : c.beta().excludedNonPositive() + " economies scoring 0 in"
                + " the first or last year left out of beta (no logarithm)";
    }

    private static String label(Grouping group, String economy) {
        return group == null ? null : group.label(economy).orElse(null);
    }

    /** The facts of the build for JSON and xlsx. */
    private static Map<String, Object> facts(Inputs in, Options options, IndexSeries series,
            List<SeriesConvergence> convergence) {
        Map<String, Object> facts = new LinkedHashMap<>();
        ArrayNode years = JsonNodeFactory.instance.arrayNode();
        for (int y : series.years()) {
            years.add(y);
        }
        facts.put("years", years);
        ObjectNode left = JsonNodeFactory.instance.objectNode();
        new TreeMap<>(series.skipped()).forEach((y, codes) -> codes.forEach(left.putArray(Integer.toString(y))::add));
        facts.put("years_left_out", left);
        facts.put("normalisation", series.scope().label());
        facts.put("panel_imputation", series.panelFill().map(PanelFill::methodName).orElse("none"));
        facts.putAll(Output.sources(in.fetched()));
        facts.put("values_imputed_from_other_years", series.panelFill().map(f -> f.filled().size()).orElse(0));
        facts.put("tiers", options.tierWords());
        if (options.runs() > 0) {
            facts.put("interval_runs", options.runs());
            facts.put("interval_seed", options.seed());
        }
        facts.put("balanced_sample", convergence.isEmpty() ? "none" : convergence.get(0).sample().statement());
        facts.put("data", in.source());
        facts.put("economies", series.economies().size());
        facts.put("indicators", in.spec().framework().indicatorCodes().size());
        facts.put("steps", IndexSpecJson.toJson(in.spec()).get("steps"));
        facts.put("divide_version", Version.number());
        return facts;
    }
}
