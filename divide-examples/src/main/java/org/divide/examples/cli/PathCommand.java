package org.divide.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.divide.metrics.composite.CompositeIndex;
import org.divide.metrics.composite.IndexResult;
import org.divide.metrics.profile.ImprovementPath;
import org.divide.metrics.profile.PathTarget;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code divide path}: the smallest improvement of an economy's normalised indicator scores that
 * lifts it to a target index score, rank or tier ({@link ImprovementPath}: a linear programme
 * solved by commons-math3's simplex, exact for weighted arithmetic means; for geometric, harmonic,
 * generalised means and medians the method of {@link ImprovementPath.Method} with a lower bound on
 * the optimal cost and the gap), optionally weighted by a cost per indicator; per indicator its
 * current and target score, in normalised units and, for min-max normalisation, in its own units.
 */
@Command(name = "path", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"The improvement path of an economy: the smallest rise of its normalised indicator scores"
                + " (sum of the rises, each times its --cost, default 1) that lifts its index score to a target"
                + " (same --spec or --meta [--steps], --data and --year as 'divide index'; without them, the embedded"
                + " example index). Each indicator may rise up to the frontier (the best score among the economies),"
                + " so the normalisation's bounds and every other economy's score stay put (an indicator where the economy"
                + " alone holds the minimum is not raised). Weighted arithmetic means: a linear programme solved by the"
                + " simplex method, exact. Geometric, harmonic and generalised means of order <= 1 (the index is"
                + " concave): an interior point method, with a lower bound on the optimal cost from the tangent plane"
                + " at the path. Orders >= 1: every edge of the box (exact) up to 12 indicators, else greedy; a median"
                + " or orders on both sides of 1: the same search with a slope lower bound. The notes give the"
                + " method, the lower bound and the relative gap.",
            "--target-rank N: pass the economy now N-th among the others (competition ranks: ties share the best"
                    + " rank); --target-tier T: exceed the lower threshold of quantile tier T of --tiers (1 the top);"
                    + " --target-score S. The path exceeds the target score by 1e-9. An unreachable target is said"
                    + " with the best reachable score (every indicator at the frontier).",
            "Prints per indicator the current and target normalised score, the change and its cost, and for"
                    + " min-max normalisation the values in the indicator's own units; then the score and rank"
                    + " reached."},
        footer = {"", "Examples:", "  divide path --economy KEN --target-rank 20",
            "  divide path --economy KEN --target-tier 2 --cost IT.NET.USER.ZS=2",
            "  divide path --meta ASEM_iMeta.csv --data ASEM_iData.csv --economy IND --target-score 55"})
final class PathCommand implements Callable<Integer>, EconomyOption.Holder {

    @Spec
    CommandSpec spec;

    @Mixin
    IndexSource source;

    @Mixin
    IndexInputs inputs;

    /** The description of {@code --economy}, installed by {@link EconomyOption}. */
    static final String ECONOMY_HELP = "The economy to lift, by code or name.";

    /** {@code --economy}, installed by {@link EconomyOption}. */
    List<String> economies;

    /** Exactly one target. */
    static final class Target {
        @Option(names = "--target-rank", paramLabel = "N", required = true,
                description = "The competition rank to reach (1 the best).")
        Integer rank;

        @Option(names = "--target-score", paramLabel = "S", required = true,
                description = "The index score to reach, in normalised units.")
        Double score;

        @Option(names = "--target-tier", paramLabel = "T", required = true,
                description = "The quantile tier to reach (1 the top of --tiers).")
        Integer tier;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    @Option(names = "--tiers", paramLabel = "T", defaultValue = "4",
            description = "With --target-tier: how many quantile tiers (default: ${DEFAULT-VALUE}, quartiles).")
    int tiers;

    @Option(names = "--cost", paramLabel = "CODE=C",
            description = "The cost of one normalised unit of an indicator (>= 0; default 1); repeat for several.")
    List<String> costs;

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
        if (economies.size() != 1) {
            throw new ParameterException(spec.commandLine(), "--economy: one economy per path (given "
                    + economies.size() + ": " + String.join(", ", economies) + ")");
        }
        PathTarget goal;
        try {
            goal = target.rank != null ? new PathTarget.Rank(target.rank) : target.score != null
                    ? new PathTarget.Score(target.score) : new PathTarget.Tier(target.tier, tiers);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        Map<String, Double> cost = parseCosts();
        ProfiledIndex index = ProfiledIndex.load(source, inputs, spec, err);
        IndexResult result = CompositeIndex.of(index.spec()).run(index.data());
        String code = ProfiledIndex.economy(economies.get(0), result);
        ImprovementPath.Result p;
        try {
            p = ImprovementPath.of(result, code, goal, cost, Map.of());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        describe(p, result, err);
        List<Table> tables = List.of(steps(p), summary(p));
        format.emit(tables, Output.sources(index.fetched()));
        return ExitCodes.OK;
    }

    private Map<String, Double> parseCosts() {
        Map<String, Double> m = new LinkedHashMap<>();
        for (String c : costs == null ? List.<String>of() : costs) {
            int eq = c.indexOf('=');
            if (eq <= 0 || eq == c.length() - 1) {
                throw new ParameterException(spec.commandLine(), "--cost " + c + ": write CODE=C");
            }
            try {
                m.put(c.substring(0, eq).strip(), Double.parseDouble(c.substring(eq + 1).strip()));
            } catch (NumberFormatException e) {
                throw new ParameterException(spec.commandLine(), "--cost " + c + ": '" + c.substring(eq + 1)
                        + "' is not a number", e);
            }
        }
        return m;
    }

    private static String describeTarget(PathTarget t) {
        if (t instanceof PathTarget.Rank r) {
            return "rank " + r.rank();
        } else if (t instanceof PathTarget.Score s) {
            return "score " + s.score();
        }
        PathTarget.Tier tier = (PathTarget.Tier) t;
        return "tier " + tier.tier() + " of " + tier.tiers();
    }

    /** Says on standard error what was aimed at and what the path does. */
    private static void describe(ImprovementPath.Result p, IndexResult result, PrintWriter err) {
        String name = result.data().panel().economy(p.economy()).name();
        err.println(String.format(Locale.ROOT, "divide: path of %s (%s) in %s %d to %s (target score %.4f):"
                + " now score %.2f, rank %d; competition ranks (ties share the best rank)", p.economy(), name,
                result.spec().framework().root().code(), result.year(), describeTarget(p.target()),
                p.targetScore(), p.currentScore(), p.currentRank()));
        if (!p.feasible()) {
            err.println(String.format(Locale.ROOT, "divide: the target is out of reach: with every indicator at the"
                    + " frontier the score is at most %.4f (rank %d); the table shows that path", p.bestScore(),
                    p.rank()));
        } else if (p.changed().isEmpty()) {
            err.println("divide: already there: no change needed");
        } else {
            err.println(String.format(Locale.ROOT, "divide: %d indicator%s raised, total cost %.4f normalised"
                    + " units: score %.4f, rank %d%s%s", p.changed().size(), p.changed().size() == 1 ? "" : "s",
                    p.totalCost(), p.score(), p.rank(), p.tied() > 0 ? " (tied with " + p.tied() + ")" : "",
                    p.tier() > 0 ? ", tier " + p.tier() : ""));
        }
        if (p.feasible() && !p.changed().isEmpty() && p.method() != ImprovementPath.Method.SIMPLEX) {
            err.println(String.format(Locale.ROOT, "divide: method %s: the optimal cost lies in [%.6f, %.6f],"
                    + " relative gap %.2e%s", p.method().label(), p.lowerBound(), p.totalCost(), p.gap(),
                    p.gap() <= 1e-9 ? "" : " (the path may not be the cheapest)"));
        }
        if (!p.alternatives().isEmpty()) {
            err.println("divide: the optimum is not unique: " + String.join(", ", p.alternatives())
                    + " give the same rise per unit of cost");
        }
        err.flush();
    }

    /** Every indicator: current and target, normalised and in its own units. */
    private static Table steps(ImprovementPath.Result p) {
        Table.Builder t = new Table.Builder("path", List.of("indicator", "current", "target", "change", "frontier",
                "gain", "cost", "value_current", "value_target"));
        List<ImprovementPath.Step> order = new ArrayList<>(p.steps());
        order.sort((a, b) -> Double.compare(b.change(), a.change()));
        for (ImprovementPath.Step s : order) {
            t.add(s.indicator(), s.current(), s.target(), s.change(), s.bound(), s.gain(), s.cost(), s.rawCurrent(),
                    s.rawTarget());
        }
        return t.build();
    }

    /** The outcome in one row. */
    private static Table summary(ImprovementPath.Result p) {
        Table.Builder t = new Table.Builder("reached", List.of("economy", "target", "target_score", "feasible",
                "score_before", "rank_before", "score_after", "rank_after", "tied", "tier_after", "best_reachable", "total_cost", "lower_bound", "gap",
                "method"));
        t.add(p.economy(), describeTarget(p.target()), p.targetScore(), p.feasible() ? "yes" : "no", p.currentScore(),
                Table.rank(p.currentRank()), p.score(), Table.rank(p.rank()), p.tied(),
                p.tier() == 0 ? "-" : Integer.toString(p.tier()), p.bestScore(), p.totalCost(), p.lowerBound(), p.gap(),
                p.method().label());
        return t.build();
    }
}
