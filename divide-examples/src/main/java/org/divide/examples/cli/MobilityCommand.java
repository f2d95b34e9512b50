package org.divide.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import java.util.HashMap;
import java.util.Map;

import org.divide.core.Economies;
import org.divide.core.Economy;
import org.divide.io.fetch.Provenance;
import org.divide.metrics.composite.NormalisationScope;
import org.divide.metrics.mobility.MarkovChain;
import org.divide.metrics.overtime.IndexSeries;
import org.divide.metrics.uncertainty.PanelUncertainty;
import org.divide.metrics.uncertainty.UncertaintyAnalysis;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code divide mobility}: a Markov chain of economies moving between quantile classes of an
 * indicator, or between World Bank income groups, over years, with giddy's conventions, its
 * mobility indices, Kendall's τ between the first and last year, and who moved up or down; or
 * between quantile classes of a composite index's scores over time ({@code --index}), the movers
 * then with the Monte Carlo intervals of their scores ({@code --runs}).
 */
@Command(name = "mobility", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Mobility of economies between classes over years: the transition counts and"
                + " probabilities of a Markov chain, its steady state, mean first passage and sojourn times,"
                + " Shorrocks', Prais' and other mobility indices, Kendall's tau from the first to the last year,"
                + " and the economies that moved up or down a class. Conventions of PySAL giddy and mapclassify.",
            "Classes: the --classes quantiles of --value in each year (ties can merge classes, as mapclassify),"
                    + " or of all years pooled (--pooled); or --tiers wb-income, the World Bank income group of"
                    + " each fiscal year (no --data needed).",
            "--index: classes of a composite index's scores built for every year (as 'divide index --over-time',"
                    + " global normalisation; --spec or --meta [--steps] with --data, or the embedded AI foundations);"
                    + " with --runs N the movers carry the 5-95%% intervals of their scores in the first and last year"
                    + " from N Monte Carlo runs (the assumptions of 'divide uncertainty'), and a move lying inside both"
                    + " intervals' overlap is marked as possibly noise.",
            "Same sample in every year: World Bank aggregates and unknown codes are excluded (--keep-aggregates),"
                    + " the years with values for fewer than 80%% of the most economies in any year are left out,"
                    + " and only the economies with a value in every remaining year are kept (--no-balanced keeps"
                    + " them all); every exclusion is noted on standard error. One step of the chain is from one"
                    + " year of the sample to the next."},
        footer = {"", "Examples:", "  divide mobility --data owid_IT.NET.USER.ZS_share_internet.csv --classes 5"
                + " --from 2010 --to 2020", "  divide mobility --tiers wb-income --from 2000 --to 2026",
            "  divide mobility --index --classes 4 --runs 200"})
final class MobilityCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SampleColumns columns;

    @Option(names = "--classes", paramLabel = "K", defaultValue = "5",
            description = "The number of quantile classes (default: ${DEFAULT-VALUE}, quintiles).")
    int k;

    @Option(names = "--pooled",
            description = "Quantile bounds of all years pooled, the same in every year (absolute classes that can"
                    + " fill or empty), instead of each year's own quantiles (relative classes).")
    boolean pooled;

    @Option(names = "--tiers", paramLabel = "wb-income",
            description = "Classes from the World Bank income groups (L, LM, UM, H) of each fiscal year instead of"
                    + " quantiles of --value; --from/--to are fiscal years " + Economies.FIRST_FISCAL_YEAR + "-"
                    + Economies.FISCAL_YEAR + ", --economies selects economies.")
    String tiers;

    @Option(names = "--balanced", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Same sample in every year (default): leave out the years with values for fewer than 80%%"
                    + " of the most economies in any year, then keep the economies with a value in every remaining"
                    + " year. --no-balanced classifies every economy in every year it has a value and counts the"
                    + " transitions between consecutive years where both are observed.")
    boolean balanced;

    @Option(names = "--fill-empty-classes",
            description = "A class that is never left (no observed transition from it) stays where it is"
                    + " (p_ii = 1, giddy's fill_empty_classes), so that steady states and passage times exist.")
    boolean fill;

    @Option(names = "--index",
            description = "Classes of a composite index's scores built for every year (--spec or --meta [--steps] with"
                    + " --data; without them the embedded AI foundations) instead of an indicator's values.")
    boolean index;

    @Mixin
    IndexSource source;

    @Option(names = "--runs", paramLabel = "N",
            description = "With --index: the 5-95%% intervals of the movers' scores from N Monte Carlo runs over the"
                    + " assumptions of 'divide uncertainty', each run rebuilding every year. Costly: none by default.")
    Integer runs;

    @Option(names = "--seed", paramLabel = "S",
            description = "With --runs: the seed of the Monte Carlo runs (default: " + UncertaintyAnalysis.DEFAULT_SEED
                    + ").")
    Long seed;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        format.check(err);
        Integer from = columns.data.fromYear();
        Integer to = columns.data.toYear;
        if (from != null && to != null && from >= to) {
            throw new ParameterException(spec.commandLine(), "--from must be before --to: " + from + " >= " + to);
        }
        if (k < 2) {
            throw new ParameterException(spec.commandLine(), "--classes must be at least 2: " + k);
        }
        if (columns.weight != null) {
            throw new ParameterException(spec.commandLine(), "--weight: mobility counts economies; it takes no"
                    + " weights");
        }
        if (runs != null && runs < 2) {
            throw new ParameterException(spec.commandLine(), "--runs must be at least 2: " + runs);
        }
        if (seed != null && runs == null) {
            throw new ParameterException(spec.commandLine(), "--seed goes with --runs");
        }
        if (!index && (this.source.given() || this.source.steps != null)) {
            throw new ParameterException(spec.commandLine(), "--spec, --meta and --steps go with --index");
        }
        List<String> notes = new ArrayList<>();
        MobilityClasses c;
        String source;
        Map<String, PanelUncertainty.Interval> intervals = null;
        List<Provenance> fetched = List.of();
        if (index) {
            if (tiers != null || columns.value != null) {
                throw new ParameterException(spec.commandLine(), "--index classes the index's scores; it goes"
                        + " without --tiers and --value");
            }
            IndexTrend.Options options = new IndexTrend.Options(NormalisationScope.GLOBAL, null, 4, List.of(),
                    runs == null ? 0 : runs, seed == null ? UncertaintyAnalysis.DEFAULT_SEED : seed);
            IndexTrend.Inputs in = indexInputs(err);
            fetched = in.fetched();
            IndexSeries series = IndexTrend.build(in, options);
            c = MobilityClasses.ofIndex(series, k, pooled, balanced, notes);
            source = "index " + series.nodes().get(0);
            err.println("divide: " + source + " built for " + series.years()[0] + "-"
                    + series.years()[series.years().length - 1] + " with global normalisation, from " + in.source());
            if (runs != null) {
                intervals = new HashMap<>();
                for (PanelUncertainty.Interval i : IndexTrend.intervals(in, options, series, err).intervals()) {
                    intervals.put(i.economy() + "@" + i.year(), i);
                }
            }
        } else if (tiers != null) {
            c = incomeTiers(from, to, notes);
            source = "World Bank income groups";
        } else {
            Sample sample = SampleReader.read(columns, null, null, System.in);
            if (!sample.yearly() || !sample.panel()) {
                throw new IllegalArgumentException(sample.source() + ": mobility needs a column of economies and"
                        + " one of years with one row per economy and year; give --economy-column and"
                        + " --year-column");
            }
            sample.requireUnique();
            sample.years(from, to, balanced);
            c = MobilityClasses.quantiles(sample, k, pooled, notes);
            source = sample.source();
            fetched = sample.fetched();
            sample.printNotes(err);
        }
        if (runs != null && !index) {
            notes.add("--runs: intervals are not available: mobility runs here on "
                    + (tiers != null ? "income groups" : "an indicator") + ", not on an index built from a spec;"
                    + " --index classes an index's scores and gives them");
        }
        if (c.years.length < 2) {
            throw new IllegalArgumentException(source + ": one year only (" + c.years[0] + ") in the balanced panel;"
                    + " mobility needs two (widen --from/--to)");
        }
        if (c.economies.size() < 2) {
            throw new IllegalArgumentException(source + ": " + c.economies.size() + " economy in the balanced panel;"
                    + " mobility needs two or more");
        }
        MarkovChain chain = MarkovChain.of(c.classes, c.labels.size());
        if (fill) {
            chain = chain.withEmptyClassesFilled();
        }
        int[] empty = chain.emptyClasses();
        if (empty.length > 0 && !fill) {
            List<String> names = new ArrayList<>();
            for (int e : empty) {
                names.add(c.labels.get(e));
            }
            notes.add("no economy left " + String.join(", ", names) + " (no observed transition from it): no"
                    + " steady state or passage times; --fill-empty-classes keeps such a class in place");
        }
        noteSteps(c, notes);
        for (String n : notes) {
            err.println("divide: " + source + ": " + n);
        }
        err.flush();
        List<Table> tables = MobilityTables.of(c, chain, empty.length == 0 || fill, intervals);
        format.emit(tables, Output.sources(fetched));
        return ExitCodes.OK;
    }

    /** The index's spec and panel: the user's files, or the embedded AI foundations over time. */
    private IndexTrend.Inputs indexInputs(PrintWriter err) throws IOException {
        if (!source.given()) {
            if (columns.data.given() || source.steps != null) {
                throw new ParameterException(spec.commandLine(), "--data and --steps go with --spec or --meta; without"
                        + " them --index builds the embedded AI foundations");
            }
            OverTimeOptions embedded = new OverTimeOptions();
            embedded.command = spec;
            return embedded.embedded(columns.data);
        }
        IndexSource.Resolved resolved;
        try {
            resolved = source.resolve();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        IndexInputs inputs = new IndexInputs();
        inputs.dataOptions = columns.data;
        IndexInputs.LoadedPanel l = inputs.loadPanel(resolved.spec(), resolved.groupColumns(), err);
        return new IndexTrend.Inputs(l.spec(), l.panel(), l.groupings(), l.group(), l.source(), l.fetched());
    }

    private MobilityClasses incomeTiers(Integer from, Integer to, List<String> notes) throws IOException {
        if (!tiers.toLowerCase(Locale.ROOT).equals(Groups.WB_INCOME)) {
            throw new ParameterException(spec.commandLine(), "--tiers " + tiers + ": the one built-in tiering is "
                    + Groups.WB_INCOME + "; for quantile classes give --value and --classes");
        }
        if (pooled) {
            throw new ParameterException(spec.commandLine(), "--pooled goes with quantile classes, not --tiers");
        }
        if (columns.data.given() || columns.value != null) {
            throw new ParameterException(spec.commandLine(), "--tiers " + Groups.WB_INCOME + " uses the World"
                    + " Bank's classification, not --data/--value; --economies selects economies");
        }
        int first = from == null ? Economies.FIRST_FISCAL_YEAR : from;
        int last = to == null ? Economies.FISCAL_YEAR : to;
        for (int y : new int[] {first, last}) {
            if (y < Economies.FIRST_FISCAL_YEAR || y > Economies.FISCAL_YEAR) {
                throw new ParameterException(spec.commandLine(), "--tiers " + Groups.WB_INCOME + ": the fiscal"
                        + " years run from " + Economies.FIRST_FISCAL_YEAR + " to " + Economies.FISCAL_YEAR + ": "
                        + y);
            }
        }
        Economies registry = Economies.worldBank();
        List<Economy> economies = registry.classified();
        if (columns.data.economies != null) {
            List<String> names = columns.data.economies;
            Path file = Path.of(names.get(0).strip());
            if (names.size() == 1 && Files.isRegularFile(file)) {
                names = Files.readAllLines(file).stream().map(String::strip).filter(l -> !l.isEmpty()
                        && !l.startsWith("#")).toList();
            }
            List<Economy> chosen = new ArrayList<>();
            for (String name : names) {
                chosen.add(registry.find(name).orElseThrow(() -> new IllegalArgumentException("--economies "
                        + name + ": no such economy")));
            }
            economies = chosen;
        }
        return MobilityClasses.incomeGroups(registry, economies, first, last, notes);
    }

    private static void noteSteps(MobilityClasses c, List<String> notes) {
        int first = c.years[1] - c.years[0];
        for (int t = 2; t < c.years.length; t++) {
            if (c.years[t] - c.years[t - 1] != first) {
                notes.add("the years of the sample are unevenly spaced: a step of the chain runs from one year of"
                        + " the sample to the next, whatever the gap");
                return;
            }
        }
        if (first != 1) {
            notes.add("one step of the chain is " + first + " years (the spacing of the sample's years)");
        }
    }
}
