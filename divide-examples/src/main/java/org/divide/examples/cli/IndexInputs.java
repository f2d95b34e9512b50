package org.divide.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.divide.core.Framework;
import org.divide.core.Panel;
import org.divide.core.spec.IndexSpec;
import org.divide.io.ReadResult;
import org.divide.io.UnmatchedEconomy;
import org.divide.io.csv.LongCsvReader;
import org.divide.io.spec.IndexSpecJson;
import org.divide.metrics.composite.IndexData;

import picocli.CommandLine.Option;

/**
 * The inputs shared by {@code divide index} and {@code divide uncertainty}: a long-format data file
 * and the year to build, as options, loaded with a spec (read by {@link #readSpec(Path)} or another
 * way) into an {@link IndexSpec} and {@link IndexData}.
 */
final class IndexInputs {

    /** The description of {@code --spec}. */
    static final String SPEC_HELP = "The index spec as JSON (divide-io's IndexSpecJson; see docs/index-spec.md).";

    @Option(names = "--data", required = true, paramLabel = "DATA.csv",
            description = "Long-format CSV: economy,indicator,year,value.")
    Path data;

    @Option(names = "--year", paramLabel = "Y",
            description = "The year to build (default: the latest year in which every indicator has a value).")
    Integer year;

    /** The loaded inputs. */
    record Loaded(IndexSpec spec, IndexData data) {
    }

    /**
     * Reads a spec file as JSON.
     *
     * @param spec the file
     * @return the spec
     * @throws IOException if the file cannot be read or is not a valid spec
     */
    static IndexSpec readSpec(Path spec) throws IOException {
        try (Reader reader = PlainCsv.open(spec)) {
            return IndexSpecJson.read(reader, spec.toString());
        }
    }

    /**
     * Reads the data, reports unmatched economies on {@code err} and picks the year.
     *
     * @param indexSpec the spec
     * @param err       standard error
     * @return the spec and the data
     * @throws IOException if the data cannot be read, or no year has data for every indicator
     */
    Loaded load(IndexSpec indexSpec, PrintWriter err) throws IOException {
        ReadResult read = LongCsvReader.withDefaults().read(data);
        reportUnmatched(read, err);
        Panel panel = read.panel();
        int built = year != null ? year : latestYear(panel, indexSpec.framework());
        return new Loaded(indexSpec, IndexData.of(panel, built));
    }

    /**
     * Reports the economies a reader could not resolve, one line in all.
     *
     * @param read the read result
     * @param err  standard error
     */
    static void reportUnmatched(ReadResult read, PrintWriter err) {
        if (!read.unmatched().isEmpty()) {
            List<String> keys = new ArrayList<>();
            for (UnmatchedEconomy u : read.unmatched()) {
                keys.add(u.key());
            }
            err.println("divide: " + read.source() + ": " + keys.size() + " unmatched economies (kept as they are): "
                    + String.join(", ", keys.subList(0, Math.min(20, keys.size())))
                    + (keys.size() > 20 ? ", ..." : ""));
            err.flush();
        }
    }

    private int latestYear(Panel panel, Framework framework) throws IOException {
        int[] years = panel.years();
        for (int y = years.length - 1; y >= 0; y--) {
            boolean all = true;
            for (String code : framework.indicatorCodes()) {
                all &= panel.indicatorIndex(code) >= 0 && panel.countPresent(code, years[y]) > 0;
            }
            if (all) {
                return years[y];
            }
        }
        throw new IOException(data + ": no year has a value for every indicator of the framework "
                + framework.indicatorCodes() + "; give --year");
    }
}
