package org.divide.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.divide.core.Panel;
import org.divide.metrics.composite.CompositeIndex;
import org.divide.metrics.composite.IndexResult;
import org.divide.metrics.profile.Change;
import org.divide.metrics.profile.Peers;
import org.divide.metrics.profile.WhatIf;
import org.divide.metrics.profile.WhatIfResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code divide whatif}: indicators of one or several economies changed and the index rebuilt
 * ({@link WhatIf}: exactly, incrementally where the spec allows), every economy's score and rank
 * before and after, and the changes as applied.
 */
@Command(name = "whatif", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"What if an economy's indicators changed? Sets indicators of the --economy (repeatable: the"
                + " same changes for each) and rebuilds the index (same --spec or --meta [--steps], --data and --year"
                + " as 'divide index'; without them, the embedded example index). The rebuild is exact: the same"
                + " scores as 'divide index' on the changed data, bit for bit, normalisation bounds included when the"
                + " change moves the best or worst value.",
            "--set CODE=FORM, FORM one of: VALUE (in the indicator's units), +P%% or -P%% (the current value times"
                    + " 1 +- P/100), peer-median (the median of the peers' values, --peers), pNN (the NNth percentile"
                    + " of performance over all economies, R's type 7: for an indicator where lower is better, the"
                    + " raw (100-NN)th).",
            "Prints every economy, best new rank first: score and rank before and after; then the changes."},
        footer = {"", "Examples:", "  divide whatif --economy KEN --set IT.NET.USER.ZS=+10%%",
            "  divide whatif --economy KEN --set SE.TER.ENRR=p75 --set GB.XPD.RSDV.GD.ZS=peer-median --peers region",
            "  divide whatif --meta ASEM_iMeta.csv --data ASEM_iData.csv --economy IND --set LPI=4"})
final class WhatIfCommand implements Callable<Integer>, EconomyOption.Holder {

    @Spec
    CommandSpec spec;

    @Mixin
    IndexSource source;

    @Mixin
    IndexInputs inputs;

    /** The description of {@code --economy}, installed by {@link EconomyOption}. */
    static final String ECONOMY_HELP = "The economy whose indicators change, by code or name; repeat for several.";

    /** {@code --economy}, installed by {@link EconomyOption}. */
    List<String> economies;

    @Option(names = "--set", required = true, paramLabel = "CODE=FORM",
            description = "An indicator's new value: CODE=VALUE, CODE=+P%%, CODE=-P%%, CODE=peer-median or CODE=pNN;"
                    + " repeat for several (applied in order).")
    List<String> sets;

    @Option(names = "--peers", paramLabel = "income|region|GROUPING|nearest:K", defaultValue = "income",
            description = "For peer-median. " + ProfiledIndex.PEERS_HELP)
    String peers;

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
        ProfiledIndex index = ProfiledIndex.load(source, inputs, spec, err);
        WhatIf whatIf = WhatIf.of(CompositeIndex.of(index.spec()), index.data());
        IndexResult base = whatIf.base();
        List<Change> changes = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (String e : economies) {
            String code = ProfiledIndex.economy(e, base);
            codes.add(code);
            for (String set : sets) {
                changes.add(parse(set, code, index, base));
            }
        }
        WhatIfResult r = whatIf.apply(changes);
        describe(r, base, codes, err);
        List<Table> tables = List.of(scores(r, base), changes(r, base));
        format.emit(tables, Output.sources(index.fetched()));
        return ExitCodes.OK;
    }

    /** Parses {@code CODE=FORM} for an economy. */
    private Change parse(String set, String economy, ProfiledIndex index, IndexResult base) {
        int eq = set.indexOf('=');
        if (eq <= 0 || eq == set.length() - 1) {
            throw new ParameterException(spec.commandLine(), "--set " + set + ": write CODE=VALUE, CODE=+P%, CODE=-P%,"
                    + " CODE=peer-median or CODE=pNN");
        }
        String code = set.substring(0, eq).strip();
        String form = set.substring(eq + 1).strip().toLowerCase(Locale.ROOT);
        try {
            if (form.equals("peer-median")) {
                Peers.Result p = index.peers(peers, base, base.economies().indexOf(economy));
                List<String> peerCodes = new ArrayList<>();
                for (int q : p.positions()) {
                    peerCodes.add(base.economies().get(q));
                }
                return new Change(economy, code, new Change.ToPeerMedian(peerCodes));
            }
            if (form.matches("p\\d+(\\.\\d+)?")) {
                return new Change(economy, code, new Change.ToPercentile(Double.parseDouble(form.substring(1))));
            }
            if (form.endsWith("%")) {
                return new Change(economy, code, new Change.ByPercent(Double.parseDouble(form.substring(0,
                        form.length() - 1))));
            }
            return new Change(economy, code, new Change.ToValue(Double.parseDouble(form)));
        } catch (NumberFormatException e) {
            throw new ParameterException(spec.commandLine(), "--set " + set + ": '" + form + "' is not a number, +P%,"
                    + " -P%, peer-median or pNN", e);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--set " + set + ": " + e.getMessage(), e);
        }
    }

    /** Says on standard error what was rebuilt, how, and what it did to the changed economies. */
    private static void describe(WhatIfResult r, IndexResult base, List<String> codes, PrintWriter err) {
        double[] rb = r.ranksBefore();
        double[] ra = r.ranksAfter();
        double[] sb = r.indexBefore();
        double[] sa = r.indexAfter();
        err.println("divide: what-if on " + base.spec().framework().root().code() + " " + base.year() + ", "
                + base.economies().size() + " economies, " + r.changes().size() + " change"
                + (r.changes().size() == 1 ? "" : "s") + "; rebuilt " + (r.incremental()
                        ? "incrementally (only what depends on the change)" : "through the whole pipeline")
                + "; competition ranks (ties share the best rank)");
        for (String c : codes) {
            int e = base.economies().indexOf(c);
            err.println(String.format(Locale.ROOT, "divide: %s: score %.2f -> %.2f, rank %s -> %s", c, sb[e], sa[e],
                    Output.readableRank(Table.rank(rb[e])), Output.readableRank(Table.rank(ra[e]))));
        }
        err.flush();
    }

    /** Every economy, best new rank first: score and rank before and after. */
    private static Table scores(WhatIfResult r, IndexResult base) {
        Panel panel = base.data().panel();
        double[] rb = r.ranksBefore();
        double[] ra = r.ranksAfter();
        double[] sb = r.indexBefore();
        double[] sa = r.indexAfter();
        List<Integer> order = new ArrayList<>();
        for (int e = 0; e < sa.length; e++) {
            order.add(e);
        }
        order.sort(Comparator.comparingDouble((Integer e) -> Double.isNaN(ra[e]) ? Double.MAX_VALUE : ra[e]));
        Table.Builder t = new Table.Builder("whatif", List.of("economy", "name", "score_before", "score_after",
                "score_change", "rank_before", "rank_after", "rank_change"));
        for (int e : order) {
            String c = r.economies().get(e);
            t.add(c, panel.economy(c).name(), sb[e], sa[e], sa[e] - sb[e], Table.rank(rb[e]), Table.rank(ra[e]),
                    Table.rank(rb[e] - ra[e]));
        }
        return t.build();
    }

    /** The changes as applied. */
    private static Table changes(WhatIfResult r, IndexResult base) {
        Table.Builder t = new Table.Builder("changes", List.of("economy", "indicator", "asked", "value_before",
                "value_after"));
        for (WhatIfResult.Applied a : r.changes()) {
            t.add(a.change().economy(), a.change().indicator(), describe(a.change().target()), a.before(), a.after());
        }
        return t.build();
    }

    private static String describe(Change.Target t) {
        if (t instanceof Change.ToValue v) {
            return "value " + v.value();
        } else if (t instanceof Change.ByPercent p) {
            return (p.percent() >= 0 ? "+" : "") + p.percent() + "%";
        } else if (t instanceof Change.ToPeerMedian m) {
            return "peer median (" + m.peers().size() + " peers)";
        }
        return "p" + ((Change.ToPercentile) t).percentile();
    }
}
