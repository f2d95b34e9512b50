package org.divide.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.divide.core.Grouping;
import org.divide.core.Panel;
import org.divide.core.spec.IndexSpec;
import org.divide.examples.data.DefaultData;
import org.divide.examples.index.AiFoundations;
import org.divide.examples.report.EconomyPage;
import org.divide.examples.report.EconomyPageData;
import org.divide.examples.report.OverTimeFigures;
import org.divide.examples.report.ReportData;
import org.divide.metrics.composite.CompositeIndex;
import org.divide.metrics.composite.IndexResult;
import org.divide.metrics.overtime.IndexSeries;
import org.divide.metrics.profile.EconomyProfile;
import org.divide.metrics.profile.NodeProfile;
import org.divide.metrics.profile.Peers;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The economy pages of {@code divide report --economy}: for each economy one HTML file next to the
 * report ({@code divide-report-KEN.html} for {@code --out divide-report.html}), computed on the index
 * of {@code divide profile} ({@link ProfiledIndex}: the user's spec and data, or the embedded
 * example) with the same profile ({@link ProfiledIndex#profile}, {@link ProfileIntervals}), its peers
 * by every grouping of the data (the World Bank's first; a grouping with the same members as one
 * already shown is left out) and the 5 nearest, the path to the next tier, and the index over time
 * (on the embedded data the example's yearly index, {@link AiFoundations#yearlySpec}).
 */
final class EconomyReport {

    /** The nearest peers shown beside the groups. */
    static final int NEAREST = 5;
    /** The quantile tiers of the profile and of the path, as {@code divide profile}'s default. */
    static final int TIERS = 4;
    /** How many strengths and weaknesses, as {@code divide profile}'s default. */
    static final int TOP = 5;

    private EconomyReport() {
    }

    /**
     * Computes and writes the pages.
     *
     * @param command   the command, for usage errors and its output streams
     * @param source    the spec or iMeta options
     * @param inputs    the data options
     * @param assume    the uncertainty options of the intervals
     * @param runs      the Monte Carlo runs of the intervals, or {@code null} for none
     * @param seed      the seed of the draws
     * @param peers     the peers of the profile (income, region, a grouping, nearest:K)
     * @param out       the report's file; each page is named after it
     * @param economies the economies as given (codes or names, comma lists allowed)
     * @return {@link ExitCodes#OK}
     * @throws IOException if a file cannot be read or written
     * @throws IllegalArgumentException naming the economy when it is not among the index's economies
     */
    static int write(CommandSpec command, IndexSource source, IndexInputs inputs, UncertaintyOptions assume,
            Integer runs, long seed, String peers, Path out, List<String> economies) throws IOException {
        PrintWriter err = command.commandLine().getErr();
        ProfiledIndex index = ProfiledIndex.load(source, inputs, command, err);
        IndexResult result = CompositeIndex.of(index.spec()).run(index.data());
        Set<String> codes = new LinkedHashSet<>();
        for (String given : economies) {
            for (String part : given.split(",")) {
                if (!part.isBlank()) {
                    codes.add(ProfiledIndex.economy(part, result));
                }
            }
        }
        EconomyPageData.OverTime overTime = overTime(index);
        String root = result.spec().framework().root().name();
        String src = index.embedded() ? ReportData.EMBEDDED_SOURCE : "divide, from the user's data";
        PrintWriter stdout = command.commandLine().getOut();
        for (String code : codes) {
            Map<String, NodeProfile.Interval> intervals = runs == null ? Map.of()
                    : ProfileIntervals.of(index, code, runs, seed, assume, command, err);
            EconomyProfile profile = index.profile(result, code, peers, new EconomyProfile.Options(null, NEAREST,
                    index.group(), TOP, TOP, Double.NaN, true, TIERS, intervals));
            EconomyPageData data = EconomyPageData.of(root, result, profile, TIERS, peerSets(index, result, code),
                    overTime, seed, src);
            Path file = pageFile(out, code);
            ReportCommand.writeFile(file, EconomyPage.render(data));
            NodeProfile top = profile.nodes().get(0);
            err.println("divide: economy page of " + code + " in " + result.spec().framework().root().code() + " "
                    + result.year() + ": score " + String.format(java.util.Locale.ROOT, "%.2f", top.score()) + ", rank "
                    + Output.readableRank(Table.rank(top.rank())) + " of "
                    + top.ranked() + "; path " + data.pathNote() + "; over time: " + (data.overTime() == null
                            ? "not shown (" + data.overTimeNote() + ")" : data.overTime().years().length + " years"));
            err.flush();
            stdout.println("Economy page written to " + file.toAbsolutePath() + " (open it in a web browser).");
            stdout.flush();
        }
        return ExitCodes.OK;
    }

    /** The page of one economy: the report's file name with "-CODE" before its extension, beside it. */
    static Path pageFile(Path out, String code) {
        Path fileName = out.getFileName();
        String name = fileName == null ? "divide-report.html" : fileName.toString();
        int dot = name.lastIndexOf('.');
        String page = (dot > 0 ? name.substring(0, dot) : name) + "-" + code + (dot > 0 ? name.substring(dot) : ".html");
        return out.resolveSibling(page);
    }

    /** The peers by every grouping of the data that places the economy, then the nearest. */
    private static List<Peers.Result> peerSets(ProfiledIndex index, IndexResult result, String code) {
        int unit = result.economies().indexOf(code);
        List<Peers.Result> sets = new ArrayList<>();
        List<Grouping> groupings = new ArrayList<>(index.data().groupings().values());
        groupings.sort(java.util.Comparator.comparing(g -> g.name().startsWith("wb-") ? 0 : 1));
        for (Grouping g : groupings) {
            if (g.label(code).isEmpty()) {
                continue;
            }
            Peers.Result p = Peers.inGroup(g, result.economies(), unit);
            if (sets.stream().noneMatch(s -> Arrays.equals(s.positions(), p.positions()))) {
                sets.add(p);
            }
        }
        sets.add(index.peers("nearest:" + NEAREST, result, unit));
        return sets;
    }

    /** The index over time: the embedded example's yearly index, or the user's spec over the years of the data. */
    private static EconomyPageData.OverTime overTime(ProfiledIndex index) throws IOException {
        IndexSpec spec;
        Panel panel;
        List<Grouping> groupings;
        Grouping grouping;
        String what;
        if (index.embedded()) {
            Grouping income = org.divide.core.Economies.worldBank().incomeGroups();
            spec = AiFoundations.yearlySpec(income.name());
            panel = ReportData.embeddedYearly(DefaultData.load().economies());
            groupings = List.of(income);
            grouping = income;
            what = "the embedded example on its " + AiFoundations.YEARLY.size() + " indicators with a yearly series"
                    + " (as 'divide index --over-time'; GAIRI, GenAI use, TOP500 and the governance pillar have one or"
                    + " two years and are left out), so its scores differ from the " + AiFoundations.YEAR + " index";
        } else {
            spec = index.spec();
            panel = index.data().panel();
            groupings = List.copyOf(index.data().groupings().values());
            grouping = index.group() != null ? index.group() : Groups.incomeIfCountries(index.data().groupings(),
                    index.data().economies());
            what = "the index rebuilt for every well-covered year of the data";
        }
        if (panel.yearCount() < 2) {
            return new EconomyPageData.OverTime(null, grouping, what, "the data have " + panel.yearCount() + " year");
        }
        IndexSeries series;
        try {
            series = OverTimeFigures.series(spec, panel, groupings);
        } catch (IllegalArgumentException e) {
            return new EconomyPageData.OverTime(null, grouping, what, "the index could not be built for every year: "
                    + e.getMessage());
        }
        return new EconomyPageData.OverTime(series, grouping, what + ", normalised over all years pooled", series == null
                ? "the data have fewer than two years in which every indicator has values for at least 80% of the"
                        + " economies of its best-covered year" : "");
    }
}
