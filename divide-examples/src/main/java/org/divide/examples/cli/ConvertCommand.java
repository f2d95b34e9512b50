package org.divide.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.divide.core.Panel;
import org.divide.io.PanelFormat;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code divide convert}: reads a panel in any format divide-io reads and writes it in one it
 * writes, reporting unmatched economies on standard error.
 */
@Command(name = "convert", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Convert a data file between formats. Reads long, wide, wide-indicators, json (divide"
                + " panel), xlsx, wdi, wdi-bulk, worldbank-api, owid, sdmx-csv, sdmx-json, sdmx-ml and imf;"
                + " writes long, wide, wide-indicators, json and xlsx.",
            "Without --from the input format is detected from the extension and the header or first bytes;"
                    + " without --to the output format follows the extension (.csv long, .json, .xlsx).",
            "World Bank aggregates (regions, income groups, the world) and economies the registry does not know"
                    + " are left out with a note, as in every command (--keep-aggregates keeps them)."},
        footer = {"", "Examples:", "  divide convert wdi_SP.POP.TOTL.csv population.json",
            "  divide convert data.csv data.csv --to wide"})
final class ConvertCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", description = "The input file.")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT", description = "The output file.")
    Path out;

    @Option(names = "--from", paramLabel = "FORMAT", converter = PanelFormatConverter.class,
            description = "The input format (default: detected).")
    PanelFormat from;

    @Option(names = "--to", paramLabel = "FORMAT", converter = PanelFormatConverter.class,
            description = "The output format: long, wide, wide-indicators, json or xlsx (default: by extension).")
    PanelFormat to;

    @Option(names = "--keep-aggregates",
            description = "Keep World Bank aggregates (WLD, HIC, ...) and economies the registry does not know; by"
                    + " default they are excluded, with a note.")
    boolean keepAggregates;

    @Option(names = "--year", paramLabel = "Y", description = "The year of the values of a table without years.")
    Integer year;

    @Option(names = "--economy-column", paramLabel = "COL",
            description = "The column of economies of a table (default: detected: economy, iso3, Country Code, ...).")
    String economyColumn;

    @Option(names = "--year-column", paramLabel = "COL", description = "The column of years of a table (default:"
            + " detected: year, time or date).")
    String yearColumn;

    @Override
    public Integer call() throws IOException {
        PanelFormat target = to != null ? to : byExtension(out);
        if (!target.writable()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--to " + target.label()
                    + ": divide writes long, wide, wide-indicators, json and xlsx only");
        }
        DataOptions options = new DataOptions();
        options.files = List.of(in.toString());
        options.format = from;
        options.keepAggregates = keepAggregates;
        options.economyColumn = economyColumn;
        options.yearColumn = yearColumn;
        Dataset dataset = new DatasetLoader(options, System.in).load();
        PrintWriter err = spec.commandLine().getErr();
        dataset.notes().forEach(n -> err.println("divide: " + (year == null ? n
                : n.replace("its values are used for any year", "its values are dated " + year + " (--year)"))));
        boolean undated = dataset.panel().indicators().stream().anyMatch(i -> dataset.undated(i.code()));
        if (undated && year == null) {
            throw new IllegalArgumentException(in + ": the file has no column of years; give --year to date its"
                    + " values");
        }
        Panel panel = undated ? dataset.at(year) : dataset.panel();
        PanelOutput.write(panel, target, out);
        err.println("divide: " + in + " (" + dataset.formats().get(0) + ") -> " + out + " (" + target.label() + "): "
                + (panel.economyCount() == 1 ? "1 economy" : panel.economyCount() + " economies") + ", "
                + count(panel.indicatorCount(), "indicator") + ", " + count(panel.yearCount(), "year") + ", "
                + count(panel.valueCount(), "value"));
        err.flush();
        return ExitCodes.OK;
    }

    private static String count(long n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    private PanelFormat byExtension(Path path) {
        try {
            return PanelOutput.byExtension(path);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }
}
