package org.divide.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.divide.core.Framework;
import org.divide.core.Grouping;
import org.divide.core.Panel;
import org.divide.core.spec.IndexSpec;
import org.divide.examples.report.Coverage;
import org.divide.io.fetch.Provenance;
import org.divide.io.ReadResult;
import org.divide.io.UnmatchedEconomy;
import org.divide.io.spec.IndexSpecJson;
import org.divide.metrics.composite.IndexData;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The inputs shared by {@code divide index} and {@code divide uncertainty}: a data file in any
 * format divide-io detects (long CSV, COINr iData, ...) and the year to build, as options, loaded
 * with a spec (read by {@link #readSpec(Path)} or another way) into an {@link IndexSpec} and
 * {@link IndexData}. The group columns of a COINr iData file become the data's groupings.
 */
final class IndexInputs {

    /** The description of {@code --spec}. */
    static final String SPEC_HELP = "The index spec as JSON (divide-io's IndexSpecJson; see docs/index-spec.md).";

    @Mixin
    DataOptions dataOptions;

    @Option(names = "--year", paramLabel = "Y",
            description = "The year to build (default: the latest year in which every indicator has values for at"
                    + " least 80%% of the economies of its best-covered year).")
    Integer year;

    @Option(names = "--group", paramLabel = "GROUPING",
            description = "A grouping: a group column beside the economies (index, uncertainty, with a groups"
                    + " table), the decomposition of the report; every grouping is also available to the spec's group"
                    + " imputation by name. " + Groups.HELP)
    String group;

    @Option(names = "--group-year", paramLabel = "FY", description = Groups.YEAR_HELP)
    Integer groupYear;

    /**
     * The loaded inputs.
     *
     * @param spec  the index spec
     * @param data  the data of the year built, with every grouping the data and the registry offer
     * @param group the grouping of {@code --group}, or {@code null}
     * @param fetched the provenance of the series fetched from providers; empty without fetches
     */
    record Loaded(IndexSpec spec, IndexData data, Grouping group, List<Provenance> fetched) {
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
        return load(indexSpec, List.of(), err);
    }

    /**
     * Reads the data, reports unmatched economies on {@code err} and picks the year; a COINr iData
     * file also reads {@code groupColumns} as groups, and its groupings go with the data.
     *
     * @param indexSpec    the spec
     * @param groupColumns the group columns of a COINr iMeta ({@code Group} rows), possibly empty
     * @param err          standard error
     * @return the spec and the data
     * @throws IOException if the data cannot be read, or no year has data for every indicator
     */
    Loaded load(IndexSpec indexSpec, List<String> groupColumns, PrintWriter err) throws IOException {
        Dataset dataset = new DatasetLoader(dataOptions, System.in).withGroupColumns(groupColumns).withYear(year)
                .load();
        dataset.notes().forEach(n -> err.println("divide: " + n));
        err.flush();
        int built = year != null ? year : latestYear(dataset, indexSpec.framework(), dataOptions.fromYear(),
                dataOptions.toYear);
        IndexData indexData = IndexData.of(dataset.at(built), built);
        if (indexData.economies().size() < 2) {
            throw new IllegalArgumentException(dataset.source() + ": " + indexData.economies().size() + " economy"
                    + " in " + built + " (" + String.join(", ", indexData.economies()) + "): an index normalises and"
                    + " ranks economies against each other; it needs two or more");
        }
        Grouping chosen = chosen(dataset);
        for (Grouping g : groupings(dataset, chosen).values()) {
            indexData = indexData.withGrouping(g);
        }
        return new Loaded(indexSpec, indexData, chosen, dataset.fetched());
    }

    /** The grouping of {@code --group}, or {@code null}. */
    private Grouping chosen(Dataset dataset) throws IOException {
        return group == null ? null : Groups.resolve(group, groupYear, dataset);
    }

    /** Every grouping the data and the registry offer, and the chosen one, by name. */
    private static Map<String, Grouping> groupings(Dataset dataset, Grouping chosen) throws IOException {
        Map<String, Grouping> groupings = new LinkedHashMap<>(dataset.groupings());
        groupings.putIfAbsent(Groups.WB_INCOME, Groups.resolve(Groups.WB_INCOME, null, dataset));
        groupings.putIfAbsent(Groups.WB_REGION, Groups.resolve(Groups.WB_REGION, null, dataset));
        if (chosen != null) {
            groupings.putIfAbsent(chosen.name(), chosen);
        }
        return groupings;
    }

    /**
     * The inputs of an index built over time.
     *
     * @param spec      the index spec
     * @param panel     the years of {@code --from}/{@code --to} (all by default), undated values in each
     * @param groupings every grouping the data and the registry offer, by name
     * @param group     the grouping of {@code --group}, or {@code null}
     * @param source    the files read, for messages
     */
    record LoadedPanel(IndexSpec spec, Panel panel, Map<String, Grouping> groupings, Grouping group, String source,
            List<Provenance> fetched) {
    }

    /**
     * Reads the data of every year of {@code --from}/{@code --to} for an index built over time.
     *
     * @param indexSpec    the spec
     * @param groupColumns the group columns of a COINr iMeta, possibly empty
     * @param err          standard error
     * @return the inputs
     * @throws IOException if the data cannot be read or have fewer than two years
     */
    LoadedPanel loadPanel(IndexSpec indexSpec, List<String> groupColumns, PrintWriter err) throws IOException {
        Dataset dataset = new DatasetLoader(dataOptions, System.in).withGroupColumns(groupColumns).load();
        dataset.notes().forEach(n -> err.println("divide: " + n));
        err.flush();
        Integer from = dataOptions.fromYear();
        Integer to = dataOptions.toYear;
        int[] years = Arrays.stream(dataset.years()).filter(y -> (from == null || y >= from)
                && (to == null || y <= to)).toArray();
        if (years.length < 2) {
            throw new IOException(dataset.source() + ": " + (years.length == 0 ? "no year" : "one year ("
                    + years[0] + ")") + (from != null || to != null ? " from --from to --to" : "") + "; an index over"
                    + " time needs two or more years (a COINr iData needs its Time column)");
        }
        Grouping chosen = chosen(dataset);
        return new LoadedPanel(indexSpec, dataset.over(years), groupings(dataset, chosen), chosen, dataset.source(),
                dataset.fetched());
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

    private static int latestYear(Dataset dataset, Framework framework, Integer from, Integer to) throws IOException {
        int[] years = Arrays.stream(dataset.years()).filter(y -> (from == null || y >= from)
                && (to == null || y <= to)).toArray();
        if (years.length == 0) {
            throw new IOException(dataset.source() + ": the data have no column of years; give --year to label the"
                    + " build");
        }
        // the years in which every indicator is well covered (Coverage's rule, per indicator)
        Panel panel = dataset.panel();
        TreeSet<Integer> candidates = new TreeSet<>();
        Arrays.stream(years).forEach(candidates::add);
        for (String code : framework.indicatorCodes()) {
            if (panel.indicatorIndex(code) < 0) {
                candidates.clear();
            } else if (!dataset.undated(code)) {
                TreeMap<Integer, Integer> counts = new TreeMap<>();
                for (int y : years) {
                    counts.put(y, panel.countPresent(code, y));
                }
                candidates.removeIf(y -> counts.get(y) == 0);
                Coverage.thin(counts).forEach(candidates::remove);
            }
        }
        if (!candidates.isEmpty()) {
            return candidates.last();
        }
        throw new IOException(dataset.source() + ": no year has values for at least " + Coverage.percent() + " of the"
                + " economies of its best-covered year for every indicator of the framework "
                + framework.indicatorCodes() + "; give --year");
    }
}
