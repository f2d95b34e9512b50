package org.divide.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import org.divide.core.Panel;
import org.divide.io.PanelFormat;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options and the run shared by the provider subcommands of {@code divide fetch}: the fetch
 * options, the provider's address ({@code --base-url}), and the output, written as
 * {@code divide convert} writes it. The fetched panel goes through {@link DatasetLoader} as any
 * {@code --data} does (aggregates excluded with a note unless {@code --keep-aggregates}); each
 * response read is a note on standard error with its origin, size, time fetched and SHA-256.
 */
final class FetchRun {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Mixin
    FetchOptions fetch;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Another address of the provider's API: a mirror, a proxy, a test server (default: the"
                    + " provider's own).")
    String baseUrl;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write the panel to a file: .csv (long), .json (divide panel JSON) or .xlsx; without it the"
                    + " panel is printed as long CSV.")
    Path out;

    @Option(names = "--out-format", paramLabel = "FORMAT", converter = PanelFormatConverter.class,
            description = "The output format: long, wide, wide-indicators, json or xlsx (default: by the extension"
                    + " of --out, else long).")
    PanelFormat outFormat;

    @Option(names = "--keep-aggregates",
            description = "Keep World Bank aggregates (WLD, HIC, ...) and economies the registry does not know; by"
                    + " default they are excluded, with a note.")
    boolean keepAggregates;

    /**
     * The provider's address: {@code --base-url} if given, else the default.
     *
     * @param fallback the provider's default address
     * @return the address
     * @throws ParameterException if {@code --base-url} is not an absolute http(s) URL
     */
    URI base(URI fallback) {
        try {
            return baseUrl == null ? fallback : FetchOptions.url(baseUrl, "--base-url");
        } catch (IllegalArgumentException e) {
            throw new ParameterException(command.commandLine(), e.getMessage(), e);
        }
    }

    /**
     * Fetches and writes the panel.
     *
     * @param spec the fetch
     * @return {@link ExitCodes#OK}
     * @throws IOException if the fetch fails (one line naming the URL) or the output cannot be written
     */
    int run(FetchSpec spec) throws IOException {
        PanelFormat format = outFormat != null ? outFormat : out == null ? PanelFormat.LONG : byExtension(out);
        if (!format.writable()) {
            throw new ParameterException(command.commandLine(), "--out-format " + format.label() + ": divide writes"
                    + " long, wide, wide-indicators, json and xlsx only");
        }
        if (out == null && format == PanelFormat.XLSX) {
            throw new ParameterException(command.commandLine(), "--out-format xlsx writes a workbook, not text: give"
                    + " --out FILE.xlsx");
        }
        PrintWriter err = command.commandLine().getErr();
        DataOptions data = new DataOptions();
        data.files = List.of(spec.label());
        data.fetch = fetch;
        data.keepAggregates = keepAggregates;
        Dataset dataset = new DatasetLoader(data, System.in).withFetch(spec.label(), spec)
                .withReport(FetchReport.printing(err)).load();
        dataset.notes().forEach(n -> err.println("divide: " + n));
        Panel panel = dataset.panel();
        if (out == null) {
            PanelOutput.write(panel, format, command.commandLine().getOut());
        } else {
            PanelOutput.write(panel, format, out);
        }
        err.println("divide: " + spec.label() + " (" + dataset.formats().get(0) + ") -> "
                + (out == null ? "standard output" : out.toString()) + " (" + format.label() + "): "
                + count(panel.economyCount(), "economy", "economies") + ", "
                + count(panel.indicatorCount(), "indicator", "indicators") + ", "
                + count(panel.yearCount(), "year", "years") + ", " + count(panel.valueCount(), "value", "values"));
        err.flush();
        return ExitCodes.OK;
    }

    private PanelFormat byExtension(Path path) {
        try {
            return PanelOutput.byExtension(path);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(command.commandLine(), e.getMessage().replace("--to", "--out-format"), e);
        }
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
