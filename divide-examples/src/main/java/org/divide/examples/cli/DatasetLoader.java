package org.divide.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.divide.core.Economies;
import org.divide.core.Economy;
import org.divide.core.Grouping;
import org.divide.core.Indicator;
import org.divide.core.Panel;
import org.divide.io.FormatReader;
import org.divide.io.Location;
import org.divide.io.MalformedDataException;
import org.divide.io.PanelFormat;
import org.divide.io.PanelReader;
import org.divide.io.ReadResult;
import org.divide.io.UnmatchedEconomy;
import org.divide.io.csv.CoinrIDataReader;
import org.divide.io.csv.CoinrNotes;
import org.divide.io.csv.LongCsvReader;
import org.divide.io.csv.LongLayout;
import org.divide.io.fetch.FetchSettings;
import org.divide.io.fetch.FetchedPanel;
import org.divide.io.fetch.Fetcher;
import org.divide.io.fetch.Fetchers;
import org.divide.io.fetch.Provenance;

/**
 * Reads the files of {@link DataOptions} into one {@link Dataset}, the same way for every command:
 * each file in its detected (or named) format, World Bank aggregates and unknown economies
 * excluded with a note unless {@code --keep-aggregates}, the files joined by economy and year, then
 * {@code --economies} applied. Every step that leaves something out says so in a note. An
 * argument that names a fetch ({@link FetchSpec}) is fetched through the cache of
 * {@link FetchOptions} and joins the files as a file does; each response it read is a note (URL,
 * size, origin, time fetched, SHA-256) and its {@link Provenance} is kept with the dataset.
 */
final class DatasetLoader {

    /** The largest body the fetcher takes, as {@link FetchSettings#withMaxBodyBytes} allows. */
    private static final long MAX_BODY = Integer.MAX_VALUE - 8L;

    private final DataOptions options;
    private final InputStream stdin;
    private List<String> groupColumns = List.of();
    private Integer year;
    private final Map<String, FetchSpec> specs = new LinkedHashMap<>();
    private FetchReport report = FetchReport.keeping();
    private Fetcher fetcher;

    /**
     * A loader for the options.
     *
     * @param options the data options
     * @param stdin   standard input, read when a file is {@code -}
     */
    DatasetLoader(DataOptions options, InputStream stdin) {
        this.options = options;
        this.stdin = stdin;
    }

    /**
     * The group columns of a COINr iData named by an iMeta ({@code Type = Group} rows).
     *
     * @param columns the columns
     * @return this loader
     */
    DatasetLoader withGroupColumns(List<String> columns) {
        this.groupColumns = List.copyOf(columns);
        return this;
    }

    /**
     * The year for a COINr iData without a {@code Time} column.
     *
     * @param y the year, or {@code null}
     * @return this loader
     */
    DatasetLoader withYear(Integer y) {
        this.year = y;
        return this;
    }

    /**
     * A fetch to run for an argument of {@code --data}, instead of parsing the argument (the
     * fetches of {@code divide fetch}, built from its options).
     *
     * @param argument the argument
     * @param spec     the fetch
     * @return this loader
     */
    DatasetLoader withFetch(String argument, FetchSpec spec) {
        specs.put(argument, spec);
        return this;
    }

    /**
     * Where the fetches are told: by default their retries are kept as notes.
     *
     * @param r the report
     * @return this loader
     */
    DatasetLoader withReport(FetchReport r) {
        this.report = r;
        return this;
    }

    /**
     * Reads and joins the files.
     *
     * @return the dataset
     * @throws IOException if a file cannot be read or holds bad data, naming it
     * @throws IllegalArgumentException if two files disagree on a value, naming both
     */
    Dataset load() throws IOException {
        Panel joined = null;
        Set<String> undated = new HashSet<>();
        Map<String, Map<String, String>> attributes = new LinkedHashMap<>();
        List<Grouping> groupings = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Map<String, String> origin = new LinkedHashMap<>();
        List<String> sources = new ArrayList<>();
        List<String> formats = new ArrayList<>();
        List<Provenance> provenance = new ArrayList<>();
        for (String argument : options.requireFiles()) {
            FetchSpec spec = specs.containsKey(argument) ? specs.get(argument)
                    : FetchSpec.names(argument) ? FetchSpec.parse(argument, options.fetch) : null;
            DataInput input = spec != null ? new DataInput(spec.label(), null, new byte[0])
                    : DataInput.of(argument, stdin).within(options.readOptions().limits());
            One one = spec != null ? fetch(spec, provenance) : read(input);
            notes.addAll(one.notes());
            if (one.result().panel().valueCount() == 0 && one.result().aggregates().valueCount() == 0
                    && one.attributes().isEmpty() && one.groupings().isEmpty()) {
                throw new MalformedDataException(Location.of(input.source()), "no value in the "
                        + (spec != null ? "response" : "file") + " (" + one.format()
                        + "): no data row, or every value missing");
            }
            sources.add(input.source());
            formats.add(one.format());
            Panel panel = exclude(one.result(), notes);
            if (!one.dated()) {
                panel.indicators().forEach(i -> undated.add(i.code()));
                notes.add(input.source() + ": no column of years: its values are used for any year");
            }
            for (Indicator i : panel.indicators()) {
                String before = origin.putIfAbsent(i.code(), input.source());
                if (before != null && options.files.size() > 1) {
                    notes.add(input.source() + ": indicator " + i.code() + " is also in " + before
                            + "; their values are joined (a conflicting value is an error)");
                }
            }
            one.attributes().forEach(attributes::putIfAbsent);
            groupings.addAll(one.groupings());
            joined = joined == null ? panel : join(joined, panel, input, origin);
        }
        String source = sources.size() == 1 ? sources.get(0) : String.join(" + ", sources.stream()
                .map(DatasetLoader::fileName).toList());
        if (options.economies != null) {
            joined = select(joined, source, notes);
        }
        return new Dataset(source, joined, undated, attributes, groupings, notes, formats, provenance);
    }

    /** What one file gives. */
    private record One(ReadResult result, boolean dated, Map<String, Map<String, String>> attributes,
            List<Grouping> groupings, String format, List<String> notes) {

        One(ReadResult result, boolean dated, Map<String, Map<String, String>> attributes, List<Grouping> groupings,
                String format) {
            this(result, dated, attributes, groupings, format, List.of());
        }
    }

    /** Fetches a series through the cached fetcher; its retries and its sources become notes. */
    private One fetch(FetchSpec spec, List<Provenance> provenance) throws IOException {
        if (fetcher == null) {
            FetchSettings settings = options.fetch.settings(report);
            if (options.maxInputBytes != null) {
                settings = settings.withMaxBodyBytes(Math.min(options.maxInputBytes, MAX_BODY));
            }
            fetcher = Fetchers.create(settings);
        }
        FetchedPanel fetched;
        try {
            fetched = spec.fetch(fetcher, options.readOptions());
        } catch (IOException e) {
            throw new FetchFailure(e);
        }
        provenance.addAll(fetched.sources());
        List<String> notes = new ArrayList<>(report.takeRetries());
        notes.addAll(report.sourceNotes(spec.label(), fetched.sources()));
        return new One(fetched.result(), true, Map.of(), List.of(), spec.format(), notes);
    }

    private One read(DataInput input) throws IOException {
        if (options.indicatorColumn != null || options.valueColumn != null) {
            return new One(read(longReader(), input), true, Map.of(), List.of(), PanelFormat.LONG.label());
        }
        PanelFormat format = options.format() != null ? options.format() : detect(input);
        if (format == null || format == PanelFormat.WIDE_INDICATORS && options.format() == null) {
            EconomyTable.Read table = EconomyTable.read(input, options.economyColumn, options.yearColumn);
            return new One(table.result(), table.dated(), table.attributes(), List.of(), "table of economies",
                    table.notes());
        }
        if (format == PanelFormat.COINR_IDATA) {
            CoinrIDataReader coinr = CoinrIDataReader.withDefaults().withOptions(options.readOptions())
                    .withGroupColumns(groupColumns);
            ReadResult r = read(year != null ? coinr.withYear(year) : coinr, input);
            return new One(r, true, Map.of(), r.notes(CoinrNotes.class).map(CoinrNotes::groupings).orElse(List.of()),
                    format.label());
        }
        PanelReader reader = PanelReader.withDefaults().withOptions(options.readOptions()).withFormat(format);
        return new One(read(reader, input), true, Map.of(), List.of(), format.label());
    }

    private LongCsvReader longReader() {
        LongLayout layout = LongLayout.defaults();
        if (options.economyColumn != null) {
            layout = layout.withEconomy(options.economyColumn);
        }
        if (options.yearColumn != null) {
            layout = layout.withYear(options.yearColumn);
        }
        if (options.valueColumn != null) {
            layout = layout.withValue(options.valueColumn);
        }
        layout = options.indicatorColumn != null ? layout.withIndicator(options.indicatorColumn)
                : layout.withFixedIndicator(Indicator.of(options.valueColumn));
        return LongCsvReader.withDefaults().withOptions(options.readOptions()).withLayout(layout);
    }

    private static ReadResult read(FormatReader<?> reader, DataInput input) throws IOException {
        if (input.path() != null) {
            return reader.read(input.path());
        }
        try (InputStream in = input.open()) {
            return reader.read(in, input.source());
        }
    }

    /**
     * The published format of an input, or {@code null} for a plain table of economies (a header
     * no published format has); with {@code --economy-column} or {@code --year-column}, a CSV is
     * read as such a table.
     */
    private PanelFormat detect(DataInput input) throws IOException {
        if (input.path() != null && !Files.isRegularFile(input.path())) {
            PlainCsv.openStream(input.path()).close(); // the one-line "no such file" message
        }
        PanelFormat format = input.detect();
        if (format == null) {
            return null;
        }
        boolean csv = format != PanelFormat.XLSX && format != PanelFormat.JSON && format != PanelFormat.SDMX_JSON
                && format != PanelFormat.SDMX_ML && format != PanelFormat.WORLDBANK_API && format != PanelFormat.IMF;
        return csv && (options.economyColumn != null || options.yearColumn != null) ? null : format;
    }

    /** The economies of a file, aggregates and unknown codes left out (or kept) with a note. */
    private Panel exclude(ReadResult read, List<String> notes) {
        Set<String> unknown = read.unmatched().stream().map(UnmatchedEconomy::key)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<String> aggregates = read.aggregates().economies().stream().map(Economy::code).toList();
        Set<String> unknownCodes = new LinkedHashSet<>();
        for (Economy e : read.panel().economies()) {
            if (unknown.contains(e.code()) || unknown.contains(e.name())) {
                unknownCodes.add(e.code());
            }
        }
        if (aggregates.isEmpty() && unknownCodes.isEmpty()) {
            return read.panel();
        }
        String what = Notes.aggregatesAndUnknown(aggregates, unknownCodes);
        if (options.keepAggregates) {
            notes.add(read.source() + ": kept " + what + " (--keep-aggregates)");
            return read.aggregates().economyCount() == 0 ? read.panel() : read.panel().join(read.aggregates());
        }
        notes.add(read.source() + ": excluded " + what + "; --keep-aggregates keeps them");
        List<String> kept = read.panel().economies().stream().map(Economy::code)
                .filter(c -> !unknownCodes.contains(c)).toList();
        return read.panel().selectEconomies(kept);
    }

    private static Panel join(Panel joined, Panel next, DataInput input, Map<String, String> origin) {
        try {
            return joined.join(next);
        } catch (IllegalArgumentException conflict) {
            throw new IllegalArgumentException(input.source() + ": " + conflict.getMessage() + " (the first value from "
                    + String.join(", ", new LinkedHashSet<>(origin.values())) + ")", conflict);
        }
    }

    private Panel select(Panel panel, String source, List<String> notes) throws IOException {
        List<String> names = new ArrayList<>();
        for (String e : options.economies) {
            Path file = Path.of(e.strip());
            if (options.economies.size() == 1 && Files.isRegularFile(file)) {
                Files.readAllLines(file).stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                        .forEach(names::add);
            } else {
                names.add(e.strip());
            }
        }
        Economies registry = Economies.worldBank();
        Set<String> codes = new LinkedHashSet<>();
        for (String name : names) {
            Optional<Economy> hit = registry.find(name);
            String code = hit.map(Economy::code).orElse(name);
            if (panel.economyIndex(code) < 0) {
                throw new MalformedDataException(Location.of(source), "--economies " + name + ": not in the data");
            }
            codes.add(code);
        }
        notes.add("kept the " + codes.size() + " economies named by --economies; left out the other "
                + (panel.economyCount() - codes.size()));
        return panel.selectEconomies(codes);
    }

    private static String fileName(String source) {
        int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        return source.substring(slash + 1);
    }

}
