package org.divide.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.divide.core.Economies;
import org.divide.core.Panel;
import org.divide.examples.data.DefaultData;
import org.divide.examples.summary.DivideSummary;
import org.divide.examples.summary.SummaryTable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code divide summary}: coverage and population-weighted means by World Bank income group for
 * every indicator of the embedded default data or of the user's files, each in its latest year
 * with enough coverage.
 */
@Command(name = "summary", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Summarise the divide: per indicator, the latest year with enough coverage,"
                + " population-weighted means by World Bank income group, the high/low-income ratio and the"
                + " population-weighted Gini across economies.",
            "Without --data, the embedded default data; with --data, the user's files (joined as in every"
                    + " command), weighted by --weight (default SP.POP.TOTL, which one of the files must hold)."},
        footer = {"", "Example:", "  divide summary --data wdi_IT.NET.BBND.P2.csv --data wdi_SP.POP.TOTL.csv"
                + " --from 2010"})
final class SummaryCommand implements Callable<Integer> {

    /** The default share of economies an indicator-year needs to be summarised. */
    static final double DEFAULT_MIN_COVERAGE = 0.4;

    /** The weight of the summary when none is named. */
    static final String POPULATION = "SP.POP.TOTL";

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    @Option(names = "--weight", paramLabel = "NAME",
            description = "The population indicator of the data (default: " + POPULATION + ").")
    String weight;

    @Option(names = "--min-coverage", paramLabel = "SHARE", defaultValue = "" + DEFAULT_MIN_COVERAGE,
            description = "Share of classified economies that must report an indicator in a year (0-1; default"
                    + " ${DEFAULT-VALUE}).")
    double minCoverage;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() throws IOException {
        format.check(spec.commandLine().getErr());
        PrintWriter err = spec.commandLine().getErr();
        if (!data.given()) {
            if (weight != null) {
                throw new ParameterException(spec.commandLine(), "--weight goes with --data (the embedded data are"
                        + " weighted by population)");
            }
            return emit(DivideSummary.of(DefaultData.load().rates(), Economies.worldBank(), DefaultData.POPULATION,
                    minCoverage), DefaultData.ATTRIBUTION, Map.of());
        }
        Dataset dataset = new DatasetLoader(data, System.in).load();
        dataset.notes().forEach(n -> err.println("divide: " + n));
        String population = dataset.indicator(weight != null ? weight : POPULATION, "--weight");
        Panel panel = dated(dataset, err);
        err.flush();
        if (panel.indicators().stream().allMatch(i -> i.code().equals(population))) {
            throw new IllegalArgumentException(dataset.source() + ": nothing to summarise: " + population
                    + " is the weight; give the indicators with another --data file");
        }
        return emit(DivideSummary.of(panel, Economies.worldBank(), population, minCoverage), "Data: "
                + dataset.source() + " (population-weighted by " + population + ")", Output.sources(dataset.fetched()));
    }

    /** The dated values within --from/--to; undated indicators are left out with a note. */
    private Panel dated(Dataset dataset, PrintWriter err) {
        Integer from = data.fromYear();
        Integer to = data.toYear;
        List<Integer> years = new ArrayList<>();
        Arrays.stream(dataset.years()).filter(y -> (from == null || y >= from) && (to == null || y <= to))
                .forEach(years::add);
        if (years.isEmpty()) {
            throw new IllegalArgumentException(dataset.source() + ": no dated value" + (from == null && to == null ? ""
                    : " in the years " + (from == null ? "" : from) + ".." + (to == null ? "" : to)));
        }
        List<String> undated = dataset.panel().indicators().stream().map(i -> i.code()).filter(dataset::undated)
                .toList();
        if (!undated.isEmpty()) {
            err.println("divide: " + dataset.source() + ": left out " + String.join(", ", undated)
                    + " (no years: a summary needs the year of each value)");
        }
        List<String> dated = dataset.panel().indicators().stream().map(i -> i.code()).filter(c -> !dataset.undated(c))
                .toList();
        return dataset.panel().selectYears(years).selectIndicators(dated);
    }

    private int emit(DivideSummary summary, String source, Map<String, Object> facts) throws IOException {
        if (format.out == null && format.format == Output.Format.TABLE) {
            PrintWriter o = spec.commandLine().getOut();
            o.print(SummaryTable.render(summary, source));
            o.flush();
            return ExitCodes.OK;
        }
        List<Table> tables = List.of(table(summary));
        if (format.out != null) {
            Output.write(tables, facts, format.out);
        } else {
            Output.print(tables, facts, format.format, spec.commandLine().getOut());
        }
        return ExitCodes.OK;
    }

    /** The summary as one tidy table: one row per indicator. */
    private static Table table(DivideSummary summary) {
        List<String> header = new ArrayList<>(List.of("indicator", "name", "unit", "year", "reporting", "economies"));
        for (String code : DivideSummary.INCOME_CODES) {
            header.add("mean_" + code);
        }
        header.addAll(List.of("world_mean", "high_low_ratio", "gini"));
        Table.Builder t = new Table.Builder("summary", header);
        for (DivideSummary.Row row : summary.rows()) {
            List<Object> cells = new ArrayList<>(List.of(row.indicator().code(), row.indicator().name(),
                    row.indicator().unit()));
            cells.add(row.year() == 0 ? null : row.year());
            cells.add(row.reporting());
            cells.add(summary.economies());
            for (double m : row.meanByIncome()) {
                cells.add(m);
            }
            cells.add(row.worldMean());
            cells.add(row.highToLow());
            cells.add(row.gini());
            t.add(cells);
        }
        return t.build();
    }

    /**
     * Loads the default data, summarises it and prints the table (the main job).
     *
     * @param out         where to print
     * @param minCoverage the share of economies an indicator-year needs
     * @return {@link ExitCodes#OK}
     * @throws IOException if the embedded data cannot be read
     */
    static int print(PrintWriter out, double minCoverage) throws IOException {
        DefaultData data = DefaultData.load();
        DivideSummary summary = DivideSummary.of(data.rates(), Economies.worldBank(),
                DefaultData.POPULATION, minCoverage);
        out.print(SummaryTable.render(summary, DefaultData.ATTRIBUTION));
        out.flush();
        return ExitCodes.OK;
    }
}
