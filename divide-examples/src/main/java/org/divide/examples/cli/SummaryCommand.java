package org.divide.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.divide.core.Economies;
import org.divide.examples.data.DefaultData;
import org.divide.examples.summary.DivideSummary;
import org.divide.examples.summary.SummaryTable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code divide summary}: coverage and population-weighted means by World Bank income group for
 * every indicator of the embedded default data, in its latest year with enough coverage.
 */
@Command(name = "summary", mixinStandardHelpOptions = true,
        description = "Summarise the divide in the embedded default data: per indicator, the latest year with"
                + " enough coverage, population-weighted means by income group and the high/low-income ratio.")
final class SummaryCommand implements Callable<Integer> {

    /** The default share of economies an indicator-year needs to be summarised. */
    static final double DEFAULT_MIN_COVERAGE = 0.4;

    @Spec
    CommandSpec spec;

    @Option(names = "--min-coverage", paramLabel = "SHARE", defaultValue = "" + DEFAULT_MIN_COVERAGE,
            description = "Share of classified economies that must report an indicator in a year (0-1; default ${DEFAULT-VALUE}).")
    double minCoverage;

    @Override
    public Integer call() throws IOException {
        return print(spec.commandLine().getOut(), minCoverage);
    }

    /**
     * Loads the default data, summarises it and prints the table.
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
