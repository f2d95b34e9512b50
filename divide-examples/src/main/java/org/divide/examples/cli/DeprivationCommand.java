package org.divide.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import org.divide.core.Economy;
import org.divide.core.Grouping;
import org.divide.examples.report.Coverage;
import org.divide.metrics.deprivation.AlkireFoster;
import org.divide.metrics.deprivation.Dimension;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code divide deprivation}: the Alkire–Foster counting measures across economies over several
 * indicators, each with its deprivation cut-off; population-weighted, by group, by dimension and
 * over every poverty cut-off k.
 */
@Command(name = "deprivation", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Multidimensional deprivation of economies by the Alkire-Foster method: an economy is"
                + " deprived in an indicator when its value is below the indicator's --cutoff (above it with"
                + " --deprived-above); its deprivation score is the weighted share of the indicators in which it"
                + " is deprived (weights summing to 1), and it is deprived overall when the score reaches --k.",
            "Prints H (the share deprived overall), A (their mean score), M0 = H*A (and M1, M2 on the normalised"
                    + " gaps when every indicator is deprived below a positive cut-off), weighted by --weight"
                    + " (e.g. population); the censored headcount and contribution of each indicator; with"
                    + " --group, M0 by group (the population-weighted group M0s add up to M0); the measures at"
                    + " every k; and every economy's score.",
            "One year (--year, or the latest year in which at least 80%% of the most economies of any year have"
                    + " every indicator). Economies without a value in every indicator (or a weight) are left out;"
                    + " World Bank aggregates and unknown codes are excluded (--keep-aggregates). Every exclusion"
                    + " is noted on standard error."},
        footer = {"", "Example:", "  divide deprivation --data wdi_IT.NET.BBND.P2.csv --data wdi_IT.CEL.SETS.P2.csv"
                + " --data wdi_SP.POP.TOTL.csv --cutoff IT.NET.BBND.P2=10 --cutoff IT.CEL.SETS.P2=80 --k 0.5"
                + " --weight SP.POP.TOTL --group wb-income"})
final class DeprivationCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    @Option(names = "--cutoff", paramLabel = "IND=VALUE", required = true,
            description = "An indicator and its deprivation cut-off; repeat for every dimension (at least one).")
    List<String> cutoffs;

    @Option(names = "--deprived-above", paramLabel = "IND",
            description = "An indicator for which values above the cut-off are deprived (a 'bad' indicator, such as"
                    + " a price or a share offline); repeat as needed.")
    List<String> above = List.of();

    @Option(names = "--dimension-weight", paramLabel = "IND=W",
            description = "The relative weight of an indicator (default: equal weights); normalised to sum to 1.")
    List<String> weights = List.of();

    @Option(names = "--k", paramLabel = "K", defaultValue = "1/3",
            description = "The poverty cut-off: the share of the weighted indicators an economy must be deprived in,"
                    + " in (0, 1], as a decimal, a fraction (1/3) or a percentage (33.3%%) (default: ${DEFAULT-VALUE},"
                    + " as the global MPI).")
    String k;

    @Option(names = "--weight", paramLabel = "NAME",
            description = "The weights of the economies (e.g. SP.POP.TOTL), an indicator of the data; default: each"
                    + " economy counts once.")
    String weight;

    @Option(names = "--year", paramLabel = "Y", description = "The year (default: the latest well-covered year).")
    Integer year;

    @Option(names = "--group", paramLabel = "GROUPING", description = "Adds M0 by group. " + Groups.HELP)
    String group;

    @Option(names = "--group-year", paramLabel = "FY", description = Groups.YEAR_HELP)
    Integer groupYear;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        format.check(err);
        double cutoffK = share(k);
        if (data.fromYear() != null || data.toYear != null) {
            throw new ParameterException(spec.commandLine(), "deprivation measures one year: choose it with --year"
                    + " (--from and --to are for commands over several years)");
        }
        data.requireFiles();
        Dataset dataset = new DatasetLoader(data, System.in).load();
        dataset.notes().forEach(n -> err.println("divide: " + n));
        List<Dimension> dims = dimensions(dataset);
        String pop = weight == null ? null : dataset.indicator(weight, "--weight");
        List<String> notes = new ArrayList<>();
        int y = year(dataset, dims, pop, notes);
        Grouping grouping = group == null ? null : Groups.resolve(group, groupYear, dataset);
        List<Economy> economies = dataset.economies();
        double[][] x = new double[economies.size()][dims.size()];
        double[] w = pop == null ? null : new double[economies.size()];
        String[] labels = new String[economies.size()];
        Set<String> ungrouped = new LinkedHashSet<>();
        for (int i = 0; i < economies.size(); i++) {
            String code = economies.get(i).code();
            for (int j = 0; j < dims.size(); j++) {
                x[i][j] = dataset.value(code, dims.get(j).name(), y);
            }
            if (w != null) {
                w[i] = dataset.value(code, pop, y);
                if (w[i] < 0) {
                    throw new IllegalArgumentException(dataset.source() + ": --weight " + pop + " of " + code + " in "
                            + y + " is negative: " + w[i]);
                }
            }
            if (grouping != null) {
                Optional<String> label = grouping.label(code);
                labels[i] = label.orElse(null);
                if (label.isEmpty()) {
                    ungrouped.add(code);
                }
            }
        }
        AlkireFoster af = AlkireFoster.of(dims, cutoffK);
        DeprivationTables tables = new DeprivationTables(af, economies, x, w, y);
        String in = y == Dataset.UNDATED ? "" : " in " + y;
        if (tables.total().units() < 2) {
            throw new IllegalArgumentException(dataset.source() + ": " + tables.total().units() + " economy has a"
                    + " value in every indicator" + (pop == null ? "" : " and a weight") + in + "; the measures"
                    + " compare two or more (another --year, fewer indicators or --keep-aggregates)");
        }
        List<String> missing = tables.total().excluded().stream().map(i -> economies.get(i).code()).toList();
        if (!missing.isEmpty()) {
            notes.add("left out " + missing.size() + " of " + economies.size() + " economies without a value in every"
                    + " indicator" + (pop == null ? "" : " or a weight") + in + " (" + Notes.listed(missing) + ")");
        }
        if (grouping != null && !ungrouped.isEmpty()) {
            notes.add(Notes.withoutGroup(ungrouped, grouping.name()) + " (they count in the total only)");
        }
        for (String n : notes) {
            err.println("divide: " + dataset.source() + ": " + n);
        }
        err.flush();
        List<Table> result = tables.build(grouping == null ? null : labels, grouping == null ? null
                : grouping.labels());
        format.emit(result, Output.sources(dataset.fetched()));
        return ExitCodes.OK;
    }

    private double share(String text) {
        String t = text.strip();
        try {
            double v;
            if (t.endsWith("%")) {
                v = Double.parseDouble(t.substring(0, t.length() - 1)) / 100;
            } else if (t.contains("/")) {
                String[] parts = t.split("/", 2);
                v = Double.parseDouble(parts[0]) / Double.parseDouble(parts[1]);
            } else {
                v = Double.parseDouble(t);
            }
            if (v > 0 && v <= 1) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ParameterException(spec.commandLine(), "--k must be a share in (0, 1] (a decimal, a fraction such"
                + " as 1/3 or a percentage): " + text + (isCount(t) ? "; for " + t + " of d indicators give " + t
                        + "/d" : ""));
    }

    private static boolean isCount(String t) {
        return t.matches("\\d+") && Integer.parseInt(t) > 1;
    }

    private List<Dimension> dimensions(Dataset dataset) {
        Map<String, Double> relative = new LinkedHashMap<>();
        for (String spec : weights) {
            String[] kv = pair(spec, "--dimension-weight");
            relative.put(dataset.indicator(kv[0], "--dimension-weight"), number(kv[1], "--dimension-weight", spec));
        }
        Set<String> bad = new LinkedHashSet<>();
        for (String a : above) {
            bad.add(dataset.indicator(a, "--deprived-above"));
        }
        List<Dimension> dims = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String c : cutoffs) {
            String[] kv = pair(c, "--cutoff");
            String code = dataset.indicator(kv[0], "--cutoff");
            if (!seen.add(code)) {
                throw new ParameterException(spec.commandLine(), "--cutoff " + c + ": " + code + " has a cut-off"
                        + " already");
            }
            double z = number(kv[1], "--cutoff", c);
            double wj = relative.getOrDefault(code, 1.0);
            if (!(wj > 0) || Double.isInfinite(wj)) {
                throw new ParameterException(spec.commandLine(), "--dimension-weight of " + code + " must be finite"
                        + " and > 0: " + wj);
            }
            dims.add(new Dimension(code, z, wj, bad.contains(code)));
        }
        for (String code : relative.keySet()) {
            if (!seen.contains(code)) {
                throw new ParameterException(spec.commandLine(), "--dimension-weight " + code + ": not a dimension;"
                        + " give its --cutoff");
            }
        }
        for (String code : bad) {
            if (!seen.contains(code)) {
                throw new ParameterException(spec.commandLine(), "--deprived-above " + code + ": not a dimension;"
                        + " give its --cutoff");
            }
        }
        return dims;
    }

    private String[] pair(String text, String option) {
        int eq = text.indexOf('=');
        if (eq <= 0 || eq == text.length() - 1) {
            throw new ParameterException(spec.commandLine(), option + " " + text + ": expected IND=VALUE");
        }
        return new String[] {text.substring(0, eq).strip(), text.substring(eq + 1).strip()};
    }

    private double number(String text, String option, String whole) {
        try {
            double v = Double.parseDouble(text);
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ParameterException(spec.commandLine(), option + " " + whole + ": '" + text + "' is not a number");
    }

    /** The year asked for, or the latest with complete data for enough economies, with a note. */
    private int year(Dataset dataset, List<Dimension> dims, String pop, List<String> notes) {
        TreeMap<Integer, Integer> complete = new TreeMap<>();
        int[] years = dataset.years();
        if (years.length == 0) {
            years = new int[] {Dataset.UNDATED};
        }
        for (int y : years) {
            int n = 0;
            for (Economy e : dataset.economies()) {
                boolean all = pop == null || !Double.isNaN(dataset.value(e.code(), pop, y));
                for (int j = 0; j < dims.size() && all; j++) {
                    all = !Double.isNaN(dataset.value(e.code(), dims.get(j).name(), y));
                }
                n += all ? 1 : 0;
            }
            if (n > 0) {
                complete.put(y, n);
            }
        }
        if (year != null) {
            if (!complete.containsKey(year)) {
                throw new IllegalArgumentException(dataset.source() + ": no economy has a value in every indicator"
                        + (pop == null ? "" : " and a weight") + " in " + year + (complete.isEmpty() ? ""
                                : " (such years: " + Coverage.ranges(new ArrayList<>(complete.keySet())) + ")"));
            }
            return year;
        }
        if (complete.isEmpty()) {
            throw new IllegalArgumentException(dataset.source() + ": no economy has a value in every indicator"
                    + (pop == null ? "" : " and a weight") + " in any one year");
        }
        int best = Coverage.best(complete);
        int chosen = complete.descendingMap().entrySet().stream().filter(e -> e.getValue() >= Coverage.SHARE * best)
                .mapToInt(Map.Entry::getKey).findFirst().orElseThrow();
        if (chosen != Dataset.UNDATED) {
            notes.add("year " + chosen + ": the latest year in which at least " + Coverage.percent() + " of the most"
                    + " economies of any year (" + best + ") have every indicator; --year chooses another");
        }
        return chosen;
    }
}
