package org.divide.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.divide.core.Economies;
import org.divide.core.Economy;
import org.divide.core.Grouping;
import org.divide.core.Panel;
import org.divide.core.spec.IndexSpec;
import org.divide.examples.data.DefaultData;
import org.divide.examples.index.AiFoundations;
import org.divide.io.fetch.Provenance;
import org.divide.metrics.composite.IndexData;
import org.divide.metrics.composite.IndexResult;
import org.divide.metrics.profile.EconomyProfile;
import org.divide.metrics.profile.Peers;
import org.divide.metrics.uncertainty.Assumption;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The index that {@code divide profile} and {@code divide whatif} work on: the user's
 * ({@code --spec} or {@code --meta [--steps]} with {@code --data}, as {@code divide index}), or,
 * without them, the embedded "AI foundations" example ({@link AiFoundations}); with the World
 * Bank's income groups and regions as groupings ({@value Groups#WB_INCOME}, {@value Groups#WB_REGION})
 * for peers. Also finds an economy given by code or name, naming close matches when it is not
 * among the economies of the index, and the peers of {@code --peers}.
 *
 * @param spec        the spec
 * @param data        the data of the year built
 * @param group       the grouping of {@code --group}, or {@code null}
 * @param embedded    whether the embedded example is used
 * @param assumptions the assumptions an uncertainty analysis varies for the embedded example
 *                    (empty for the user's index: {@link UncertaintyOptions} says)
 * @param fetched     the provenance of the series fetched from providers (empty without fetches)
 */
record ProfiledIndex(IndexSpec spec, IndexData data, Grouping group, boolean embedded, List<Assumption> assumptions,
        List<Provenance> fetched) {

    /** The help of {@code --peers}. */
    static final String PEERS_HELP = "The peers: income (the economy's World Bank income group), region (its World"
            + " Bank region), a grouping of --group or of the data by name, or nearest:K (the K economies nearest by"
            + " normalised indicator profile, Euclidean). Default: ${DEFAULT-VALUE}.";

    /**
     * Loads the index.
     *
     * @param source  the spec or iMeta options
     * @param inputs  the data options
     * @param command the command, for usage errors
     * @param err     standard error, for notes
     * @return the index to build
     * @throws IOException if a file cannot be read
     */
    static ProfiledIndex load(IndexSource source, IndexInputs inputs, CommandSpec command, PrintWriter err)
            throws IOException {
        if (!source.given()) {
            if (inputs.dataOptions.files != null && !inputs.dataOptions.files.isEmpty()) {
                throw new ParameterException(command.commandLine(), "--data goes with --spec or --meta (the framework"
                        + " of the index); without them the embedded example is used");
            }
            if (inputs.year != null) {
                throw new ParameterException(command.commandLine(), "--year: the embedded example is built as of "
                        + AiFoundations.YEAR + " (each indicator's latest value since " + AiFoundations.FIRST_YEAR + ")");
            }
            Panel economies = DefaultData.load().economies();
            IndexData data = AiFoundations.data(economies);
            String imputeBy = data.groupings().keySet().iterator().next();
            data = data.withGrouping(Groups.resolve(Groups.WB_INCOME, null, null))
                    .withGrouping(Groups.resolve(Groups.WB_REGION, null, null));
            Grouping group = inputs.group == null ? null : Groups.resolve(inputs.group, inputs.groupYear, null);
            if (group != null) {
                data = data.withGrouping(group);
            }
            err.println("divide: the embedded example index " + AiFoundations.INDEX + " (AI foundations, as of "
                    + AiFoundations.YEAR + "; not the IMF's AIPI): " + data.economies().size() + " economies reporting"
                    + " at least " + AiFoundations.MIN_INDICATORS + " of 10 indicators; give --spec/--meta and --data"
                    + " for your own");
            err.flush();
            return new ProfiledIndex(AiFoundations.spec(imputeBy), data, group, true,
                    AiFoundations.assumptions(imputeBy), List.of());
        }
        IndexSource.Resolved resolved;
        try {
            resolved = source.resolve();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(command.commandLine(), e.getMessage(), e);
        }
        IndexInputs.Loaded loaded = inputs.load(resolved.spec(), resolved.groupColumns(), err);
        err.println("divide: index " + loaded.spec().framework().root().code() + " built for " + loaded.data().year()
                + (inputs.year != null ? " (--year)" : " (" + IndexCommand.LATEST + ")") + ": "
                + loaded.data().economies().size() + " economies, " + loaded.spec().framework().indicatorCodes().size()
                + " indicators");
        err.flush();
        return new ProfiledIndex(loaded.spec(), loaded.data(), loaded.group(), false, List.of(), loaded.fetched());
    }

    /**
     * Finds an economy of the index by code or name.
     *
     * @param codeOrName what the user typed
     * @param result     the index built
     * @return the economy's code
     * @throws IllegalArgumentException naming close matches when it is not among the index's economies
     */
    static String economy(String codeOrName, IndexResult result) {
        List<String> codes = result.economies();
        String typed = codeOrName.strip();
        for (String c : codes) {
            if (c.equalsIgnoreCase(typed)) {
                return c;
            }
        }
        Panel panel = result.data().panel();
        for (String c : codes) {
            if (panel.economy(c).name().equalsIgnoreCase(typed)) {
                return c;
            }
        }
        Optional<Economy> known = Economies.worldBank().find(typed);
        if (known.isPresent() && codes.contains(known.get().code())) {
            return known.get().code();
        }
        List<String> close = new ArrayList<>();
        String lower = typed.toLowerCase(Locale.ROOT);
        for (String c : codes) {
            String name = panel.economy(c).name();
            if (distance(c.toLowerCase(Locale.ROOT), lower) <= 1 || distance(name.toLowerCase(Locale.ROOT), lower) <= 2
                    || (lower.length() >= 3 && name.toLowerCase(Locale.ROOT).contains(lower))) {
                close.add(c + " (" + name + ")");
            }
        }
        String why = known.isPresent() ? known.get().code() + " (" + known.get().name() + ") is not among the "
                + codes.size() + " economies of the index in " + result.year()
                : "no economy " + typed + " among the " + codes.size() + " economies of the index in " + result.year();
        return fail(why + (close.isEmpty() ? "" : "; close matches: " + String.join(", ",
                close.subList(0, Math.min(5, close.size())))));
    }

    private static String fail(String message) {
        throw new IllegalArgumentException(message);
    }

    /**
     * The peers of {@code --peers}.
     *
     * @param peers  income, region, a grouping's name or nearest:K
     * @param result the index built
     * @param unit   the economy's position
     * @return the peers
     * @throws IllegalArgumentException if the choice is not understood or the economy has no group
     */
    Peers.Result peers(String peers, IndexResult result, int unit) {
        String p = peers.strip();
        if (p.toLowerCase(Locale.ROOT).startsWith("nearest")) {
            int k;
            try {
                k = p.contains(":") ? Integer.parseInt(p.substring(p.indexOf(':') + 1).strip()) : 5;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--peers " + peers + ": nearest:K takes a whole number K >= 1", e);
            }
            if (k < 1) {
                throw new IllegalArgumentException("--peers " + peers + ": K must be at least 1");
            }
            List<String> leaves = spec.framework().indicatorCodes();
            double[][] cols = new double[leaves.size()][];
            for (int i = 0; i < cols.length; i++) {
                cols[i] = result.scores(leaves.get(i));
            }
            return Peers.nearest(cols, unit, k);
        }
        String name = groupingName(p);
        if (!data.groupings().containsKey(name)) {
            throw new IllegalArgumentException("--peers " + peers + ": use income, region, nearest:K or a grouping of"
                    + " the data (" + String.join(", ", data.groupings().keySet()) + ")");
        }
        return Peers.inGroup(data.grouping(name), result.economies(), unit);
    }

    /**
     * Profiles an economy with the peers of {@code --peers}: the options' peer rule is replaced by
     * that choice (a grouping's group, or the K nearest).
     *
     * @param result  the index built
     * @param code    the economy's code
     * @param peers   income, region, a grouping's name or nearest:K
     * @param options the other options of the profile
     * @return the profile
     * @throws IllegalArgumentException if the peers cannot be found
     */
    EconomyProfile profile(IndexResult result, String code, String peers, EconomyProfile.Options options) {
        Peers.Result peerSet = peers(peers, result, result.economies().indexOf(code));
        EconomyProfile.Options o = peerSet.distances().length > 0 ? options.withNearest(peerSet.positions().length)
                : options.withPeerGroup(data.grouping(groupingName(peers)));
        return EconomyProfile.of(result, code, o);
    }

    /** The grouping's name of a {@code --peers} choice that is not nearest:K. */
    private static String groupingName(String peers) {
        String p = peers.strip();
        return p.equalsIgnoreCase("income") ? Groups.WB_INCOME : p.equalsIgnoreCase("region") ? Groups.WB_REGION : p;
    }

    /** The Levenshtein distance, for close matches of a mistyped code. */
    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1),
                        prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
