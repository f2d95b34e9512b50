package org.divide.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.divide.core.Framework;
import org.divide.metrics.profile.NodeProfile;
import org.divide.metrics.uncertainty.Assumption;
import org.divide.metrics.uncertainty.EconomyUncertainty;
import org.divide.metrics.uncertainty.FailurePolicy;
import org.divide.metrics.uncertainty.IndexUncertainty;
import org.divide.metrics.uncertainty.IndexUncertaintyResult;
import org.divide.metrics.uncertainty.UncertaintyAnalysis;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The 5–95 % intervals of an economy's score and rank at every aggregate, from one Monte Carlo
 * uncertainty analysis ({@link IndexUncertainty}) per aggregate as target, as {@code divide profile
 * --runs} and {@code divide report --economy --runs} give them. The assumptions varied are those of
 * {@code --assume-*} ({@link UncertaintyOptions}); on the embedded example without them, the
 * example's own (imputation, winsorisation limit, normalisation, weights).
 */
final class ProfileIntervals {

    private ProfileIntervals() {
    }

    /**
     * The intervals of one economy.
     *
     * @param index   the index
     * @param code    the economy's code
     * @param runs    the Monte Carlo runs
     * @param seed    the seed
     * @param assume  the {@code --assume-*} options
     * @param command the command, for usage errors and to see which options were given
     * @param err     standard error, for the note of what was varied
     * @return node code → interval, one per aggregate
     * @throws IOException if a weight file cannot be read
     */
    static Map<String, NodeProfile.Interval> of(ProfiledIndex index, String code, int runs, long seed,
            UncertaintyOptions assume, CommandSpec command, PrintWriter err) throws IOException {
        List<Assumption> assumptions = new ArrayList<>();
        List<String> described = new ArrayList<>();
        if (index.embedded() && !assumeGiven(command)) {
            assumptions.addAll(index.assumptions());
            described.add("the embedded example's (imputation, winsorisation limit, normalisation, weights)");
        } else {
            try {
                for (UncertaintyOptions.Varied v : assume.assumptions(index.spec(), index.data().groupings().keySet())) {
                    assumptions.add(v.assumption());
                    described.add(v.description());
                }
            } catch (IllegalArgumentException e) {
                throw new ParameterException(command.commandLine(), e.getMessage(), e);
            }
        }
        err.println("divide: intervals from " + runs + " Monte Carlo runs (seed " + seed + ") per aggregate; varied: "
                + String.join("; ", described));
        err.flush();
        Map<String, NodeProfile.Interval> m = new LinkedHashMap<>();
        IndexUncertainty u = IndexUncertainty.of(index.spec(), index.data()).withAssumptions(assumptions)
                .withAnalysis(UncertaintyAnalysis.withDefaults().withSamples(runs).withSeed(seed))
                .withFailurePolicy(FailurePolicy.MISSING);
        Framework f = index.spec().framework();
        for (Framework.Node n : f.nodes()) {
            if (n.level() < 2) {
                continue;
            }
            IndexUncertaintyResult r = u.withTarget(n.code()).monteCarlo();
            EconomyUncertainty e = r.economy(code);
            m.put(n.code(), new NodeProfile.Interval(r.runs() - r.failedRuns(), e.scoreLow(), e.scoreHigh(), e.rankLow(),
                    e.rankHigh()));
        }
        return m;
    }

    /** Whether any option of the uncertainty assumptions was given on the command line. */
    private static boolean assumeGiven(CommandSpec command) {
        return command.commandLine().getParseResult().matchedOptions().stream()
                .anyMatch(o -> o.longestName().startsWith("--assume") || o.longestName().startsWith("--weight")
                        || o.longestName().equals("--drop-one"));
    }
}
