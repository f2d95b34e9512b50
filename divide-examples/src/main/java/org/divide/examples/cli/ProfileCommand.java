package org.divide.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.divide.core.Framework;
import org.divide.core.Panel;
import org.divide.metrics.composite.CompositeIndex;
import org.divide.metrics.composite.IndexResult;
import org.divide.metrics.profile.EconomyProfile;
import org.divide.metrics.profile.NodeProfile;
import org.divide.metrics.profile.StrengthsWeaknesses;
import org.divide.metrics.uncertainty.IndexUncertainty;
import org.divide.metrics.uncertainty.UncertaintyAnalysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code divide profile}: one economy in a composite index ({@link EconomyProfile}) — its score
 * and rank at every node with gaps to the frontier, the peer median and the next tier, the exact
 * gain of one more normalised unit at each node (the binding constraints), its strengths and
 * weaknesses (COINr's {@code get_str_weak}, and by distance to the peer median) and its peers;
 * with {@code --runs}, the 5–95 % intervals of each aggregate's score and rank from a Monte Carlo
 * uncertainty analysis ({@link IndexUncertainty}, as {@code divide uncertainty}).
 */
@Command(name = "profile", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"The profile of one economy in a composite index (the same --spec or --meta [--steps],"
                + " --data and --year as 'divide index'; without them, the embedded example index): per node"
                + " (index, aggregates, indicators as normalised) its score and rank among the economies, the gap to"
                + " the frontier (best score), to the peer median and to the next tier (quantile classes of that"
                + " node's scores, --tiers), and the gain: how much the index rises if that score rises by one"
                + " normalised unit (computed through the aggregation, exact for geometric and generalised means);"
                + " the binding constraint of each level is the node of largest gain below its frontier.",
            "Then its strengths and weaknesses: by rank as COINr's get_str_weak (competition ranks, ties sharing"
                    + " the best rank, within the economy's --group if given; its missing indicators and those where"
                    + " it ranks last are left out and listed), and by standardised distance to the peer median;"
                    + " and its peers. With --runs N, the 5-95%% intervals of every aggregate's score and rank."},
        footer = {"", "Examples:", "  divide profile --economy KEN",
            "  divide profile --meta ASEM_iMeta.csv --data ASEM_iData.csv --economy IND --peers EurAsia_group",
            "  divide profile --economy Kenya --peers nearest:8 --top 3 --runs 100 --format json"})
final class ProfileCommand implements Callable<Integer>, EconomyOption.Holder {

    @Spec
    CommandSpec spec;

    @Mixin
    IndexSource source;

    @Mixin
    IndexInputs inputs;

    /** The description of {@code --economy}, installed by {@link EconomyOption}. */
    static final String ECONOMY_HELP = "The economy, by code or name.";

    /** {@code --economy}, installed by {@link EconomyOption}. */
    List<String> economies;

    @Option(names = "--peers", paramLabel = "income|region|GROUPING|nearest:K", defaultValue = "income",
            description = ProfiledIndex.PEERS_HELP)
    String peers;

    @Option(names = "--top", paramLabel = "N", defaultValue = "5",
            description = "How many strengths and how many weaknesses (default: ${DEFAULT-VALUE}, as COINr).")
    int top;

    @Option(names = "--unique", paramLabel = "SHARE",
            description = "COINr's unq_discard: leave out of the strengths and weaknesses the indicators whose share of"
                    + " distinct values is not above SHARE (0-1), e.g. yes/no indicators. Default: none.")
    Double unique;

    @Option(names = "--tiers", paramLabel = "T", defaultValue = "4",
            description = "Quantile tiers of each node's scores (default: ${DEFAULT-VALUE}, quartiles).")
    int tiers;

    @Option(names = "--runs", paramLabel = "N",
            description = "Monte Carlo runs of the uncertainty analysis for the 5-95%% intervals (as 'divide"
                    + " uncertainty'; the assumptions of --assume-* or the defaults). Default: no intervals.")
    Integer runs;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + UncertaintyAnalysis.DEFAULT_SEED,
            description = "With --runs: the seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    UncertaintyOptions assume;

    @Mixin
    FormatOption format;

    @Override
    public List<String> economies() {
        return economies;
    }

    @Override
    public void economies(List<String> given) {
        economies = given;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        format.check(err);
        if (top < 1) {
            throw new ParameterException(spec.commandLine(), "--top must be at least 1: " + top);
        }
        if (tiers < 2) {
            throw new ParameterException(spec.commandLine(), "--tiers must be at least 2: " + tiers);
        }
        if (runs != null && runs < 2) {
            throw new ParameterException(spec.commandLine(), "--runs must be at least 2: " + runs);
        }
        if (unique != null && !(unique >= 0 && unique <= 1)) {
            throw new ParameterException(spec.commandLine(), "--unique must be between 0 and 1: " + unique);
        }
        if (economies.size() != 1) {
            throw new ParameterException(spec.commandLine(), "--economy: one economy per profile (given "
                    + economies.size() + ": " + String.join(", ", economies) + ")");
        }
        ProfiledIndex index = ProfiledIndex.load(source, inputs, spec, err);
        IndexResult result = CompositeIndex.of(index.spec()).run(index.data());
        String code = ProfiledIndex.economy(economies.get(0), result);
        Map<String, NodeProfile.Interval> intervals = runs == null ? Map.of()
                : ProfileIntervals.of(index, code, runs, seed, assume, spec, err);
        EconomyProfile profile = index.profile(result, code, peers, new EconomyProfile.Options(null, 5, index.group(),
                top, top, unique == null ? Double.NaN : unique, true, tiers, intervals));
        describe(profile, result, index, tiers, err);
        List<Table> tables = List.of(nodes(profile, result), strengths(profile, result), peers(profile, result));
        format.emit(tables, Output.sources(index.fetched()));
        return ExitCodes.OK;
    }

    /** Says on standard error what the profile is of: the sample, the rank, the peers, the missing values. */
    private static void describe(EconomyProfile p, IndexResult result, ProfiledIndex index, int tiers,
            PrintWriter err) {
        NodeProfile root = p.nodes().get(0);
        Panel panel = result.data().panel();
        err.println("divide: " + p.economy() + " (" + panel.economy(p.economy()).name() + ") in "
                + result.spec().framework().root().code() + " " + p.year() + ": score " + String.format(java.util.Locale.ROOT,
                        "%.2f", root.score()) + ", rank " + Output.readableRank(Table.rank(root.rank())) + " of "
                + root.ranked() + (root.ties() > 1 ? " (tied with " + (root.ties() - 1) + ")" : "") + ", tier "
                + root.tier() + " of " + tiers
                + "; ranks are competition ranks (ties share the best rank)");
        err.println("divide: peers: " + p.peers().rule() + " (" + p.peers().positions().length + " economies)"
                + (index.group() != null ? "; strengths and weaknesses ranked within " + index.group().name() + " ("
                        + p.byRank().ranked() + " economies)" : ""));
        if (!p.byRank().missing().isEmpty()) {
            err.println("divide: missing for " + p.economy() + " (left out of strengths and weaknesses"
                    + (index.spec().steps().stream().anyMatch(s -> s.kind() == org.divide.core.spec.StepKind.IMPUTE)
                            ? "" : "; the aggregation skips them and renormalises the weights")
                    + "): " + String.join(", ", p.byRank().missing()));
        }
        result.imputation().ifPresent(imp -> {
            List<String> imputed = imp.imputed().stream().filter(c -> c.economy().equals(p.economy()))
                    .map(c -> c.indicator()).toList();
            if (!imputed.isEmpty()) {
                err.println("divide: imputed for " + p.economy() + " (" + imp.method() + "), profiled as imputed: "
                        + String.join(", ", imputed));
            }
        });
        for (NodeProfile b : p.binding()) {
            List<String> tied = p.nodes().stream().filter(n -> n != b && n.level() == b.level()
                    && n.score() < n.frontier() && Math.abs(n.gain() - b.gain()) <= 1e-12 * Math.max(1, Math.abs(b.gain())))
                    .map(NodeProfile::code).toList();
            err.println(String.format(java.util.Locale.ROOT, "divide: binding constraint at level %d: %s (index +%.4f"
                    + " per normalised unit)", b.level(), b.code(), b.gain())
                    + (tied.isEmpty() ? "" : "; tied with " + String.join(", ", tied)));
        }
        if (!p.byRank().discardedMinimum().isEmpty()) {
            err.println("divide: ranked last (left out of strengths and weaknesses, COINr's min_discard): "
                    + String.join(", ", p.byRank().discardedMinimum()));
        }
        if (!p.byRank().discardedUnique().isEmpty()) {
            err.println("divide: too few distinct values (--unique): " + String.join(", ", p.byRank().discardedUnique()));
        }
        err.flush();
    }

    /** The node table: the index, each level down, the indicators; with intervals when computed. */
    private static Table nodes(EconomyProfile p, IndexResult result) {
        boolean withIntervals = p.nodes().stream().anyMatch(n -> n.interval() != null);
        List<String> header = new ArrayList<>(List.of("node", "name", "level", "score", "rank", "ranked", "ties",
                "tier", "frontier", "gap_frontier", "peer_median", "gap_peer_median", "next_tier", "gap_next_tier",
                "gain", "effective_weight", "binding"));
        if (withIntervals) {
            header.addAll(List.of("score_p5", "score_p95", "rank_p5", "rank_p95"));
        }
        Table.Builder t = new Table.Builder("profile", header);
        Framework f = result.spec().framework();
        for (NodeProfile n : p.nodes()) {
            List<Object> row = new ArrayList<>(List.of(n.code(), f.node(n.code()).name(), n.level()));
            row.add(n.score());
            row.add(Table.rank(n.rank()));
            row.add(n.ranked());
            row.add(n.ties());
            row.add(n.tier());
            row.add(n.frontier());
            row.add(n.frontierGap());
            row.add(n.peerMedian());
            row.add(n.peerGap());
            row.add(n.nextTierThreshold());
            row.add(n.nextTierGap());
            row.add(n.gain());
            row.add(n.effectiveWeight());
            row.add(p.binding().contains(n) ? "yes" : "");
            if (withIntervals) {
                NodeProfile.Interval i = n.interval();
                row.add(i == null ? null : i.scoreLow());
                row.add(i == null ? null : i.scoreHigh());
                row.add(i == null ? null : Table.rank(i.rankLow()));
                row.add(i == null ? null : Table.rank(i.rankHigh()));
            }
            t.add(row);
        }
        return t.build();
    }

    /** Strengths and weaknesses by rank and by distance to the peer median. */
    private static Table strengths(EconomyProfile p, IndexResult result) {
        Table.Builder t = new Table.Builder("strengths_weaknesses", List.of("method", "list", "position", "indicator",
                "name", "parent", "rank", "ties", "value", "z"));
        Framework f = result.spec().framework();
        add(t, "rank", p.byRank(), f, false);
        add(t, "peer_distance", p.byPeerDistance(), f, true);
        return t.build();
    }

    private static void add(Table.Builder t, String method, StrengthsWeaknesses.Result r, Framework f, boolean z) {
        int i = 1;
        for (StrengthsWeaknesses.Entry e : r.strengths()) {
            t.add(method, "strength", i++, e.code(), f.node(e.code()).name(), f.node(e.code()).parent(),
                    Table.rank(e.rank()), e.ties(), e.value(), z ? e.score() : null);
        }
        i = 1;
        for (StrengthsWeaknesses.Entry e : r.weaknesses()) {
            t.add(method, "weakness", i++, e.code(), f.node(e.code()).name(), f.node(e.code()).parent(),
                    Table.rank(e.rank()), e.ties(), e.value(), z ? e.score() : null);
        }
    }

    /** The peers with their index scores and ranks. */
    private static Table peers(EconomyProfile p, IndexResult result) {
        Table.Builder t = new Table.Builder("peers", List.of("economy", "name", "distance", "score", "rank"));
        double[] scores = result.indexScores();
        double[] ranks = result.ranks(result.spec().framework().root().code());
        int[] pos = p.peers().positions();
        double[] d = p.peers().distances();
        for (int i = 0; i < pos.length; i++) {
            String c = result.economies().get(pos[i]);
            t.add(c, result.data().panel().economy(c).name(), d.length > 0 ? d[i] : null, scores[pos[i]],
                    Table.rank(ranks[pos[i]]));
        }
        return t.build();
    }
}
